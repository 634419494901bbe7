package org.xiaoqu.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text, Charset cs) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, text.getBytes(cs));
        return f;
    }

    private static List<Long> lines(RowReader r) {
        List<Long> out = new ArrayList<>();
        for (RawRow row; (row = r.next()) != null; ) {
            out.add(row.line());
        }
        return out;
    }

    @Test
    void linesArePhysicalStartLinesWhateverTheLineEndings() throws IOException {
        Path f =
                write("a.csv", "a,b\r\n1,x\n2,\"multi\r\nline\nfield\"\r\n\n3,y\r4,z\n\n\n5,w", StandardCharsets.UTF_8);
        try (RowReader r = RowReader.open(f, Encoding.AUTO, null)) {
            assertThat(r.header()).containsExactly("a", "b");
            assertThat(r.headerLine()).isEqualTo(1);
            assertThat(lines(r)).containsExactly(2L, 3L, 7L, 8L, 11L);
        }
    }

    @Test
    void skipIsForRestartAndKeepsLineNumbers() throws IOException {
        StringBuilder b = new StringBuilder("a,b\n");
        for (int i = 1; i <= 100; i++) {
            b.append(i).append(",x\n");
        }
        Path f = write("b.csv", b.toString(), StandardCharsets.UTF_8);
        try (RowReader r = RowReader.open(f, Encoding.AUTO, null)) {
            assertThat(r.skip(40)).isEqualTo(40);
            RawRow next = r.next();
            assertThat(next.cells()[0]).isEqualTo("41");
            assertThat(next.line()).isEqualTo(42);
            assertThat(r.skip(1000)).isEqualTo(59);
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void autoDetectsGb18030AndUtf8() throws IOException {
        String text = "小区名称,楼栋\n芙蓉华庭,3栋\n";
        try (RowReader gb = RowReader.open(write("gb.csv", text, Charset.forName("GB18030")), Encoding.AUTO, null);
                RowReader utf = RowReader.open(write("u.csv", text, StandardCharsets.UTF_8), Encoding.AUTO, null)) {
            assertThat(gb.encoding()).isEqualTo("GB18030");
            assertThat(utf.encoding()).isEqualTo("UTF-8");
            assertThat(gb.header()).containsExactly("小区名称", "楼栋");
            assertThat(gb.next().cells()).containsExactly("芙蓉华庭", "3栋");
            assertThat(utf.next().cells()).containsExactly("芙蓉华庭", "3栋");
        }
    }

    @Test
    void gb18030BeyondAnAsciiPrefixIsStillDetected() throws IOException {
        // a long ASCII start must not make the guess UTF-8 when Chinese comes later within the checked prefix
        StringBuilder b = new StringBuilder("a,b\n");
        for (int i = 0; i < 20_000; i++) {
            b.append(i).append(",x\n");
        }
        b.append("1,芙蓉华庭\n");
        try (RowReader r =
                RowReader.open(write("late.csv", b.toString(), Charset.forName("GB18030")), Encoding.AUTO, null)) {
            assertThat(r.encoding()).isEqualTo("GB18030");
        }
    }

    @Test
    void utf16WithoutBomIsRecognised() throws IOException {
        Path f = write("u16.txt", "a\tb\r\n1\t芙蓉\r\n", StandardCharsets.UTF_16LE);
        try (RowReader r = RowReader.open(f, Encoding.AUTO, null)) {
            assertThat(r.encoding()).isEqualTo("UTF-16LE");
            assertThat(r.header()).containsExactly("a", "b");
            assertThat(r.next().cells()).containsExactly("1", "芙蓉");
        }
    }

    @Test
    void trailingEmptyFieldsAreNotExtraFields() throws IOException {
        Path f = write("t.csv", "a,b\n1,2,,\n", StandardCharsets.UTF_8);
        try (RowReader r = RowReader.open(f, Encoding.AUTO, null)) {
            assertThat(r.next().error()).isNull();
        }
    }
}
