package org.xiaoqu.cli;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The language of help and messages: {@code --lang}, else the locale's ({@code LC_ALL}, {@code LANG}…). */
public enum Lang {
    ZH(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    static final String BUNDLE = "org.xiaoqu.cli.Messages";

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /** Picks the language before parsing, so that the help itself is in it. */
    static Lang detect(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang") && i + 1 < args.length) {
                return parse(args[i + 1]);
            }
            if (a.startsWith("--lang=")) {
                return parse(a.substring(7));
            }
        }
        for (String var : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.get(var);
            if (v != null && !v.isBlank()) {
                return v.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
            }
        }
        return Locale.getDefault().getLanguage().equals("zh") ? ZH : EN;
    }

    static Lang parse(String value) {
        return value.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
    }

    /** The help and message bundle of this language, without falling back to the JVM's locale. */
    ResourceBundle bundle() {
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** What an exit code means, in this language. */
    String exitMeaning(org.xiaoqu.common.ExitCode code) {
        try {
            return bundle().getString("exit." + code.code());
        } catch (MissingResourceException e) {
            return code.meaning();
        }
    }

    /** A translated message, formatted with {@link String#format}; the key itself when missing. */
    String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString("text." + key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : String.format(locale, pattern, args);
    }
}
