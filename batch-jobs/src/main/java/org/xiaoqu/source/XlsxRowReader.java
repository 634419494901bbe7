package org.xiaoqu.source;

import com.github.pjfanning.xlsx.StreamingReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * .xlsx through excel-streaming-reader: rows are parsed as they are read, a few hundred at a time, so a
 * 500,000-row sheet needs no more memory than a small one (shared strings aside).
 */
final class XlsxRowReader {
    private XlsxRowReader() {}

    static RowReader open(Path file, String name, @Nullable String wanted, List<String> notes) {
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
            return new WorkbookRowReader(wb, rows, sheet.getSheetName(), notes, SourceFormat.XLSX);
        } catch (RuntimeException e) {
            WorkbookRowReader.closeQuietly(wb);
            throw e;
        }
    }
}
