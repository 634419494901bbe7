package org.xiaoqu.imports;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.store.Dialect;

/**
 * The loads registry ({@code XQ_LOAD}, {@code XQ_ACTIVE_LOAD}): what was loaded, from which file, with
 * what outcome, and which load is published for each source and business date.
 */
public final class LoadRegistry {
    /** A load's states. */
    public enum Status {
        STAGING,
        PUBLISHED,
        REJECTED,
        SUPERSEDED,
        PRUNED
    }

    /** One row of {@code XQ_LOAD}. */
    public record Load(
            long id,
            String source,
            java.time.LocalDate businessDate,
            String checksum,
            String filePath,
            Status status,
            long rowsRead,
            long valid,
            long rejected,
            long warned,
            @Nullable LocalDateTime createdAt,
            @Nullable Long replaced) {}

    private static final String SELECT = "SELECT LOAD_ID, SOURCE_ID, BUSINESS_DATE, FILE_CHECKSUM, FILE_PATH, STATUS,"
            + " ROWS_READ, ROWS_VALID, ROWS_REJECTED, ROWS_WARNED, CREATED_AT, REPLACED_LOAD_ID FROM XQ_LOAD";

    private final JdbcTemplate jdbc;
    private final Dialect dialect;

    public LoadRegistry(DataSource dataSource, Dialect dialect) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.dialect = dialect;
    }

    long register(SourceFiles source, long jobExecutionId) {
        Long id = jdbc.queryForObject(nextId(), Long.class);
        jdbc.update(
                "INSERT INTO XQ_LOAD (LOAD_ID, SOURCE_ID, KIND, DEPARTMENT, BUSINESS_DATE, FILE_PATH, FILE_CHECKSUM,"
                        + " FILE_SIZE, STATUS, JOB_EXECUTION_ID, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                source.id(),
                source.kind().id(),
                source.department(),
                Date.valueOf(source.businessDate()),
                String.join("; ", source.files().stream().map(Object::toString).toList()),
                source.checksum(),
                source.size(),
                Status.STAGING.name(),
                jobExecutionId,
                Timestamp.valueOf(LocalDateTime.now()));
        return id;
    }

    private String nextId() {
        return dialect == Dialect.POSTGRESQL ? "SELECT nextval('xq_load_seq')" : "SELECT NEXT VALUE FOR XQ_LOAD_SEQ";
    }

    /** The newest load of this exact input (source, business date, checksum), if any. */
    public Optional<Load> latest(String source, java.time.LocalDate date, String checksum) {
        List<Load> loads = jdbc.query(
                SELECT + " WHERE SOURCE_ID = ? AND BUSINESS_DATE = ? AND FILE_CHECKSUM = ? ORDER BY LOAD_ID DESC",
                (rs, i) -> load(rs),
                source,
                Date.valueOf(date),
                checksum);
        return loads.stream().findFirst();
    }

    /** The published load of a source and business date, if any. */
    public Optional<Load> active(String source, java.time.LocalDate date) {
        return jdbc
                .query(
                        SELECT
                                + " WHERE LOAD_ID = (SELECT LOAD_ID FROM XQ_ACTIVE_LOAD WHERE SOURCE_ID = ? AND BUSINESS_DATE = ?)",
                        (rs, i) -> load(rs),
                        source,
                        Date.valueOf(date))
                .stream()
                .findFirst();
    }

    public Load get(long loadId) {
        return jdbc.queryForObject(SELECT + " WHERE LOAD_ID = ?", (rs, i) -> load(rs), loadId);
    }

    /** Every load, newest first. */
    public List<Load> all() {
        return jdbc.query(SELECT + " ORDER BY LOAD_ID DESC", (rs, i) -> load(rs));
    }

    void counts(long loadId, long read, long valid, long rejected, long warned) {
        jdbc.update(
                "UPDATE XQ_LOAD SET ROWS_READ = ?, ROWS_VALID = ?, ROWS_REJECTED = ?, ROWS_WARNED = ? WHERE LOAD_ID = ?",
                read,
                valid,
                rejected,
                warned,
                loadId);
    }

    void reject(long loadId, String message) {
        jdbc.update(
                "UPDATE XQ_LOAD SET STATUS = ?, MESSAGE = ? WHERE LOAD_ID = ?",
                Status.REJECTED.name(),
                message,
                loadId);
    }

    /**
     * Makes {@code loadId} the published load of its source and date; the one it replaces becomes
     * SUPERSEDED. Call inside one transaction.
     *
     * @return the load replaced, if any
     */
    Optional<Load> publish(long loadId) {
        Load load = get(loadId);
        Optional<Load> previous = active(load.source(), load.businessDate());
        if (previous.isPresent()) {
            jdbc.update(
                    "UPDATE XQ_ACTIVE_LOAD SET LOAD_ID = ? WHERE SOURCE_ID = ? AND BUSINESS_DATE = ?",
                    loadId,
                    load.source(),
                    Date.valueOf(load.businessDate()));
            if (previous.get().id() != loadId) {
                jdbc.update(
                        "UPDATE XQ_LOAD SET STATUS = ? WHERE LOAD_ID = ?",
                        Status.SUPERSEDED.name(),
                        previous.get().id());
            }
        } else {
            jdbc.update(
                    "INSERT INTO XQ_ACTIVE_LOAD (SOURCE_ID, BUSINESS_DATE, LOAD_ID) VALUES (?, ?, ?)",
                    load.source(),
                    Date.valueOf(load.businessDate()),
                    loadId);
        }
        Long replaced = previous.filter(p -> p.id() != loadId).map(Load::id).orElse(null);
        jdbc.update(
                "UPDATE XQ_LOAD SET STATUS = ?, PUBLISHED_AT = ?, REPLACED_LOAD_ID = ? WHERE LOAD_ID = ?",
                Status.PUBLISHED.name(),
                Timestamp.valueOf(LocalDateTime.now()),
                replaced,
                loadId);
        return previous.filter(p -> p.id() != loadId);
    }

    private static Load load(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp created = rs.getTimestamp(11);
        long replaced = rs.getLong(12);
        return new Load(
                rs.getLong(1),
                rs.getString(2),
                rs.getDate(3).toLocalDate(),
                rs.getString(4),
                rs.getString(5),
                Status.valueOf(rs.getString(6)),
                rs.getLong(7),
                rs.getLong(8),
                rs.getLong(9),
                rs.getLong(10),
                created == null ? null : created.toLocalDateTime(),
                rs.wasNull() ? null : replaced);
    }
}
