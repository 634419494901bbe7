package org.xiaoqu.report;

import org.jspecify.annotations.Nullable;

/**
 * Formula-injection defence for files people open in a spreadsheet: a text cell starting with {@code = + - @},
 * a tab or a carriage return is prefixed with a single quote, so it is shown, never evaluated (OWASP CSV
 * injection).
 */
public final class Neutralise {
    private Neutralise() {}

    /** The text, quote-prefixed when its first character could start a formula; null stays null. */
    public static @Nullable String cell(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
