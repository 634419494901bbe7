package org.xiaoqu.source;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * .xlsx through excel-streaming-reader: rows are parsed as they are read, a few hundred at a time, so a
 * 500,000-row sheet needs no more memory than a small one (shared strings aside).
 */
final class XlsxRowReader implements RowReader {

    private final Workbook workbook;
    private final ExcelRows rows;
    private final String sheet;
    private final List<String> notes;

    private XlsxRowReader(Workbook workbook, ExcelRows rows, String sheet, List<String> notes) {
        this.workbook = workbook;
        this.rows = rows;
        this.sheet = sheet;
        this.notes = notes;
    }

    static XlsxRowReader open(Path file, String name, @Nullable String wanted, List<String> notes) {
        Workbook wb;
        try {
            wb = StreamingReader.builder()
                    .rowCacheSize(256)
                    .bufferSize(1 << 16)
                    .setReadComments(false)
                    .setReadHyperlinks(false)
                    .setReadShapes(false)
                    .open(file.toFile());
        } catch (RuntimeException e) {
            throw FormatDetector.refuse(
                    name,
                    "the .xlsx workbook cannot be opened (" + e.getMessage() + "); re-save it in Excel or as CSV");
        }
        try {
            Sheet sheet = ExcelRows.chooseSheet(wb, name, wanted, notes);
            int index = wb.getSheetIndex(sheet);
            ExcelRows rows = new ExcelRows(name, sheet, XlsxMergedCells.read(file, index), notes);
            return new XlsxRowReader(wb, rows, sheet.getSheetName(), notes);
        } catch (RuntimeException e) {
            closeQuietly(wb);
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
        return SourceFormat.XLSX;
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
        closeQuietly(workbook);
    }

    static void closeQuietly(Workbook wb) {
        try {
            wb.close();
        } catch (IOException e) {
            // only read
        }
    }
}
