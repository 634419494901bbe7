package org.xiaoqu.source;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/** A sheet of an open workbook (.xlsx streamed or .xls whole) read row by row through {@link ExcelRows}. */
final class WorkbookRowReader implements RowReader {
    private final Workbook workbook;
    private final ExcelRows rows;
    private final String sheet;
    private final List<String> notes;
    private final SourceFormat format;

    WorkbookRowReader(Workbook workbook, ExcelRows rows, String sheet, List<String> notes, SourceFormat format) {
        this.workbook = workbook;
        this.rows = rows;
        this.sheet = sheet;
        this.notes = notes;
        this.format = format;
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
        return format;
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
        } catch (IOException | RuntimeException ignored) {
            // nothing useful to do: the file was only read
        }
    }
}
