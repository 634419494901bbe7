package org.xiaoqu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.schemas.OutputSchema;

class TableWritersTest {
    static final OutputSchema SCHEMA = OutputSchema.load("report-test/residents");
    static final String CREDIT = "91430100MA4L16JQ9B";

    @TempDir
    Path dir;

    static List<Object> row(String code, String note, Object households) {
        return Arrays.asList(
                code,
                CREDIT,
                "张三丰",
                "17012345678",
                "43010219900101123X",
                note,
                households,
                new BigDecimal("12345.50"),
                true,
                LocalDate.of(2026, 3, 9),
                LocalDateTime.of(2026, 3, 9, 8, 30, 5));
    }

    @Test
    void machineCsvIsUtf8WithoutBomHeaderNamesAndPlainValues() throws IOException {
        Path p = dir.resolve("m.csv");
        try (TableWriter w = TableWriters.csv(p, SCHEMA)) {
            w.write(row("000123", "a, \"b\"", 1234567L));
            w.write(Arrays.asList(
                    "007",
                    null,
                    null,
                    null,
                    null,
                    "=1+1",
                    3,
                    0.1,
                    false,
                    null,
                    Instant.parse("2026-01-02T03:04:05.6Z")));
            assertThat(w.rows()).isEqualTo(2);
        }
        byte[] bytes = Files.readAllBytes(p);
        assertThat(bytes[0]).isEqualTo((byte) 'c');
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo(
                        "code,credit_code,resident_name,phone,id_number,note,households,score,active,checked_on,updated_at\r\n"
                                + "000123," + CREDIT
                                + ",张三丰,17012345678,43010219900101123X,\"a, \"\"b\"\"\",1234567,12345.50,true,2026-03-09,2026-03-09T08:30:05\r\n"
                                + "007,,,,,=1+1,3,0.1,false,,2026-01-02T03:04:05Z\r\n");
    }

    @Test
    void machineCsvCanMaskPersonalFields() throws IOException {
        Path p = dir.resolve("m.csv");
        try (TableWriter w = TableWriters.csv(p, SCHEMA, Masking.on())) {
            w.write(row("1", "-x", 1L));
        }
        assertThat(Files.readString(p)).contains(",张**,170****5678,430102********123X,-x,");
    }

    @Test
    void peopleCsvHasBomChineseHeadersNeutralisedAndMaskedCells() throws IOException {
        Path p = dir.resolve("p.csv");
        try (TableWriter w = TableWriters.peopleCsv(p, SCHEMA, ReportLang.ZH, Masking.on())) {
            w.write(row("000123", "=HYPERLINK(\"http://x\")", -5L));
            w.write(row("2", "@SUM(1)", 1L));
            w.write(row("3", "+86", 1L));
            w.write(row("4", "\tx", 1L));
        }
        byte[] bytes = Files.readAllBytes(p);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("编码,统一社会信用代码,姓名,电话,身份证号,备注,户数,得分,有效,核查日期,更新时间");
        assertThat(lines.get(1))
                .isEqualTo(
                        "000123," + CREDIT
                                + ",张**,170****5678,430102********123X,\"'=HYPERLINK(\"\"http://x\"\")\",-5,12345.50,是,2026-03-09,2026-03-09 08:30:05");
        assertThat(lines.get(2)).contains(",'@SUM(1),");
        assertThat(lines.get(3)).contains(",'+86,");
        assertThat(lines.get(4)).contains(",'\tx,");
    }

    @Test
    void peopleCsvInEnglishWithPersonalDataShown() throws IOException {
        Path p = dir.resolve("p.csv");
        try (TableWriter w = TableWriters.peopleCsv(p, SCHEMA, ReportLang.EN, Masking.off())) {
            w.write(row("1", "ok", 1L));
        }
        String text = Files.readString(p);
        assertThat(text).startsWith("\uFEFFCode,Credit code,Name,Phone,ID number,Note,Households,Score,Active,");
        assertThat(text).contains(",张三丰,17012345678,43010219900101123X,ok,1,12345.50,yes,");
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() throws IOException {
        try (TableWriter w = TableWriters.csv(dir.resolve("m.csv"), SCHEMA)) {
            assertThatThrownBy(() -> w.write(List.of("a"))).hasMessageContaining("needs 11 values, got 1");
        }
    }

    @Test
    void xlsxKeepsCodesAsTextNumbersAsNumbersDatesAsDates() throws IOException {
        Path p = dir.resolve("t.xlsx");
        try (TableWriter w = TableWriters.xlsx(p, SCHEMA, ReportLang.ZH, Masking.on())) {
            w.write(row("000123", "=1+1", 42L));
            w.write(Arrays.asList("0", null, null, null, null, null, null, null, null, null, null));
        }
        try (InputStream in = Files.newInputStream(p);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("居民（报表工具测试）");
            Row h = s.getRow(0);
            assertThat(h.getCell(0).getStringCellValue()).isEqualTo("编码");
            assertThat(h.getCell(2).getStringCellValue()).isEqualTo("姓名");
            assertThat(wb.getFontAt(h.getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(wb.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:K3");
            Row r = s.getRow(1);
            assertThat(r.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(r.getCell(0).getStringCellValue()).isEqualTo("000123");
            assertThat(r.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(r.getCell(1).getStringCellValue()).isEqualTo(CREDIT);
            assertThat(r.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(r.getCell(2).getStringCellValue()).isEqualTo("张**");
            assertThat(r.getCell(3).getStringCellValue()).isEqualTo("170****5678");
            assertThat(r.getCell(4).getStringCellValue()).isEqualTo("430102********123X");
            assertThat(r.getCell(5).getStringCellValue()).isEqualTo("'=1+1");
            assertThat(r.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(r.getCell(6).getNumericCellValue()).isEqualTo(42.0);
            assertThat(r.getCell(7).getNumericCellValue()).isEqualTo(12345.5);
            assertThat(r.getCell(8).getStringCellValue()).isEqualTo("是");
            Cell date = r.getCell(9);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(r.getCell(10).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 9, 8, 30, 5));
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("0");
            assertThat(s.getRow(2).getCell(1)).isNull();
            // the credit code column is wide enough for 18 characters, the Chinese header column for its title
            assertThat(s.getColumnWidth(1)).isGreaterThanOrEqualTo(18 * 256);
            assertThat(s.getColumnWidth(1)).isLessThanOrEqualTo(60 * 256);
        }
    }

    @Test
    void rowsPastTheSheetLimitContinueOnANumberedSheet() throws IOException {
        Path p = dir.resolve("split.xlsx");
        try (TableWriter w = TableWriters.xlsx(p, SCHEMA, ReportLang.EN, Masking.off(), 3)) {
            for (int i = 0; i < 7; i++) {
                w.write(row(String.format("%03d", i), "n" + i, (long) i));
            }
            assertThat(w.rows()).isEqualTo(7);
        }
        try (InputStream in = Files.newInputStream(p);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            // the title is exactly Excel's 31 characters; continuations cut it to make room for the number
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Residents (report toolkit test)");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("Residents (report toolkit t (2)");
            assertThat(wb.getSheetAt(2).getSheetName()).isEqualTo("Residents (report toolkit t (3)");
            for (int s = 0; s < 3; s++) {
                Sheet sheet = wb.getSheetAt(s);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Code");
                int expected = s < 2 ? 3 : 1;
                assertThat(sheet.getLastRowNum()).isEqualTo(expected);
                for (int r = 1; r <= expected; r++) {
                    assertThat(sheet.getRow(r).getCell(0).getStringCellValue())
                            .isEqualTo(String.format("%03d", s * 3 + r - 1));
                }
            }
        }
    }

    @Test
    void anExcelBookHoldsSeveralTables() throws IOException {
        Path p = dir.resolve("book.xlsx");
        try (ExcelBook book = ExcelBook.create(p)) {
            book.sheet("冲突", SCHEMA, List.of(row("1", "a", 1L), row("2", "b", 2L)));
            book.sheet("冲突", SCHEMA, List.of(row("3", "c", 3L)));
            try (TableWriter w = book.sheet("网格", SCHEMA)) {
                w.write(row("4", "d", 4L));
            }
        }
        try (InputStream in = Files.newInputStream(p);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("冲突");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("冲突 #2");
            assertThat(wb.getSheetAt(2).getSheetName()).isEqualTo("网格");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo("张**");
        }
    }
}
