package org.xiaoqu.source;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * What .xlsx and .xls reading share: choosing the sheet, turning cells into text, filling merged cells, and
 * finding the header below title rows. Merged cells are filled with their top-left value, because a merged
 * 小区名称 over ten rows means each of those rows belongs to that estate.
 */
final class ExcelRows {

    private static final int MAX_TITLE_ROWS = 5;

    private final String file;
    private final Iterator<Row> rows;
    private final List<String> notes;
    /** Merged cells by (row << 16 | column) of every cell but the top-left, valued by the top-left's address. */
    private final Map<Long, Long> mergedFrom = new HashMap<>();
    /** Values of the top-left cells of merged regions, kept until the region's last row is read. */
    private final Map<Long, String> mergedValues = new HashMap<>();

    private final java.util.Set<Long> topLefts = new java.util.HashSet<>();

    private @Nullable RawRow pending;
    private List<String> header = List.of();
    private long headerLine;

    ExcelRows(String file, Sheet sheet, List<CellRangeAddress> merged, List<String> notes) {
        this.file = file;
        this.rows = sheet.rowIterator();
        this.notes = notes;
        int filled = 0;
        for (CellRangeAddress r : merged) {
            long top = key(r.getFirstRow(), r.getFirstColumn());
            topLefts.add(top);
            for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
                for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
                    long k = key(row, col);
                    if (k != top) {
                        mergedFrom.put(k, top);
                        filled++;
                    }
                }
            }
        }
        if (!merged.isEmpty()) {
            notes.add(merged.size() + " merged cell range(s) on sheet " + sheet.getSheetName() + ": " + filled
                    + " cell(s) filled with the value of their merged range");
        }
        readHeader();
    }

    /** The sheet to read: the named one, or the first visible one. Notes hidden sheets passed over. */
    static Sheet chooseSheet(Workbook wb, String file, @Nullable String wanted, List<String> notes) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        if (wanted != null) {
            int i = wb.getSheetIndex(wanted);
            if (i < 0) {
                throw FormatDetector.refuse(
                        file, "no sheet named '" + wanted + "'; the workbook's sheets are " + names);
            }
            if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                notes.add("sheet " + wanted + " is hidden; read because the configuration names it");
            }
            return wb.getSheetAt(i);
        }
        List<String> hidden = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                hidden.add(wb.getSheetName(i));
                continue;
            }
            if (!hidden.isEmpty()) {
                notes.add("hidden sheet(s) " + hidden + " ignored; name one with sheet: to read it");
            }
            return wb.getSheetAt(i);
        }
        throw FormatDetector.refuse(file, "the workbook has no visible sheet; sheets: " + names);
    }

    List<String> header() {
        return header;
    }

    long headerLine() {
        return headerLine;
    }

    private void readHeader() {
        RawRow first = nextNonBlank();
        int titles = 0;
        while (first != null && nonEmpty(first.cells()) == 1 && titles < MAX_TITLE_ROWS) {
            RawRow second = nextNonBlank();
            if (second == null || nonEmpty(second.cells()) < 2) {
                pending = second;
                break;
            }
            notes.add("row " + first.line() + " (\"" + Problem.shown(firstNonEmpty(first.cells()))
                    + "\") looks like a title above the header and was skipped");
            titles++;
            first = second;
        }
        if (first == null) {
            throw FormatDetector.refuse(file, "the sheet is empty: no header row");
        }
        List<String> h = new ArrayList<>();
        for (String c : first.cells()) {
            h.add(c);
        }
        int last = h.size();
        while (last > 0 && h.get(last - 1).isBlank()) {
            last--;
        }
        header = List.copyOf(h.subList(0, last));
        headerLine = first.line();
    }

    @Nullable
    RawRow next() {
        if (pending != null) {
            RawRow p = pending;
            pending = null;
            return p;
        }
        return nextNonBlank();
    }

    private @Nullable RawRow nextNonBlank() {
        while (rows.hasNext()) {
            Row row = rows.next();
            String[] cells = cells(row);
            if (nonEmpty(cells) > 0) {
                return new RawRow(row.getRowNum() + 1L, cells);
            }
        }
        return null;
    }

    private String[] cells(Row row) {
        int n = Math.max(row.getLastCellNum(), 0);
        int width = Math.max(n, header.size());
        String[] out = new String[width];
        int r = row.getRowNum();
        for (int c = 0; c < width; c++) {
            Cell cell = c < n ? row.getCell(c) : null;
            String text = cell == null ? "" : text(cell);
            if (!mergedFrom.isEmpty() || !mergedValues.isEmpty()) {
                long k = key(r, c);
                Long top = mergedFrom.get(k);
                if (top != null) {
                    String v = mergedValues.get(top);
                    if (text.isEmpty() && v != null) {
                        text = v;
                    }
                } else if (isTopLeft(k)) {
                    mergedValues.put(k, text);
                }
            }
            out[c] = text;
        }
        return out;
    }

    private boolean isTopLeft(long k) {
        return topLefts.contains(k);
    }

    /** A cell as text: dates as ISO dates, numbers in plain notation, formulas by their cached result. */
    static String text(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime t = cell.getLocalDateTimeCellValue();
                    if (t == null) {
                        return "";
                    }
                    return t.toLocalTime().toSecondOfDay() == 0
                            ? t.toLocalDate().toString()
                            : t.toString();
                }
                double d = cell.getNumericCellValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return String.valueOf(d);
                }
                return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "true" : "false";
            case ERROR:
                return "#ERROR";
            case BLANK:
            default:
                return "";
        }
    }

    private static int nonEmpty(String[] cells) {
        int n = 0;
        for (String c : cells) {
            if (!c.isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static String firstNonEmpty(String[] cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return c;
            }
        }
        return "";
    }

    private static long key(int row, int col) {
        return ((long) row << 16) | col;
    }
}
