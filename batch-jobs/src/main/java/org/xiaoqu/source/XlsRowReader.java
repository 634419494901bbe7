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
final class XlsRowReader {
    private XlsRowReader() {}

    static RowReader open(Path file, String name, @Nullable String wanted, List<String> notes) {
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
            return new WorkbookRowReader(wb, rows, sheet.getSheetName(), notes, SourceFormat.XLS);
        } catch (RuntimeException e) {
            WorkbookRowReader.closeQuietly(wb);
            throw e;
        }
    }
}
