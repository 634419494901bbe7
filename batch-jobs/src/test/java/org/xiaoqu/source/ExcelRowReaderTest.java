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
    void xlsxDateAndNumberCellsComeAsIsoDatesAndPlainNumbers(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path f = dir.resolve("dates.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
            var s = wb.createSheet("a");
            var h = s.createRow(0);
            h.createCell(0).setCellValue("认定日期");
            h.createCell(1).setCellValue("分值");
            var r = s.createRow(1);
            var d = r.createCell(0);
            d.setCellValue(java.time.LocalDate.of(2024, 2, 29));
            d.setCellStyle(date);
            r.createCell(1).setCellValue(123456789012.0);
            try (var out = java.nio.file.Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        try (RowReader r = RowReader.open(f, Encoding.AUTO, null)) {
            assertThat(r.next().cells()).containsExactly("2024-02-29", "123456789012");
        }
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
