package org.xiaoqu.source;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the malformed-input corpus in {@code src/test/resources/malformed/}. The files are committed; this
 * only documents how the odd ones were made and regenerates them:
 * {@code ./mvnw -pl batch-jobs -am test -Dtest=MalformedCorpusGenerator -Dxiaoqu.regenerateCorpus=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. The expectations live in the hand-written {@code corpus.csv}.
 */
class MalformedCorpusGenerator {

    static final Charset GB = Charset.forName("GB18030");
    static final String GM_HEADER = "record_id,grid_code,address,estate_name,building,unit,households";

    private final Path dir = Path.of("src/test/resources/malformed");

    @Test
    @EnabledIfSystemProperty(named = "xiaoqu.regenerateCorpus", matches = "true")
    void regenerate() throws IOException {
        Files.createDirectories(dir);
        text("clean-utf8.csv", gm(5), StandardCharsets.UTF_8);
        bytes("utf8-bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(gm(5))));
        text("gb18030-auto.csv", gmChinese(5), GB);
        text("gbk-declared-utf8.csv", gm(5), GB);
        bytes(
                "undecodable-utf8.csv",
                badBytes(gm(150), 40, new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_8));
        bytes("undecodable-gb18030.csv", badBytes(gm(5), 3, new byte[] {(byte) 0x81, 0x20}, GB));
        text("truncated-row.csv", GM_HEADER + "\n" + rows(1, 4) + "GM0005,430103001001,天心区坡子街", StandardCharsets.UTF_8);
        text(
                "unbalanced-quote.csv",
                GM_HEADER + "\n" + rows(1, 2) + "GM0003,430103001001,\"天心区坡子街芙蓉华庭3栋,芙蓉华庭,3栋,1单元,24\n" + rows(4, 5),
                StandardCharsets.UTF_8);
        text("missing-header.csv", gm(3).replace("record_id", "记录编码"), StandardCharsets.UTF_8);
        text(
                "duplicate-header.csv",
                gm(3).replace("estate_name,building,unit", "estate_name,楼栋,楼栋"),
                StandardCharsets.UTF_8);
        text("renamed-headers.csv", "序号,网格编号,详细地址,小区名称,栋号,单元,户数\n" + rows(1, 5), StandardCharsets.UTF_8);
        bytes("empty.csv", new byte[0]);
        text("header-only.csv", GM_HEADER + "\n", StandardCharsets.UTF_8);
        bytes(
                "bom-gb18030.csv",
                concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        gmChinese(5).getBytes(GB)));
        text(
                "mixed-crlf-lf.csv",
                GM_HEADER + "\r\n" + "GM0001,430103001001,天心区坡子街芙蓉华庭1栋,芙蓉华庭,1栋,1单元,24\n"
                        + "GM0002,430103001001,\"天心区坡子街\r\n芙蓉华庭2栋\",芙蓉华庭,2栋,1单元,24\r\n"
                        + "GM0003,430103001001,天心区坡子街芙蓉华庭3栋,芙蓉华庭,3栋,1单元,24\n"
                        + "\n"
                        + "GM0004,430103001001,天心区坡子街芙蓉华庭4栋,芙蓉华庭,4栋,1单元,-3\r\n"
                        + "GM0005,430103001001,天心区坡子街芙蓉华庭5栋,芙蓉华庭,5栋,1单元,24",
                StandardCharsets.UTF_8);
        text(
                "field-2mb.csv",
                replaceRow(gm(150), 3, "GM0003,430103001001,\"" + "芙蓉华庭".repeat(175_000) + "\",芙蓉华庭,3栋,1单元,24"),
                StandardCharsets.UTF_8);
        text(
                "extra-fields.csv",
                replaceRow(gm(5), 2, "GM0002,430103001001,天心区坡子街芙蓉华庭2栋,芙蓉华庭,2栋,1单元,24,多余"),
                StandardCharsets.UTF_8);
        text(
                "extra-columns.csv",
                gm(5).replace("households\n", "households,备注\n").replace(",24\n", ",24,无\n"),
                StandardCharsets.UTF_8);
        text(
                "nul-bytes.csv",
                replaceRow(gm(150), 3, "GM0003,430103001001,天心区坡子街\0芙蓉华庭3栋,芙蓉华庭,3栋,1单元,24"),
                StandardCharsets.UTF_8);
        text(
                "formula-injection.csv",
                replaceRow(gm(5), 2, "GM0002,430103001001,\"=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")\",芙蓉华庭,2栋,1单元,24"),
                StandardCharsets.UTF_8);
        text(
                "credit-code-bad-check.csv",
                "统一社会信用代码,企业名称,成立日期\n"
                        + "91350100M000100Y43,福州某物业服务有限公司,2010-05-01\n"
                        + "91350100M000100Y44,长沙某物业服务有限公司,2012-06-01\n"
                        + "91440300708461136T,深圳某物业服务有限公司,1998-11-11\n",
                StandardCharsets.UTF_8);
        text(
                "credit-code-normalised.csv",
                "信用代码,单位名称\n"
                        + "91350100m000100y43,福州某物业服务有限公司\n"
                        + "9111 0000 8021 0043 3B,北京某物业服务有限公司\n"
                        + "９１４４０３００７０８４６１１３６Ｔ,深圳某物业服务有限公司\n",
                StandardCharsets.UTF_8);
        text(
                "fullwidth-digits.csv",
                "小区编号,小区名称,总户数,楼栋数,总建筑面积,是否成立业委会,物业服务方式\n"
                        + "ＸＱ００１,芙蓉华庭,１２０,１２,１５６００．５,是,专业物业\n"
                        + "XQ002,坡子街小区,３４５,８,42000,否,自管\n",
                StandardCharsets.UTF_8);
        text(
                "chinese-dates.csv",
                "record_id,credit_code,item_code,category,event_date,valid_until\n"
                        + "C1,91350100M000100Y43,B01,不良,2024年3月5日,2025-03-04\n"
                        + "C2,91350100M000100Y43,B02,bad,2024/3/5,2025/3/4\n"
                        + "C3,91350100M000100Y43,G01,良好,20240305,20250304\n"
                        + "C4,91350100M000100Y43,G02,good,2024.3.5,２０２５年３月４日\n",
                StandardCharsets.UTF_8);
        text(
                "impossible-date.csv",
                "record_id,credit_code,item_code,category,event_date\n"
                        + "C1,91350100M000100Y43,B01,bad,2024-02-29\n"
                        + "C2,91350100M000100Y43,B02,bad,2024-02-30\n"
                        + "C3,91350100M000100Y43,B03,bad,2023-12-31\n",
                StandardCharsets.UTF_8);
        text(
                "negative-area.csv",
                "estate_id,estate_name,total_area,household_count\n"
                        + "XQ001,芙蓉华庭,15600.5,120\n"
                        + "XQ002,坡子街小区,-120.5,80\n",
                StandardCharsets.UTF_8);
        text(
                "duplicate-keys.csv",
                replaceRow(gm(150), 99, "GM0010,430103001001,天心区坡子街芙蓉华庭99栋,芙蓉华庭,99栋,1单元,24"),
                StandardCharsets.UTF_8);
        bytes(
                "utf16-unicode-text.txt",
                concat(
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        gm(5).replace(',', '\t').replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE)));
        mergedHiddenXlsx();
        legacyXls();
        text("really-csv.xlsx", gm(3), StandardCharsets.UTF_8);
        png("image.csv");
        bytes(
                "document.csv",
                "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        zipNotWorkbook("archive.xlsx");
        text("网格楼栋-天心区.csv", gmChinese(4), StandardCharsets.UTF_8);
        text(
                "missing-required-value.csv",
                replaceRow(gm(5), 2, ",430103001001,天心区坡子街芙蓉华庭2栋,芙蓉华庭,2栋,1单元,24"),
                StandardCharsets.UTF_8);
        text(
                "enum-value.csv",
                "estate_id,estate_name,property_service,has_party_org\n"
                        + "XQ001,芙蓉华庭,专业物业,是\n"
                        + "XQ002,坡子街小区,自管,否\n"
                        + "XQ003,白沙小区,物业托管,有\n",
                StandardCharsets.UTF_8);
        text("tab-separated.tsv", gm(4).replace(',', '\t'), StandardCharsets.UTF_8);
        text(
                "grid-code-pattern.csv",
                "网格编码,网格名称,网格员,联系电话\n"
                        + "430103001001,坡子街第一网格,张三丰,13812345678\n"
                        + "4301 03#02,坡子街第二网格,李四,13987654321\n",
                StandardCharsets.UTF_8);
        text("no-placement.csv", replaceRow(gm(5), 4, "GM0004,430103001001,,,,1单元,24"), StandardCharsets.UTF_8);
        text(
                "households-not-integer.csv",
                replaceRow(gm(150), 20, "GM0020,430103001001,天心区坡子街芙蓉华庭20栋,芙蓉华庭,20栋,1单元,24户"),
                StandardCharsets.UTF_8);
        text("blank-lines-only.csv", "\n\r\n\n", StandardCharsets.UTF_8);
        text("person-too-long.csv", "网格编码,网格员\n430103001001," + "张".repeat(51) + "\n", StandardCharsets.UTF_8);
    }

    static String gm(int n) {
        return GM_HEADER + "\n" + rows(1, n);
    }

    static String rows(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
            b.append(String.format("GM%04d,430103001001,天心区坡子街芙蓉华庭%d栋,芙蓉华庭,%d栋,1单元,24%n", i, i, i)
                    .replace(System.lineSeparator(), "\n"));
        }
        return b.toString();
    }

    static String gmChinese(int n) {
        return "记录编号,网格编码,详细地址,小区名称,楼栋,单元,户数\n" + rows(1, n);
    }

    /** Replaces data row {@code k} (1-based, so at line k+1). */
    static String replaceRow(String csv, int k, String row) {
        String[] lines = csv.split("\n", -1);
        lines[k] = row;
        return String.join("\n", lines);
    }

    private static byte[] badBytes(String csv, int row, byte[] bad, Charset cs) {
        String marker = "芙蓉华庭" + row + "栋";
        String before = csv.substring(0, csv.indexOf(marker) + 4);
        String after = csv.substring(csv.indexOf(marker) + 4);
        return concat(concat(before.getBytes(cs), bad), after.getBytes(cs));
    }

    private void mergedHiddenXlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet hidden = wb.createSheet("说明");
            hidden.createRow(0).createCell(0).setCellValue("此表隐藏");
            Sheet s = wb.createSheet("楼栋");
            s.createRow(0).createCell(0).setCellValue("天心区网格楼栋表（2026年）");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            Row h = s.createRow(1);
            String[] header = {"记录编号", "网格编码", "小区名称", "楼栋", "户数"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < 6; r++) {
                Row row = s.createRow(r + 2);
                row.createCell(0).setCellValue("X" + (r + 1));
                row.createCell(1).setCellValue(430103001001d);
                if (r % 3 == 0) {
                    row.createCell(2).setCellValue(r < 3 ? "芙蓉华庭" : "坡子街小区");
                }
                row.createCell(3).setCellValue((r + 1) + "栋");
                row.createCell(4).setCellValue(24);
            }
            s.addMergedRegion(new CellRangeAddress(2, 4, 2, 2));
            s.addMergedRegion(new CellRangeAddress(5, 7, 2, 2));
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
            wb.setFirstVisibleTab(1);
            save(wb, "merged-hidden.xlsx");
        }
    }

    private void legacyXls() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Sheet s = wb.createSheet("信用记录");
            CreationHelper ch = wb.getCreationHelper();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(ch.createDataFormat().getFormat("yyyy-mm-dd"));
            Row h = s.createRow(0);
            String[] header = {"记录编号", "统一社会信用代码", "事项编码", "信用类别", "认定日期", "分值"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= 3; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("91350100M000100Y43");
                row.createCell(2).setCellValue("B0" + r);
                row.createCell(3).setCellValue("不良");
                org.apache.poi.ss.usermodel.Cell d = row.createCell(4);
                d.setCellValue(LocalDate.of(2024, 3, r));
                d.setCellStyle(date);
                row.createCell(5).setCellValue(-2.5);
            }
            save(wb, "legacy.xls");
        }
    }

    private void save(Workbook wb, String name) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            wb.write(out);
        }
    }

    private void png(String name) throws IOException {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        bytes(name, out.toByteArray());
    }

    private void zipNotWorkbook(String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("data.csv"));
            zip.write(utf8(gm(2)));
            zip.closeEntry();
        }
        bytes(name, out.toByteArray());
    }

    private void text(String name, String content, Charset cs) throws IOException {
        bytes(name, content.getBytes(cs));
    }

    private void bytes(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
