package org.xiaoqu.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;

/** Legacy .xls through POI HSSF. Such sheets hold at most 65,536 rows, so reading them whole is fine. */
final class XlsRowReader implements RowReader {

    private final HSSFWorkbook workbook;
    private final ExcelRows rows;
    private final String sheet;
    private final List<String> notes;

    private XlsRowReader(HSSFWorkbook workbook, ExcelRows rows, String sheet, List<String> notes) {
        this.workbook = workbook;
        this.rows = rows;
        this.sheet = sheet;
        this.notes = notes;
    }

    static XlsRowReader open(Path file, String name, @Nullable String wanted, List<String> notes) {
        HSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new HSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw FormatDetector.refuse(
                    name, "the .xls workbook cannot be read (" + e.getMessage() + "); re-save it as .xlsx or CSV");
        }
        try {
            Sheet sheet = ExcelRows.chooseSheet(wb, name, wanted, notes);
            ExcelRows rows = new ExcelRows(name, sheet, sheet.getMergedRegions(), notes);
            return new XlsRowReader(wb, rows, sheet.getSheetName(), notes);
        } catch (RuntimeException e) {
            XlsxRowReader.closeQuietly(wb);
            throw e;
        }
    }

    @Override
    public List<String> header() {
        return rows.header();
    }

    @Override
    public long headerLine() {
        return rows.headerLine();
    }

    @Override
    public @Nullable RawRow next() {
        return rows.next();
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.XLS;
    }

    @Override
    public String encoding() {
        return "binary";
    }

    @Override
    public @Nullable String sheet() {
        return sheet;
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    @Override
    public void close() {
        XlsxRowReader.closeQuietly(workbook);
    }
}
