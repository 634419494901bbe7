package org.xiaoqu.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.schemas.OutputSchema;

/** CSV (RFC 4180, CRLF) for machines or people; see {@link TableWriters}. */
final class CsvTableWriter implements TableWriter {
    private final OutputSchema schema;
    private final @Nullable ReportLang people;
    private final Masking masking;
    private final CSVPrinter printer;
    private final List<String> cells;
    private long rows;

    CsvTableWriter(Path path, OutputSchema schema, @Nullable ReportLang people, Masking masking) throws IOException {
        this.schema = schema;
        this.people = people;
        this.masking = masking;
        this.cells = new ArrayList<>(schema.fields().size());
        Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16);
        try {
            if (people != null) {
                out.write('\uFEFF');
            }
            printer = new CSVPrinter(out, CSVFormat.RFC4180);
            for (OutputSchema.Field f : schema.fields()) {
                cells.add(people == null ? f.name() : f.title(people.chinese()));
            }
            printer.printRecord(cells);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    @Override
    public void write(List<?> row) throws IOException {
        CellValues.checkWidth(schema, row);
        cells.clear();
        for (int i = 0; i < row.size(); i++) {
            Object v = row.get(i);
            OutputSchema.Field f = schema.fields().get(i);
            if (people == null) {
                String text = CellValues.machine(v);
                cells.add(f.personal() == null ? text : masking.apply(f.personal(), text));
            } else {
                Object shown = CellValues.forPeople(f, v, masking);
                cells.add(CellValues.people(shown, people));
            }
        }
        printer.printRecord(cells);
        rows++;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
