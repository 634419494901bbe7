package org.xiaoqu.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.xiaoqu.imports.CopyStream;
import org.xiaoqu.imports.StagingTable;
import org.xiaoqu.schemas.OutputSchema;
import org.xiaoqu.store.Dialect;

/**
 * A feature's result table in the store: columns {@code RUN_ID} then one per field of the output schema, named
 * {@link #column(String)} (the field name upper-cased; {@code VALUE}, {@code USER}, {@code ROW}, {@code YEAR},
 * {@code MONTH}, {@code DAY}, {@code KEY} get a trailing underscore, as in the staging tables). The feature's
 * migration creates the table. Rows go in by PostgreSQL COPY or batched JDBC inserts on H2, on the connection
 * of the running transaction when there is one (a chunk or tasklet), else in a transaction of their own.
 * Values are stored unmasked: the store is not a report.
 */
public final class StoredTable {
    private static final int BATCH = 1000;
    /** Rows in one H2 insert statement. */
    private static final int GROUP = 50;

    private StoredTable() {}

    /** The column of a field. */
    public static String column(String field) {
        return StagingTable.column(field);
    }

    /** {@code RUN_ID} then the field columns, comma-separated. */
    public static String columnList(OutputSchema schema) {
        return "RUN_ID, " + schema.names().stream().map(StoredTable::column).collect(Collectors.joining(", "));
    }

    /**
     * Inserts the rows of one run.
     *
     * @return rows inserted
     * @throws IllegalArgumentException if a row does not have one value per field
     * @throws java.sql.SQLException from the database
     */
    public static long insert(
            DataSource dataSource,
            Dialect dialect,
            String table,
            OutputSchema schema,
            long runId,
            Iterable<? extends List<?>> rows)
            throws SQLException {
        checkName(table);
        return inConnection(
                dataSource,
                c -> dialect == Dialect.POSTGRESQL
                        ? copy(c, table, schema, runId, rows)
                        : batch(c, table, schema, runId, rows));
    }

    /**
     * Deletes the rows of one run, so that a restarted step rewrites them (call it before {@link #insert}).
     *
     * @return rows deleted
     */
    public static long delete(DataSource dataSource, Dialect dialect, String table, long runId) throws SQLException {
        checkName(table);
        return inConnection(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE RUN_ID = ?")) {
                st.setLong(1, runId);
                return st.executeUpdate();
            }
        });
    }

    /** Rows of one run in {@code tables}, on an open connection (what prune would drop, for its dry run). */
    public static long countRun(Connection c, Iterable<String> tables, long runId) throws SQLException {
        long n = 0;
        for (String t : tables) {
            checkName(t);
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM " + t + " WHERE RUN_ID = ?")) {
                st.setLong(1, runId);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    n += rs.getLong(1);
                }
            }
        }
        return n;
    }

    private interface Work {
        long run(Connection c) throws SQLException;
    }

    private static long inConnection(DataSource dataSource, Work work) throws SQLException {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            boolean own = !DataSourceUtils.isConnectionTransactional(c, dataSource) && c.getAutoCommit();
            if (!own) {
                return work.run(c);
            }
            c.setAutoCommit(false);
            try {
                long n = work.run(c);
                c.commit();
                return n;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private static long batch(
            Connection c, String table, OutputSchema schema, long runId, Iterable<? extends List<?>> rows)
            throws SQLException {
        int n = schema.fields().size();
        String insert = "INSERT INTO " + table + " (" + columnList(schema) + ") VALUES ";
        String one = "(" + "?, ".repeat(n) + "?)";
        long count = 0;
        // rows go in GROUP at a time, one statement each (H2 spends less a row than on a batch of one-row
        // statements: 15% less on a credit ledger); the rest one row a statement, batched
        try (PreparedStatement group = c.prepareStatement(insert + String.join(", ", Collections.nCopies(GROUP, one)));
                PreparedStatement single = c.prepareStatement(insert + one)) {
            int grouped = 0;
            List<List<?>> held = new ArrayList<>(GROUP);
            for (List<?> row : rows) {
                CellValues.checkWidth(schema, row);
                held.add(row);
                if (held.size() == GROUP) {
                    for (int r = 0; r < GROUP; r++) {
                        set(group, r * (n + 1), schema, runId, held.get(r));
                    }
                    group.addBatch();
                    held.clear();
                    if (++grouped == BATCH / GROUP) {
                        group.executeBatch();
                        grouped = 0;
                    }
                }
                count++;
            }
            if (grouped > 0) {
                group.executeBatch();
            }
            for (List<?> row : held) {
                set(single, 0, schema, runId, row);
                single.addBatch();
            }
            if (!held.isEmpty()) {
                single.executeBatch();
            }
        }
        return count;
    }

    /** Sets one row's parameters, {@code RUN_ID} first, after the first {@code offset}. */
    private static void set(PreparedStatement st, int offset, OutputSchema schema, long runId, List<?> row)
            throws SQLException {
        st.setLong(offset + 1, runId);
        for (int i = 0; i < row.size(); i++) {
            Object v = normalise(row.get(i));
            if (v == null) {
                st.setNull(offset + i + 2, sqlType(schema.fields().get(i).type()));
            } else if (v instanceof String text) { // most values: the driver's own type tests skipped
                st.setString(offset + i + 2, text);
            } else {
                st.setObject(offset + i + 2, v);
            }
        }
    }

    private static long copy(
            Connection c, String table, OutputSchema schema, long runId, Iterable<? extends List<?>> rows)
            throws SQLException {
        CopyStream stream = new CopyStream();
        CopyIn copy = c.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY " + table + " (" + columnList(schema) + ") FROM STDIN (FORMAT csv)");
        long count = 0;
        try {
            stream.start(copy::writeToCopy);
            for (List<?> row : rows) {
                CellValues.checkWidth(schema, row);
                stream.number(runId);
                for (Object v : row) {
                    stream.comma();
                    Object value = normalise(v);
                    if (value instanceof Double || value instanceof Float) {
                        value = new BigDecimal(CellValues.number((Number) value));
                    }
                    stream.value(value);
                }
                stream.newline();
                count++;
            }
            stream.flush();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return count;
    }

    /** Zoned times in UTC, enums by name, NaN and infinities as null, small integers as Long. */
    private static @Nullable Object normalise(@Nullable Object v) {
        if (v == null || v instanceof String) {
            return v;
        }
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())
                || v instanceof Float f && (f.isNaN() || f.isInfinite())) {
            return null;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (v instanceof Instant || v instanceof OffsetDateTime || v instanceof ZonedDateTime) {
            return CellValues.utc((TemporalAccessor) v);
        }
        if (v instanceof LocalDateTime t) {
            return t;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v;
    }

    private static int sqlType(OutputSchema.Type type) {
        return switch (type) {
            case STRING -> Types.VARCHAR;
            case INTEGER -> Types.BIGINT;
            case NUMBER -> Types.NUMERIC;
            case BOOLEAN -> Types.BOOLEAN;
            case DATE -> Types.DATE;
            case DATETIME -> Types.TIMESTAMP;
        };
    }

    private static void checkName(String table) {
        if (!table.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
    }
}
