package org.xiaoqu.grid.internal;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.schemas.TableSchema;
import org.xiaoqu.source.CheckedRow;
import org.xiaoqu.source.RawRow;
import org.xiaoqu.source.RowChecker;
import org.xiaoqu.source.RowReader;
import org.xiaoqu.source.RowResult;
import org.xiaoqu.source.SourceSpec;

/** A source file's checked rows as field-name lookups; rejected rows are counted, not passed on. */
final class Rows {
    /** One accepted row. */
    record Row(TableSchema schema, CheckedRow row) {
        String get(String field) {
            int i = schema.indexOf(field);
            if (i < 0) {
                return "";
            }
            @Nullable Object v = row.value(i);
            return v == null ? "" : v.toString().trim();
        }
    }

    private Rows() {}

    /** Reads the file, returns how many rows were rejected. */
    static long read(SourceSpec spec, Consumer<Row> action) {
        long rejected = 0;
        try (RowReader reader = RowReader.open(spec)) {
            RowChecker checker = RowChecker.create(spec, reader);
            TableSchema schema = checker.schema();
            for (RawRow raw; (raw = reader.next()) != null; ) {
                RowResult r = checker.check(raw);
                if (r.rejected()) {
                    rejected++;
                } else {
                    action.accept(new Row(schema, r.row()));
                }
            }
        }
        return rejected;
    }
}
