package org.xiaoqu.report;

import java.text.NumberFormat;
import org.jspecify.annotations.Nullable;

/** The HTML being built: escaped text, raw markup, numbers in the report's language, unique ids. */
public final class Html {
    private final StringBuilder out = new StringBuilder(1 << 14);
    private final ReportLang lang;
    private final NumberFormat numbers;
    private int ids;

    Html(ReportLang lang) {
        this.lang = lang;
        this.numbers = NumberFormat.getNumberInstance(lang.locale());
        numbers.setMaximumFractionDigits(2);
    }

    /** The report's language. */
    public ReportLang lang() {
        return lang;
    }

    /** Appends text, HTML-escaped (also safe inside attribute values and SVG). */
    public Html text(@Nullable String text) {
        if (text != null) {
            escape(out, text);
        }
        return this;
    }

    /** Appends markup as it is: only for constants and for what this package built. */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** A number with grouping and at most two decimals in the report's language ({@code 12,345.67}). */
    public String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return numbers.format(value);
    }

    /** A fresh element id. */
    public String id(String prefix) {
        return prefix + (++ids);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** HTML-escapes {@code & < > " '}. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        escape(sb, text);
        return sb.toString();
    }

    private static void escape(StringBuilder sb, String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        sb.append(' '); // control characters are not allowed in HTML text
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }
}
