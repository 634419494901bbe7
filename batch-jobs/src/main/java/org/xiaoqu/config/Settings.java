package org.xiaoqu.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.store.StoreSettings;

/**
 * The effective settings of one invocation, resolved with the precedence flags &gt; environment
 * ({@code XIAOQU_CONFIG}, {@code XIAOQU_DB_URL}, {@code XIAOQU_DB_USER}, {@code XIAOQU_DB_PASSWORD},
 * {@code XIAOQU_DB_SCHEMA}) &gt; configuration file &gt; defaults.
 *
 * @param provenance every resolved setting with its origin, the password masked
 */
public record Settings(XiaoquConfig config, StoreSettings store, List<Setting> provenance) {
    public static final String CONFIG_FILE_NAME = "xiaoqu.yaml";

    /** What the command line gave; null where a flag was not used. */
    public record Flags(@Nullable Path config, @Nullable String dbUrl) {}

    /** Resolves the configuration file and the store for an invocation in {@code workingDir}. */
    public static Settings resolve(Flags flags, Map<String, String> env, Path workingDir) {
        List<Setting> provenance = new ArrayList<>();
        XiaoquConfig config;
        if (flags.config() != null) {
            config = ConfigLoader.load(workingDir.resolve(flags.config()));
            provenance.add(new Setting("config", String.valueOf(config.file()), Setting.FLAG));
        } else if (nonBlank(env.get("XIAOQU_CONFIG"))) {
            config = ConfigLoader.load(workingDir.resolve(env.get("XIAOQU_CONFIG")));
            provenance.add(new Setting("config", String.valueOf(config.file()), Setting.ENVIRONMENT));
        } else if (Files.isRegularFile(workingDir.resolve(CONFIG_FILE_NAME))) {
            config = ConfigLoader.load(workingDir.resolve(CONFIG_FILE_NAME));
            provenance.add(new Setting("config", String.valueOf(config.file()), Setting.DEFAULT));
        } else {
            config = XiaoquConfig.none(workingDir);
            provenance.add(new Setting("config", "(none)", Setting.DEFAULT));
        }

        String url = pick(
                "store.url",
                flags.dbUrl(),
                env.get("XIAOQU_DB_URL"),
                config.store().url(),
                provenance);
        String user = pick(
                "store.user", null, env.get("XIAOQU_DB_USER"), config.store().user(), provenance);
        String schema = pick(
                "store.schema",
                null,
                env.get("XIAOQU_DB_SCHEMA"),
                config.store().schema(),
                provenance);
        String password = env.get("XIAOQU_DB_PASSWORD");
        if (nonBlank(password)) {
            provenance.add(new Setting("store.password", "***", Setting.ENVIRONMENT));
        }
        StoreSettings store;
        if (url == null) {
            Path dataDir = config.baseDir().resolve("xiaoqu-data");
            store = StoreSettings.embedded(dataDir);
            provenance.add(new Setting("store.url", store.displayUrl(), Setting.DEFAULT));
        } else {
            if (url.startsWith("jdbc:h2:mem:")
                    || url.startsWith("jdbc:h2:file:")
                    || url.startsWith("jdbc:postgresql:")) {
                store = new StoreSettings(
                        url,
                        user,
                        nonBlank(password) ? password : null,
                        schema == null ? StoreSettings.DEFAULT_SCHEMA : schema);
            } else {
                throw XiaoquException.usage("unsupported store URL '" + maskedUrl(url)
                        + "': use jdbc:postgresql://HOST:PORT/DATABASE (or leave --db out for the embedded store)");
            }
        }
        return new Settings(config, store, List.copyOf(provenance));
    }

    private static @Nullable String pick(
            String name, @Nullable String flag, @Nullable String env, @Nullable String file, List<Setting> provenance) {
        if (nonBlank(flag)) {
            provenance.add(new Setting(name, display(name, flag), Setting.FLAG));
            return flag.trim();
        }
        if (nonBlank(env)) {
            provenance.add(new Setting(name, display(name, env), Setting.ENVIRONMENT));
            return env.trim();
        }
        if (nonBlank(file)) {
            provenance.add(new Setting(name, display(name, file), Setting.FILE));
            return file.trim();
        }
        return null;
    }

    private static String display(String name, String value) {
        return name.equals("store.url") ? maskedUrl(value) : value;
    }

    private static String maskedUrl(String url) {
        return url.replaceAll("(?i)(password=)([^&;]*)", "$1***");
    }

    private static boolean nonBlank(@Nullable String s) {
        return s != null && !s.isBlank();
    }
}
