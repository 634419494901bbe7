package org.xiaoqu.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.schemas.OutputSchema;

/**
 * A workbook of one or more tables, streamed (SXSSF: a window of rows in memory, the rest in a temporary
 * file), written to its path on {@link #close()}. Each sheet has a bold, frozen, filterable header row in
 * Chinese or English, column widths from the content, text cells for strings and {@code xiaoqu:text} fields
 * (so 18-character codes and leading zeros survive), numeric cells for numbers, date cells for dates. Text is
 * neutralised and personal fields masked. A table longer than a sheet continues on {@code "<name> (2)"}.
 *
 * <pre>{@code
 * try (ExcelBook book = ExcelBook.create(path, ReportLang.ZH, Masking.on())) {
 *     book.sheet("冲突", conflictsSchema, conflictRows);
 *     try (TableWriter w = book.sheet("网格", gridSchema)) { w.write(row); }
 * }
 * }</pre>
 */
public final class ExcelBook implements AutoCloseable {
    /** Data rows per sheet: Excel's 1,048,576 rows less the header. */
    static final int MAX_DATA_ROWS = 1_048_575;

    private static final int MAX_CELL_TEXT = 32_767;
    private static final int MAX_WIDTH_CHARS = 60;

    private final Path path;
    private final ReportLang lang;
    private final Masking masking;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Set<String> sheetNames = new HashSet<>();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle date;
    private final CellStyle datetime;
    /** Package-private so that tests split sheets without writing a million rows. */
    int rowsPerSheet = MAX_DATA_ROWS;

    private @Nullable SheetWriter open;
    private boolean closed;

    private ExcelBook(Path path, ReportLang lang, Masking masking) {
        this.path = path;
        this.lang = lang;
        this.masking = masking;
        workbook.setCompressTempFiles(true);
        var format = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        text.setDataFormat(format.getFormat("@"));
        integer = workbook.createCellStyle();
        integer.setDataFormat(format.getFormat("0"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(format.getFormat("General"));
        date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat("yyyy-mm-dd"));
        datetime = workbook.createCellStyle();
        datetime.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm:ss"));
    }

    /** A Chinese workbook with personal data masked. */
    public static ExcelBook create(Path path) {
        return create(path, ReportLang.ZH, Masking.on());
    }

    /** A workbook with headers in {@code lang} and personal fields masked by {@code masking}. */
    public static ExcelBook create(Path path, ReportLang lang, Masking masking) {
        return new ExcelBook(path, lang, masking);
    }

    /** Adds a sheet holding every row. */
    public void sheet(String name, OutputSchema schema, Iterable<? extends List<?>> rows) throws IOException {
        try (TableWriter w = sheet(name, schema)) {
            w.writeAll(rows);
        }
    }

    /**
     * Adds a sheet and returns its writer; close it before adding the next sheet. The name is cut to Excel's 31
     * characters with {@code []:*?/\} replaced, and made unique.
     */
    public TableWriter sheet(String name, OutputSchema schema) {
        if (closed) {
            throw new IllegalStateException("the workbook is closed");
        }
        if (open != null) {
            throw new IllegalStateException("close the writer of sheet " + open.baseName + " first");
        }
        open = new SheetWriter(uniqueName(name, ""), schema);
        return open;
    }

    private String uniqueName(String wanted, String suffix) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "Sheet" : wanted);
        for (int n = 1; ; n++) {
            String tail = suffix + (n == 1 ? "" : " #" + n);
            String candidate =
                    (base.length() + tail.length() > 31 ? base.substring(0, 31 - tail.length()) : base) + tail;
            if (sheetNames.add(candidate.toLowerCase(java.util.Locale.ROOT))) {
                return candidate;
            }
        }
    }

    /** Writes the workbook to its path and deletes the temporary files. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (open != null) {
                open.close();
            }
            if (workbook.getNumberOfSheets() == 0) {
                workbook.createSheet("Sheet1");
            }
            try (OutputStream out = Files.newOutputStream(path)) {
                workbook.write(out);
            }
        } finally {
            workbook.close();
        }
    }

    private final class SheetWriter implements TableWriter {
        private final String baseName;
        private final OutputSchema schema;
        private final int[] widths;
        private final CellStyle[] styles;
        private SXSSFSheet sheet;
        private int part = 1;
        private int sheetRows;
        private long rows;
        private boolean done;

        SheetWriter(String name, OutputSchema schema) {
            this.baseName = name;
            this.schema = schema;
            this.widths = new int[schema.fields().size()];
            this.styles = new CellStyle[widths.length];
            for (int i = 0; i < widths.length; i++) {
                OutputSchema.Field f = schema.fields().get(i);
                styles[i] = switch (f.type()) {
                    case STRING -> text;
                    case INTEGER -> f.text() ? text : integer;
                    case NUMBER -> f.text() ? text : decimal;
                    case DATE -> date;
                    case DATETIME -> datetime;
                    case BOOLEAN -> text;
                };
            }
            this.sheet = newSheet(name);
        }

        private SXSSFSheet newSheet(String name) {
            SXSSFSheet s = workbook.createSheet(name);
            Row row = s.createRow(0);
            row.setHeightInPoints(20);
            for (int i = 0; i < widths.length; i++) {
                String title = schema.fields().get(i).title(lang.chinese());
                Cell c = row.createCell(i);
                c.setCellValue(title);
                c.setCellStyle(header);
                widths[i] = Math.max(widths[i], displayWidth(title) + 3); // room for the filter button
                s.setDefaultColumnStyle(i, styles[i]);
            }
            s.createFreezePane(0, 1);
            sheetRows = 0;
            return s;
        }

        @Override
        public void write(List<?> values) throws IOException {
            if (done) {
                throw new IllegalStateException("sheet " + baseName + " is closed");
            }
            CellValues.checkWidth(schema, values);
            if (sheetRows == rowsPerSheet) {
                finish(sheet);
                part++;
                sheet = newSheet(uniqueName(baseName, " (" + part + ")"));
            }
            Row row = sheet.createRow(++sheetRows);
            for (int i = 0; i < widths.length; i++) {
                OutputSchema.Field f = schema.fields().get(i);
                Object v = CellValues.forPeople(f, values.get(i), masking);
                if (v == null) {
                    continue;
                }
                Cell c = row.createCell(i);
                String shown = cell(c, f, v);
                widths[i] = Math.max(widths[i], displayWidth(shown));
            }
            rows++;
        }

        /** Sets the cell's value and style; returns its text, for the column width. */
        private String cell(Cell c, OutputSchema.Field f, Object v) {
            if (v instanceof Number n && !f.text() && f.type() != OutputSchema.Type.STRING) {
                double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
                if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                    c.setCellValue(d);
                    c.setCellStyle(
                            n instanceof Long || n instanceof Integer || n instanceof BigInteger ? integer : decimal);
                    return CellValues.number(n);
                }
                return "";
            }
            if (v instanceof LocalDate d && !f.text()) {
                c.setCellValue(d);
                c.setCellStyle(date);
                return "0000-00-00";
            }
            if (!f.text()
                    && (v instanceof LocalDateTime
                            || v instanceof Instant
                            || v instanceof OffsetDateTime
                            || v instanceof ZonedDateTime)) {
                LocalDateTime t = v instanceof LocalDateTime l ? l : CellValues.utc((TemporalAccessor) v);
                c.setCellValue(t);
                c.setCellStyle(datetime);
                return "0000-00-00 00:00:00";
            }
            if (v instanceof Boolean b && !f.text()) {
                String s = CellValues.people(b, lang);
                c.setCellValue(s);
                c.setCellStyle(text);
                return s;
            }
            String s = CellValues.people(v, lang);
            if (s.length() > MAX_CELL_TEXT) {
                s = s.substring(0, MAX_CELL_TEXT - 1) + "…";
            }
            c.setCellValue(s);
            c.setCellStyle(text);
            return s;
        }

        private void finish(SXSSFSheet s) {
            s.setAutoFilter(new CellRangeAddress(0, Math.max(sheetRows, 1), 0, widths.length - 1));
            for (int i = 0; i < widths.length; i++) {
                s.setColumnWidth(i, Math.min(widths[i] + 2, MAX_WIDTH_CHARS) * 256);
            }
        }

        @Override
        public long rows() {
            return rows;
        }

        @Override
        public void close() {
            if (!done) {
                done = true;
                finish(sheet);
                open = null;
            }
        }
    }

    /** Characters a text needs in a column: CJK and other wide characters count two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length() && w < MAX_WIDTH_CHARS * 2; ) {
            int cp = s.codePointAt(i);
            w += cp >= 0x1100 && Character.isIdeographic(cp)
                            || cp >= 0x3000 && cp <= 0x33FF
                            || cp >= 0xFF00 && cp <= 0xFF60
                    ? 2
                    : 1;
            i += Character.charCount(cp);
        }
        return w;
    }
}
