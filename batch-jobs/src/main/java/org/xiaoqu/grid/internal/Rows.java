package org.xiaoqu.grid.internal;

import java.util.List;
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

    /** Reads a published load of a source from its kind's staging table, in line order; none is rejected. */
    static long fromStore(javax.sql.DataSource store, String kind, long load, Consumer<Row> action) {
        org.xiaoqu.imports.StagingTable table =
                org.xiaoqu.imports.StagingTable.of(org.xiaoqu.schemas.InputKind.of(kind));
        TableSchema schema = table.schema();
        List<String> fields =
                schema.fields().stream().map(TableSchema.Field::name).toList();
        String columns = String.join(
                ", ",
                fields.stream().map(org.xiaoqu.imports.StagingTable::column).toList());
        try (var c = store.getConnection();
                var st = c.prepareStatement(
                        "SELECT LINE, " + columns + " FROM " + table.name() + " WHERE LOAD_ID = ? ORDER BY LINE")) {
            st.setFetchSize(10_000);
            st.setLong(1, load);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    Object[] values = new Object[fields.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getObject(i + 2);
                    }
                    action.accept(new Row(schema, new CheckedRow(rs.getLong(1), values, List.of())));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(
                    "cannot read load " + load + " of " + table.name() + ": " + e.getMessage(), e);
        }
        return 0;
    }

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
