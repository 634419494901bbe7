package org.xiaoqu.store;

import java.util.Locale;
import org.xiaoqu.common.XiaoquException;

/** The two kinds of store xiaoqu runs on. */
public enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /**
     * The Flyway locations of this dialect's migrations: its own folder, and {@code common} for the
     * migrations whose SQL both databases accept as written.
     */
    public String[] migrationLocations() {
        return new String[] {"classpath:db/migration/" + migrationFolder, "classpath:db/migration/common"};
    }

    /** The dialect of a JDBC URL; anything but H2 and PostgreSQL is a configuration error. */
    public static Dialect of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw XiaoquException.usage("unsupported store URL '" + StoreSettings.maskUrl(jdbcUrl)
                + "': use jdbc:postgresql://HOST:PORT/DATABASE, or leave --db out for the embedded store");
    }
}
