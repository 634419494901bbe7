package org.xiaoqu.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.config.Setting;
import org.xiaoqu.config.Settings;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;

/**
 * What every command is handed (through {@link XiaoquCli}'s factory): the process environment, the
 * global options as parsed, the language and the stop signal. Settings are resolved on first use,
 * so that commands that need no configuration never read it.
 */
public final class CliContext {
    private final CliEnvironment environment;
    private final GlobalOptions global;
    private final Lang lang;
    private final StopSignal stopSignal = new StopSignal();
    private @Nullable Settings settings;

    CliContext(CliEnvironment environment, GlobalOptions global, Lang lang) {
        this.environment = environment;
        this.global = global;
        this.lang = lang;
    }

    public Console console() {
        return new Console(environment.out(), environment.err(), global.json(), global.verbosity(), lang);
    }

    /**
     * Uses {@code config} as if given with {@code -c} (for commands that make their own, such as
     * {@code demo}); must come before the first {@link #settings()}.
     */
    public void useConfig(Path config) {
        if (settings != null) {
            throw new IllegalStateException("settings already resolved");
        }
        global.config = config;
    }

    /** The effective settings (flags &gt; environment &gt; file &gt; defaults), shown with {@code -v}. */
    public Settings settings() {
        if (settings == null) {
            Settings s = Settings.resolve(
                    new Settings.Flags(global.config, global.db), environment.env(), environment.workingDir());
            Console console = console();
            for (Setting setting : s.provenance()) {
                console.detail("setting " + setting.name() + " = " + setting.value() + " (" + setting.origin() + ")");
            }
            settings = s;
        }
        return settings;
    }

    /** Opens (and migrates) the store, printing where it is: every job starts with that line. */
    public Store openStore() {
        Store store = Store.open(settings().store());
        console().note(lang.text("store", store.describe()));
        return store;
    }

    /** Opens the store for reading only: nothing is created or migrated. */
    public Store openStoreReadOnly() {
        return Store.openReadOnly(settings().store());
    }

    /** The progress display: a line on stderr when it is a terminal, else nothing. */
    public Progress progress() {
        return TerminalProgress.forConsole(environment, global);
    }

    public GlobalOptions global() {
        return global;
    }

    public Lang lang() {
        return lang;
    }

    public StopSignal stopSignal() {
        return stopSignal;
    }

    public Path workingDir() {
        return environment.workingDir();
    }

    public CliEnvironment environment() {
        return environment;
    }
}
