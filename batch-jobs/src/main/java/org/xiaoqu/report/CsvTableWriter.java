package org.xiaoqu.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.schemas.OutputSchema;

/**
 * CSV (RFC 4180, CRLF) for machines or people; see {@link TableWriters}. Cells are quoted exactly where Commons CSV's
 * {@code CSVFormat.RFC4180} quotes them ({@link #append}; a test holds the two to the same bytes), but written
 * straight to the buffer: the printer's per-character checks through its {@code Appendable} cost more than
 * everything else of writing a million-row ledger.
 */
final class CsvTableWriter implements TableWriter {
    private final OutputSchema schema;
    private final @Nullable ReportLang people;
    private final Masking masking;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    CsvTableWriter(Path path, OutputSchema schema, @Nullable ReportLang people, Masking masking) throws IOException {
        this.schema = schema;
        this.people = people;
        this.masking = masking;
        Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16);
        try {
            if (people != null) {
                out.write('\uFEFF');
            }
            for (OutputSchema.Field f : schema.fields()) {
                append(line, people == null ? f.name() : f.title(people.chinese()), line.isEmpty());
            }
            out.append(line).append("\r\n");
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        this.out = out;
    }

    @Override
    public void write(List<?> row) throws IOException {
        CellValues.checkWidth(schema, row);
        line.setLength(0);
        for (int i = 0; i < row.size(); i++) {
            Object v = row.get(i);
            OutputSchema.Field f = schema.fields().get(i);
            String text;
            if (people == null) {
                text = CellValues.machine(v);
                text = f.personal() == null ? text : masking.apply(f.personal(), text);
            } else {
                text = CellValues.people(CellValues.forPeople(f, v, masking), people);
            }
            append(line, text, i == 0);
        }
        out.append(line).append("\r\n");
        rows++;
    }

    /**
     * Appends one cell and the comma before it (none before the first), quoted where Commons CSV's RFC 4180 format
     * quotes: an empty first cell; a cell containing a comma, a double quote, CR or LF, beginning with a character
     * up to {@code #} or ending with one up to a space.
     */
    static void append(StringBuilder line, String cell, boolean first) {
        if (!first) {
            line.append(',');
        }
        int quoting = quoting(cell, first);
        if (quoting == PLAIN) {
            line.append(cell);
            return;
        }
        line.append('"');
        if (quoting == QUOTED) {
            line.append(cell); // most quoted cells (a ledger's provenance) only hold a comma
        } else {
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c == '"') {
                    line.append('"');
                }
                line.append(c);
            }
        }
        line.append('"');
    }

    private static final int PLAIN = 0;
    private static final int QUOTED = 1;
    private static final int ESCAPED = 2;

    /** How a cell is written: as it is, in quotes, or in quotes with its own quotes doubled. */
    private static int quoting(String cell, boolean first) {
        int n = cell.length();
        if (n == 0) {
            return first ? QUOTED : PLAIN;
        }
        boolean quoted = cell.charAt(0) <= '#' || cell.charAt(n - 1) <= ' ';
        for (int i = 0; i < n; i++) {
            char c = cell.charAt(i);
            if (c == '"') {
                return ESCAPED;
            }
            if (c == '\n' || c == '\r' || c == ',') {
                quoted = true;
            }
        }
        return quoted ? QUOTED : PLAIN;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
