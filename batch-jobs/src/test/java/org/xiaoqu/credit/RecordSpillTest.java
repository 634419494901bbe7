package org.xiaoqu.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.common.CreditCode;

class RecordSpillTest {
    @Test
    void recordsComeBackEqualInTheOrderWrittenWithRepeatedValuesShared(@TempDir Path dir) throws Exception {
        String code = "91430102MA4L12345X";
        String longName = "长沙".repeat(40_000); // past DataOutput.writeUTF's 64 KB
        List<CreditRecord> written = List.of(
                new CreditRecord(
                        "ledger",
                        "L1",
                        2,
                        " " + code.toLowerCase(),
                        code,
                        CreditCode.check(code).status(),
                        "长沙芙蓉物业服务有限公司",
                        "B01",
                        "未按规定公示",
                        "bad",
                        LocalDate.of(2026, 1, 10),
                        "长住建罚〔2026〕1号",
                        "长沙市住建局",
                        new BigDecimal("-2.50"),
                        LocalDate.of(2027, 1, 9),
                        "有效",
                        RecordState.ACTIVE),
                new CreditRecord(
                        "housing",
                        "",
                        3,
                        "",
                        "",
                        null,
                        longName,
                        "G01",
                        null,
                        null,
                        LocalDate.of(1999, 12, 31),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                new CreditRecord(
                        "ledger",
                        "L2",
                        Long.MAX_VALUE,
                        code,
                        code,
                        CreditCode.Status.VALID,
                        "长沙芙蓉物业服务有限公司",
                        "B01",
                        "未按规定公示",
                        "bad",
                        LocalDate.of(2026, 1, 10),
                        "",
                        "长沙市住建局",
                        new BigDecimal("-2.50"),
                        null,
                        "撤销",
                        RecordState.REVOKED));
        Path file = dir.resolve("r.bin");
        RecordSpill.Dictionary dictionary = new RecordSpill.Dictionary();
        try (RecordSpill.Writer w = new RecordSpill.Writer(file, dictionary)) {
            for (CreditRecord r : written) {
                w.write(r);
            }
            assertThat(w.records()).isEqualTo(3);
        }
        List<CreditRecord> read = readAll(file, dictionary);
        assertThat(read).isEqualTo(written);
        assertThat(read.get(2).name()).isSameAs(read.get(0).name());
        assertThat(read.get(2).points()).isSameAs(read.get(0).points());
        assertThat(read.get(1).name()).hasSize(80_000);

        // frames carry their code's number, verdict and document number, and copy undecoded to another file of the
        // dictionary
        Path copy = dir.resolve("copy.bin");
        try (RecordSpill.Reader reader = new RecordSpill.Reader(file, dictionary);
                RecordSpill.Writer w = new RecordSpill.Writer(copy, dictionary)) {
            for (int i = 0; reader.nextFrame(); i++) {
                assertThat(dictionary.code(reader.codeId()))
                        .isEqualTo(written.get(i).code());
                assertThat(reader.validCode()).isEqualTo(written.get(i).validCode());
                assertThat(reader.documentNo()).isEqualTo(written.get(i).documentNo());
                if (i > 0) {
                    reader.copyTo(w);
                }
            }
        }
        assertThat(readAll(copy, dictionary)).isEqualTo(written.subList(1, 3));
    }

    private static List<CreditRecord> readAll(Path file, RecordSpill.Dictionary dictionary) throws Exception {
        List<CreditRecord> all = new ArrayList<>();
        try (RecordSpill.Reader reader = new RecordSpill.Reader(file, dictionary)) {
            for (CreditRecord r; (r = reader.next()) != null; ) {
                all.add(r);
            }
        }
        return all;
    }

    @Test
    void aDictionaryNumbersDistinctValuesInTheOrderFirstSeenThroughCollidingHashes() {
        RecordSpill.Dictionary d = new RecordSpill.Dictionary();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            // "Aa" and "BB" share String.hashCode, so do all their concatenations of one length
            names.add((i % 2 == 0 ? "Aa" : "BB") + ((i / 2) % 2 == 0 ? "BB" : "Aa") + "物业" + (i / 4));
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < names.size(); i++) {
                assertThat(d.name(names.get(i))).isEqualTo(i); // all distinct: (i % 4, i / 4)
            }
        }
        for (int i = 0; i < names.size(); i++) {
            assertThat(d.name(d.name(names.get(i)))).isEqualTo(names.get(i));
        }
        assertThat(d.name((String) null)).isEqualTo(-1);
        assertThat(d.name(-1)).isNull();
    }
}
