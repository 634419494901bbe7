package org.xiaoqu.report;

import java.io.IOException;
import java.nio.file.Path;
import org.xiaoqu.schemas.OutputSchema;

/** The writers of an output table: machine CSV, people's CSV, Excel. */
public final class TableWriters {
    private TableWriters() {}

    /**
     * Machine CSV: UTF-8 without BOM, RFC 4180 (CRLF, quotes when needed), header = the field names, numbers
     * plain without grouping, dates and date-times ISO 8601, booleans true/false, null as an empty field. Values
     * are written as given (mask personal data before, or use {@link #csv(Path, OutputSchema, Masking)}).
     */
    public static TableWriter csv(Path path, OutputSchema schema) throws IOException {
        return new CsvTableWriter(path, schema, null, Masking.off());
    }

    /** Machine CSV with the schema's personal fields masked. */
    public static TableWriter csv(Path path, OutputSchema schema, Masking masking) throws IOException {
        return new CsvTableWriter(path, schema, null, masking);
    }

    /**
     * CSV for people who open it in Excel or WPS: UTF-8 with BOM, Chinese or English headers, text that could
     * start a formula quote-prefixed ({@link Neutralise}), personal fields masked, booleans 是/否.
     */
    public static TableWriter peopleCsv(Path path, OutputSchema schema, ReportLang lang, Masking masking)
            throws IOException {
        return new CsvTableWriter(path, schema, lang, masking);
    }

    /**
     * An Excel workbook of one sheet (streamed, any number of rows: past 1,048,575 data rows the table
     * continues on a sheet {@code "<name> (2)"}); see {@link ExcelBook}.
     */
    public static TableWriter xlsx(Path path, OutputSchema schema, ReportLang lang, Masking masking)
            throws IOException {
        return xlsx(path, schema, lang, masking, ExcelBook.MAX_DATA_ROWS);
    }

    /** As {@link #xlsx(Path, OutputSchema, ReportLang, Masking)} with a smaller sheet, for tests. */
    static TableWriter xlsx(Path path, OutputSchema schema, ReportLang lang, Masking masking, int rowsPerSheet)
            throws IOException {
        ExcelBook book = ExcelBook.create(path, lang, masking);
        book.rowsPerSheet = rowsPerSheet;
        TableWriter sheet = book.sheet(schema.title(lang.chinese()), schema);
        return new TableWriter() {
            @Override
            public void write(java.util.List<?> row) throws IOException {
                sheet.write(row);
            }

            @Override
            public long rows() {
                return sheet.rows();
            }

            @Override
            public void close() throws IOException {
                try {
                    sheet.close();
                } finally {
                    book.close();
                }
            }
        };
    }
}
