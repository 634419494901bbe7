package org.xiaoqu.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiaoqu.common.XiaoquException;

class ExcelRowReaderTest {

    @Test
    void xlsxSkipsTheHiddenSheetAndTitleRowAndFillsMergedCells() {
        try (RowReader r =
                RowReader.open(MalformedCorpusTest.corpusDir().resolve("merged-hidden.xlsx"), Encoding.AUTO, null)) {
            assertThat(r.format()).isEqualTo(SourceFormat.XLSX);
            assertThat(r.sheet()).isEqualTo("楼栋");
            assertThat(r.headerLine()).isEqualTo(2);
            assertThat(r.header()).containsExactly("记录编号", "网格编码", "小区名称", "楼栋", "户数");
            List<String> estates = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (RawRow row; (row = r.next()) != null; ) {
                estates.add(row.cells()[2]);
                codes.add(row.cells()[1]);
            }
            assertThat(estates).containsExactly("芙蓉华庭", "芙蓉华庭", "芙蓉华庭", "坡子街小区", "坡子街小区", "坡子街小区");
            assertThat(codes).as("numbers in plain notation").containsOnly("430103001001");
            assertThat(r.notes())
                    .anySatisfy(n -> assertThat(n).contains("title"))
                    .anySatisfy(n -> assertThat(n).contains("merged"))
                    .anySatisfy(n -> assertThat(n).contains("hidden sheet(s) [说明]"));
        }
    }

    @Test
    void aHiddenSheetCanBeNamedAndAMissingOneIsRefusedWithTheSheetList() {
        try (RowReader r =
                RowReader.open(MalformedCorpusTest.corpusDir().resolve("merged-hidden.xlsx"), Encoding.AUTO, "说明")) {
            assertThat(r.sheet()).isEqualTo("说明");
        } catch (XiaoquException e) {
            // a one-cell sheet has no header: the refusal must still name the sheet's file
            assertThat(e.getMessage()).startsWith("merged-hidden.xlsx");
        }
        XiaoquException e = catchThrowableOfType(
                XiaoquException.class,
                () -> RowReader.open(
                        MalformedCorpusTest.corpusDir().resolve("merged-hidden.xlsx"), Encoding.AUTO, "网格"));
        assertThat(e.getMessage()).contains("no sheet named '网格'").contains("[说明, 楼栋]");
    }

    @Test
    void xlsDateCellsComeAsIsoDates() {
        try (RowReader r = RowReader.open(MalformedCorpusTest.corpusDir().resolve("legacy.xls"), Encoding.AUTO, null)) {
            assertThat(r.format()).isEqualTo(SourceFormat.XLS);
            RawRow first = r.next();
            assertThat(first.line()).isEqualTo(2);
            assertThat(first.cells()).containsExactly("1", "91350100M000100Y43", "B01", "不良", "2024-03-01", "-2.5");
        }
    }
}
