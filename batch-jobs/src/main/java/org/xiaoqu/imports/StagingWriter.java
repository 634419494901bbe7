package org.xiaoqu.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.xiaoqu.source.CheckedRow;
import org.xiaoqu.source.Problem;
import org.xiaoqu.source.RowResult;
import org.xiaoqu.store.Dialect;

/**
 * Writes a chunk on the chunk transaction's own connection: accepted rows into the kind's staging
 * table (COPY on PostgreSQL, batched inserts on H2) and rejected rows into {@code XQ_REJECT}. Its
 * counters are saved with the chunk, so the reject budget is counted over the whole file across restarts.
 */
// not final: step-scoped beans are proxied by subclassing
class StagingWriter implements ItemStreamWriter<RowResult> {
    static final String READ = "import.rows.read";
    static final String VALID = "import.rows.valid";
    static final String REJECTED = "import.rows.rejected";
    static final String WARNED = "import.rows.warned";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final StagingTable table;
    private final long loadId;
    private final String sourceId;
    private final CopyStream stream = new CopyStream();
    private long read;
    private long valid;
    private long rejected;
    private long warned;

    StagingWriter(DataSource dataSource, Dialect dialect, StagingTable table, long loadId, String sourceId) {
        this.sourceId = sourceId;
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.table = table;
        this.loadId = loadId;
    }

    /** Rows of the whole file written so far (also across restarts), for progress. */
    long rowsRead() {
        return read;
    }

    /** The source written, for progress. */
    String source() {
        return sourceId;
    }

    @Override
    public void open(ExecutionContext context) {
        read = context.getLong(READ, 0L);
        valid = context.getLong(VALID, 0L);
        rejected = context.getLong(REJECTED, 0L);
        warned = context.getLong(WARNED, 0L);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(READ, read);
        context.putLong(VALID, valid);
        context.putLong(REJECTED, rejected);
        context.putLong(WARNED, warned);
    }

    @Override
    public void write(Chunk<? extends RowResult> chunk) throws Exception {
        List<CheckedRow> rows = new ArrayList<>(chunk.size());
        List<Problem> rejects = new ArrayList<>();
        long warnedRows = 0;
        for (RowResult r : chunk.getItems()) {
            if (r.rejected()) {
                rejects.add(r.rejection());
            } else {
                rows.add(r.row());
                if (r.row().warned()) {
                    warnedRows++;
                }
            }
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        if (!rows.isEmpty()) {
            if (dialect == Dialect.POSTGRESQL) {
                copy(connection, rows);
            } else {
                insert(connection, rows);
            }
        }
        if (!rejects.isEmpty()) {
            insertRejects(connection, rejects);
        }
        read += chunk.size();
        valid += rows.size();
        rejected += rejects.size();
        warned += warnedRows;
    }

    private void insert(Connection connection, List<CheckedRow> rows) throws SQLException {
        int fields = table.columns().size();
        try (PreparedStatement st = connection.prepareStatement(table.insertSql())) {
            for (CheckedRow row : rows) {
                st.setLong(1, loadId);
                st.setLong(2, row.line());
                String warnings = warnings(row);
                if (warnings == null) {
                    st.setNull(3, Types.VARCHAR);
                } else {
                    st.setString(3, warnings);
                }
                for (int i = 0; i < fields; i++) {
                    Object v = row.value(i);
                    if (v == null) {
                        st.setNull(4 + i, Types.NULL);
                    } else if (v instanceof LocalDate d) {
                        st.setObject(4 + i, d);
                    } else {
                        st.setObject(4 + i, v);
                    }
                }
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private void copy(Connection connection, List<CheckedRow> rows) throws SQLException {
        int fields = table.columns().size();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(table.copySql());
        try {
            stream.start(copy::writeToCopy);
            for (CheckedRow row : rows) {
                stream.number(loadId);
                stream.comma();
                stream.number(row.line());
                stream.comma();
                stream.value(warnings(row));
                for (int i = 0; i < fields; i++) {
                    stream.comma();
                    stream.value(row.value(i));
                }
                stream.newline();
            }
            stream.flush();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void insertRejects(Connection connection, List<Problem> rejects) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO XQ_REJECT (LOAD_ID, FILE_NAME, LINE, COL, FIELD, CELL, REASON) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Problem p : rejects) {
                st.setLong(1, loadId);
                st.setString(2, cut(p.file(), 255));
                st.setLong(3, p.line());
                st.setInt(4, p.column());
                st.setString(5, p.field());
                st.setString(6, cut(clean(p.value()), 200));
                st.setString(7, cut(clean(p.reason()), 1000));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static @Nullable String warnings(CheckedRow row) {
        if (!row.warned()) {
            return null;
        }
        String joined = row.warnings().stream()
                .map(w -> (w.field() == null ? "" : w.field() + ": ") + w.reason())
                .collect(Collectors.joining("; "));
        return cut(clean(joined), 2000);
    }

    /** A rejected cell may hold the NUL byte that got it rejected: no database stores that. */
    private static @Nullable String clean(@Nullable String s) {
        return s == null ? null : s.replace('\0', '\uFFFD');
    }

    private static @Nullable String cut(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
