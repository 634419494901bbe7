package org.xiaoqu.report;

import java.util.Locale;

/**
 * The language of headers and report text: Chinese for the people of the district, English for the rest.
 * The command line's {@code Lang} maps onto it by name ({@code ReportLang.valueOf(lang.name())}).
 */
public enum ReportLang {
    ZH(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    ReportLang(Locale locale) {
        this.locale = locale;
    }

    /** The locale numbers are formatted in. */
    public Locale locale() {
        return locale;
    }

    /** Whether headers and labels are Chinese. */
    public boolean chinese() {
        return this == ZH;
    }

    /** Picks the Chinese or English text. */
    public String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }

    /** {@code zh…} is Chinese, anything else English. */
    public static ReportLang of(String tag) {
        return tag.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
    }
}
