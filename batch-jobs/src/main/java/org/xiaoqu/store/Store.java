package org.xiaoqu.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;

/**
 * An open store: a HikariCP pool on H2 or PostgreSQL whose schema (Spring Batch's tables and ours) has
 * been migrated by Flyway. Close it when done.
 */
public final class Store implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Store.class);

    private final StoreSettings settings;
    private final HikariDataSource dataSource;

    private Store(StoreSettings settings, HikariDataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
    }

    private static final String H2_OBJECT_CACHE = "h2.objectCache";

    /** Opens the pool and migrates the schema; a store that cannot be reached is exit 1 with the reason. */
    public static Store open(StoreSettings settings) {
        Store store = connect(settings);
        try {
            store.migrate();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Opens the pool without migrating: for read-only commands, which must not write to a store that a
     * running job is using. A store that was never migrated reads as empty.
     */
    public static Store openReadOnly(StoreSettings settings) {
        if (!exists(settings)) {
            throw new XiaoquException(
                    ExitCode.USAGE,
                    "there is no store in " + settings.embeddedDirectory()
                            + " yet (it is created by the first job; use -c or --db to point at another one)");
        }
        return connect(settings);
    }

    /** False for an embedded store that was never created (read-only commands then create nothing). */
    public static boolean exists(StoreSettings settings) {
        Path dir = settings.embeddedDirectory();
        return dir == null || Files.exists(dir.resolve("xiaoqu.mv.db"));
    }

    private static Store connect(StoreSettings settings) {
        if (settings.dialect() == Dialect.H2 && System.getProperty(H2_OBJECT_CACHE) == null) {
            // H2 keeps a shared cache of recent values and hashes every value it reads or writes to look it up;
            // the store's bulk writes (import, a run's output tables) are mostly distinct values: inserting a credit
            // ledger took 30% less time without it. Read once, when H2 starts; a user's -D setting wins.
            System.setProperty(H2_OBJECT_CACHE, "false");
        }
        Path dir = settings.embeddedDirectory();
        if (dir != null) {
            try {
                Files.createDirectories(dir);
            } catch (java.io.IOException e) {
                throw new XiaoquException(
                        ExitCode.FAILED, "cannot create the embedded store folder " + dir + ": " + e.getMessage(), e);
            }
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("xiaoqu-store");
        config.setJdbcUrl(jdbcUrl(settings));
        if (settings.user() != null) {
            config.setUsername(settings.user());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(6);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(15_000);
        if (settings.dialect() == Dialect.POSTGRESQL) {
            config.setSchema(settings.schema());
            config.addDataSourceProperty("ApplicationName", "xiaoqu");
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        try {
            return new Store(settings, new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw new XiaoquException(
                    ExitCode.FAILED,
                    "cannot open the store at " + settings.displayUrl() + ": " + rootMessage(e)
                            + " (check --db, XIAOQU_DB_URL/USER/PASSWORD and that the database is running)",
                    e);
        }
    }

    /**
     * H2 page cache of an H2 file store, in KB, unless its URL sets one. H2's default, 16 MB, kept the pages of the
     * rows a job had just written beyond the young generation's collections: at 5,000,000 credit records the run
     * took 8% less time and 10% less CPU with 2 MB (alternating runs, 2026-12-07), and neither a grid merge nor an
     * import of the 20,000-building sample city was slower.
     */
    static final int H2_CACHE_KB = 2048;

    /**
     * H2 file stores are opened in auto-server mode so that read-only commands work while a job runs, with a page
     * cache of {@value #H2_CACHE_KB} KB; a URL's own settings win.
     */
    static String jdbcUrl(StoreSettings settings) {
        String url = settings.url();
        if (settings.embeddedDirectory() != null) {
            if (!setsH2(url, "AUTO_SERVER")) {
                url += ";AUTO_SERVER=TRUE";
            }
            if (!setsH2(url, "CACHE_SIZE")) {
                url += ";CACHE_SIZE=" + H2_CACHE_KB;
            }
        }
        return url;
    }

    /** Whether an H2 URL sets {@code setting} ({@code ;NAME=value}, any case; not a longer name ending in it). */
    private static boolean setsH2(String url, String setting) {
        return url.toUpperCase(java.util.Locale.ROOT).contains(";" + setting + "=");
    }

    private void migrate() {
        var flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(settings.dialect().migrationLocations())
                .table("xq_schema_history")
                .loggers("slf4j");
        if (settings.dialect() == Dialect.POSTGRESQL) {
            flyway.schemas(settings.schema()).createSchemas(true);
        }
        try {
            var result = flyway.load().migrate();
            if (result.migrationsExecuted > 0) {
                log.info(
                        "store {} migrated to version {} ({} migrations)",
                        settings.displayUrl(),
                        result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
        } catch (FlywayException e) {
            throw new XiaoquException(
                    ExitCode.FAILED, "cannot migrate the store at " + settings.displayUrl() + ": " + rootMessage(e), e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public StoreSettings settings() {
        return settings;
    }

    public Dialect dialect() {
        return settings.dialect();
    }

    /** One line for the start of every job: where the data goes. */
    public String describe() {
        Path dir = settings.embeddedDirectory();
        if (dir != null) {
            return "embedded H2 store in " + dir;
        }
        return settings.dialect() == Dialect.POSTGRESQL
                ? "PostgreSQL store " + settings.displayUrl() + " (schema " + settings.schema() + ")"
                : "H2 store " + settings.displayUrl();
    }

    /** True when the store's tables exist (a read-only command on a fresh store finds none). */
    public boolean isInitialised() {
        try (var c = dataSource.getConnection();
                var rs = c.getMetaData()
                        .getTables(
                                null, dialect() == Dialect.POSTGRESQL ? settings.schema() : null, null, new String[] {
                                    "TABLE"
                                })) {
            while (rs.next()) {
                if ("batch_job_execution".equalsIgnoreCase(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            throw new XiaoquException(ExitCode.FAILED, "cannot read the store: " + e.getMessage(), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        @Nullable String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
