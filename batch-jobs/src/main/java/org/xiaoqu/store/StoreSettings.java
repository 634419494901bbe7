package org.xiaoqu.store;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the store is and how to log in. The password never appears in {@link #toString()}, logs or
 * messages: {@link #displayUrl()} masks one given inside the URL too.
 *
 * @param url JDBC URL ({@code jdbc:h2:file:…} or {@code jdbc:postgresql://…})
 * @param user user name, or null for the URL's or the driver's default
 * @param password password, or null
 * @param schema PostgreSQL schema holding every xiaoqu table (ignored on H2)
 */
public record StoreSettings(String url, @Nullable String user, @Nullable String password, String schema) {
    /** The default PostgreSQL schema. */
    public static final String DEFAULT_SCHEMA = "xiaoqu";

    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)([^&;]*)");
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public StoreSettings {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw org.xiaoqu.common.XiaoquException.usage(
                    "store schema '" + schema + "' is not a plain lower-case SQL name (letters, digits, _)");
        }
        Dialect.of(url);
    }

    /** The embedded default: an H2 file database in {@code dataDir}. */
    public static StoreSettings embedded(Path dataDir) {
        String file = dataDir.toAbsolutePath().normalize().resolve("xiaoqu").toString();
        return new StoreSettings("jdbc:h2:file:" + file, "sa", "", DEFAULT_SCHEMA);
    }

    public Dialect dialect() {
        return Dialect.of(url);
    }

    /** The URL as it may be shown to a person or written to a log. */
    public String displayUrl() {
        return maskUrl(url);
    }

    /** For an embedded H2 file store: the database file's folder, else null. */
    public @Nullable Path embeddedDirectory() {
        if (dialect() != Dialect.H2 || !url.regionMatches(true, 0, "jdbc:h2:file:", 0, 13)) {
            return null;
        }
        String path = url.substring(13);
        int semicolon = path.indexOf(';');
        return Path.of(semicolon < 0 ? path : path.substring(0, semicolon))
                .toAbsolutePath()
                .getParent();
    }

    static String maskUrl(String url) {
        Matcher m = PASSWORD_IN_URL.matcher(url);
        return m.replaceAll("$1***");
    }

    @Override
    public String toString() {
        return "StoreSettings[url=" + displayUrl() + ", user=" + user + ", password="
                + (password == null || password.isEmpty() ? "(none)" : "***") + ", schema=" + schema + "]";
    }
}
