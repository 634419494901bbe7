package org.xiaoqu.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
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
        String sql = "INSERT INTO " + table + " (" + columnList(schema) + ") VALUES (" + "?, ".repeat(n) + "?)";
        long count = 0;
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int pending = 0;
            for (List<?> row : rows) {
                CellValues.checkWidth(schema, row);
                st.setLong(1, runId);
                for (int i = 0; i < n; i++) {
                    Object v = normalise(row.get(i));
                    if (v == null) {
                        st.setNull(i + 2, sqlType(schema.fields().get(i).type()));
                    } else if (v instanceof String text) { // most values: the driver's own type tests skipped
                        st.setString(i + 2, text);
                    } else {
                        st.setObject(i + 2, v);
                    }
                }
                st.addBatch();
                count++;
                if (++pending == BATCH) {
                    st.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                st.executeBatch();
            }
        }
        return count;
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
