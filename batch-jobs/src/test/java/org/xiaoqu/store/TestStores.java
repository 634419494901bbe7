package org.xiaoqu.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Real stores for tests: an embedded H2 file database in a temporary folder, and PostgreSQL — the
 * server named by {@code XIAOQU_TEST_PG_URL} (CI sets it to the local server), else an embedded
 * PostgreSQL 15 started once per JVM. Each PostgreSQL store gets a schema of its own, so tests never
 * see each other's data.
 */
public final class TestStores {
    /** The two kinds of store every store test runs against. */
    public enum Kind {
        H2,
        POSTGRESQL
    }

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final java.util.List<String> CREATED = new java.util.ArrayList<>();
    private static @Nullable EmbeddedPostgres embedded;

    private TestStores() {}

    /** Settings for a fresh, empty store of {@code kind}; H2 lives in {@code dir}. */
    public static StoreSettings fresh(Kind kind, Path dir) {
        return switch (kind) {
            case H2 -> StoreSettings.embedded(dir.resolve("xiaoqu-data"));
            case POSTGRESQL -> new StoreSettings(postgresUrl(), postgresUser(), null, uniqueSchema());
        };
    }

    /** The PostgreSQL JDBC URL tests use (without credentials). */
    public static synchronized String postgresUrl() {
        String url = System.getenv("XIAOQU_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return url;
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL for tests", e);
            }
        }
        return embedded.getJdbcUrl("postgres", "postgres");
    }

    static @Nullable String postgresUser() {
        String url = postgresUrl();
        return url.contains("user=") ? null : "postgres";
    }

    private static String uniqueSchema() {
        String schema = ("t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet() + "_"
                        + Long.toString(System.nanoTime() % 100000, 36))
                .toLowerCase(Locale.ROOT);
        synchronized (CREATED) {
            if (CREATED.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(TestStores::dropSchemas, "drop-test-schemas"));
            }
            CREATED.add(schema);
        }
        return schema;
    }

    /** Tests share the CI server's database: leave nothing behind. */
    private static void dropSchemas() {
        String user = postgresUser();
        try (var c = java.sql.DriverManager.getConnection(postgresUrl(), user, null);
                var st = c.createStatement()) {
            for (String schema : CREATED) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (java.sql.SQLException ignored) {
            // the server may be gone already (embedded); nothing to clean then
        }
    }
}
