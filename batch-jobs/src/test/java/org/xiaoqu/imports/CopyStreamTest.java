package org.xiaoqu.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CopyStreamTest {
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final List<Integer> writes = new ArrayList<>();
    private final CopyStream stream = new CopyStream();

    CopyStreamTest() {
        stream.start((bytes, offset, length) -> {
            sent.write(bytes, offset, length);
            writes.add(length);
        });
    }

    private String text() throws Exception {
        stream.flush();
        return sent.toString(StandardCharsets.UTF_8);
    }

    @Test
    void nullIsAnUnquotedEmptyFieldAndTextIsAlwaysQuoted() throws Exception {
        stream.value(null);
        stream.comma();
        stream.value("");
        stream.comma();
        stream.value("他说\"好\",走");
        stream.newline();
        assertThat(text()).isEqualTo(",\"\",\"他说\"\"好\"\",走\"\n");
    }

    @Test
    void numbersDatesAndBooleansAreWrittenPlain() throws Exception {
        long[] numbers = {0, 7, -7, 10, 999_999_999_999L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long n : numbers) {
            stream.number(n);
            stream.comma();
        }
        stream.value(Long.valueOf(42));
        stream.comma();
        stream.value(new BigDecimal("1E+3"));
        stream.comma();
        stream.value(new BigDecimal("-112.5436430"));
        stream.comma();
        stream.value(LocalDate.of(2024, 3, 5));
        stream.comma();
        stream.value(Boolean.TRUE);
        StringBuilder expected = new StringBuilder();
        for (long n : numbers) {
            expected.append(n).append(',');
        }
        expected.append("42,1000,-112.5436430,2024-03-05,true");
        assertThat(text()).isEqualTo(expected.toString());
    }

    @Test
    void textLongerThanTheBufferArrivesWholeInSeveralWrites() throws Exception {
        // three-byte Chinese, four-byte surrogate pairs and quotes, so that characters straddle every flush
        String piece = "长沙市芙蓉区\uD83C\uDFE0\"荷塘\"山庄16栋";
        String value = piece.repeat(20_000);
        stream.value(value);
        stream.newline();
        stream.value("湘\uD800江"); // a lone surrogate has no UTF-8 form
        stream.newline();
        List<CSVRecord> records =
                CSVFormat.DEFAULT.parse(new StringReader(text())).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get(0)).isEqualTo(value);
        assertThat(records.get(1).get(0)).isEqualTo("湘\uFFFD江");
        assertThat(writes).hasSizeGreaterThan(2);
    }
}
