package org.xiaoqu.report;

import org.jspecify.annotations.Nullable;
import org.xiaoqu.schemas.OutputSchema;

/**
 * Masks personal data in what people read: names keep their first character ({@code 张三丰 → 张**}), phone
 * numbers their first 3 and last 4 digits ({@code 17012345678 → 170****5678}, landlines {@code 0731-88123456 →
 * 073*****3456}), identity numbers their first 6 and last 4 characters. {@link #off()} (the {@code
 * --show-personal-data} switch) returns every value unchanged. Null and blank values stay as they are.
 */
public final class Masking {
    private static final Masking ON = new Masking(true);
    private static final Masking OFF = new Masking(false);

    private final boolean on;

    private Masking(boolean on) {
        this.on = on;
    }

    /** Masks personal data. */
    public static Masking on() {
        return ON;
    }

    /** Shows personal data as it is. */
    public static Masking off() {
        return OFF;
    }

    /** {@link #off()} when personal data is to be shown, else {@link #on()}. */
    public static Masking of(boolean showPersonalData) {
        return showPersonalData ? OFF : ON;
    }

    /** Whether values are masked. */
    public boolean isOn() {
        return on;
    }

    /** The value masked as its kind says; a null kind leaves it as it is. */
    public @Nullable String apply(OutputSchema.@Nullable Personal kind, @Nullable String value) {
        if (kind == null) {
            return value;
        }
        return switch (kind) {
            case NAME -> name(value);
            case PHONE -> phone(value);
            case ID -> id(value);
        };
    }

    /** A name with every character after the first replaced by {@code *}. */
    public @Nullable String name(@Nullable String name) {
        if (!on || name == null || name.isBlank()) {
            return name;
        }
        String s = name.strip();
        int first = s.offsetByCodePoints(0, 1);
        int rest = s.codePointCount(first, s.length());
        return s.substring(0, first) + "*".repeat(Math.max(rest, 1));
    }

    /**
     * A phone number with the digits between the first 3 and the last 4 replaced by {@code *}; separators
     * are dropped. Seven digits or fewer keep only the last 2.
     */
    public @Nullable String phone(@Nullable String phone) {
        if (!on || phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() <= 7) {
            return keep(digits.isEmpty() ? phone.strip() : digits, 0, 2);
        }
        return keep(digits, 3, 4);
    }

    /** An identity number as first 6, {@code ********}, last 4; shorter values keep only their last 2. */
    public @Nullable String id(@Nullable String id) {
        if (!on || id == null || id.isBlank()) {
            return id;
        }
        String s = id.strip();
        if (s.length() < 12) {
            return keep(s, 0, 2);
        }
        return s.substring(0, 6) + "********" + s.substring(s.length() - 4);
    }

    private static String keep(String s, int head, int tail) {
        if (s.length() <= head + tail) {
            return "*".repeat(s.length());
        }
        return s.substring(0, head) + "*".repeat(s.length() - head - tail) + s.substring(s.length() - tail);
    }

    @Override
    public String toString() {
        return on ? "Masking.on" : "Masking.off";
    }
}
