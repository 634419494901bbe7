package org.xiaoqu.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;

/**
 * Reads a small table whose columns a job knows by name (English field name or any Chinese alias), in any
 * format and encoding {@link RowReader} reads: for the files a job takes directly (an owners' register, an
 * e-vote export, survey responses) rather than through {@code xiaoqu import}. A required column missing is a
 * {@link XiaoquException} naming the file and the header line.
 */
public final class NamedColumns {
    /** One column: its field name, the headers accepted for it, whether it must be there. */
    public record Column(String field, boolean required, List<String> aliases) {
        public static Column required(String field, String... aliases) {
            return new Column(field, true, List.of(aliases));
        }

        public static Column optional(String field, String... aliases) {
            return new Column(field, false, List.of(aliases));
        }
    }

    /** A data row with its line in the file. */
    public record Row(String file, long line, Map<String, String> values) {
        /** The trimmed cell of {@code field}, empty when the column is absent or the cell blank. */
        public String get(String field) {
            String v = values.get(field);
            return v == null ? "" : v.strip();
        }

        /** {@code file:line} for messages. */
        public String where() {
            return file + ":" + line;
        }
    }

    private NamedColumns() {}

    /** Every data row of {@code file}, bound to {@code columns}. */
    public static List<Row> read(Path file, List<Column> columns) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        try (RowReader reader = RowReader.open(file, Encoding.AUTO, null)) {
            List<String> header = reader.header();
            Map<String, Integer> index = new LinkedHashMap<>();
            for (Column c : columns) {
                int at = find(header, c);
                if (at < 0 && c.required()) {
                    throw new XiaoquException(
                            ExitCode.INPUT_REJECTED,
                            name + ":" + reader.headerLine() + ": missing column " + c.field() + " (headers accepted: "
                                    + String.join(", ", c.aliases()) + ")");
                }
                if (at >= 0) {
                    index.put(c.field(), at);
                }
            }
            List<Row> rows = new ArrayList<>();
            for (RawRow raw; (raw = reader.next()) != null; ) {
                Map<String, String> values = new LinkedHashMap<>();
                for (var e : index.entrySet()) {
                    int i = e.getValue();
                    values.put(e.getKey(), i < raw.cells().length ? raw.cells()[i] : "");
                }
                rows.add(new Row(name, raw.line(), values));
            }
            return rows;
        }
    }

    private static int find(List<String> header, Column c) {
        for (int i = 0; i < header.size(); i++) {
            String h = clean(header.get(i));
            if (h.equalsIgnoreCase(c.field())) {
                return i;
            }
            for (String a : c.aliases()) {
                if (h.equals(clean(a))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String clean(@Nullable String h) {
        return h == null ? "" : h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }
}
