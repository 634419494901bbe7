package org.xiaoqu.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.schemas.OutputSchema;

/** How row values become cell text: one format for machines, one for people. */
final class CellValues {
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter PEOPLE_DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private CellValues() {}

    static void checkWidth(OutputSchema schema, List<?> row) {
        if (row.size() != schema.fields().size()) {
            throw new IllegalArgumentException(
                    "a row of " + schema.name() + " needs " + schema.fields().size() + " values, got " + row.size());
        }
    }

    /**
     * Machine text: numbers plain (no grouping, no exponent), dates and times ISO 8601 (date-times in UTC
     * when they carry a zone), booleans true/false, null empty.
     */
    static String machine(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof LocalDateTime t) {
            return t.truncatedTo(ChronoUnit.SECONDS).format(DATETIME);
        }
        if (value instanceof Instant || value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
            return utc((TemporalAccessor) value).format(DATETIME) + "Z";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString(); // LocalDate, Boolean: ISO / true|false already
    }

    /** People text: as {@link #machine} but booleans 是/否 (yes/no) and date-times with a space. */
    static String people(@Nullable Object value, ReportLang lang) {
        if (value instanceof Boolean b) {
            return b ? lang.pick("是", "yes") : lang.pick("否", "no");
        }
        if (value instanceof LocalDateTime t) {
            return t.truncatedTo(ChronoUnit.SECONDS).format(PEOPLE_DATETIME);
        }
        if (value instanceof Instant || value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
            return utc((TemporalAccessor) value).format(PEOPLE_DATETIME);
        }
        return machine(value);
    }

    static LocalDateTime utc(TemporalAccessor t) {
        Instant i = t instanceof Instant in ? in : Instant.from(t);
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    static String number(Number n) {
        if (n instanceof Long
                || n instanceof Integer
                || n instanceof Short
                || n instanceof Byte
                || n instanceof BigInteger) {
            return n.toString();
        }
        if (n instanceof BigDecimal d) {
            return d.toPlainString();
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        BigDecimal b = BigDecimal.valueOf(d);
        return (b.scale() > 0 ? b.stripTrailingZeros() : b).toPlainString();
    }

    /** The value masked (personal strings) and neutralised (strings), for files people open. */
    static @Nullable Object forPeople(OutputSchema.Field field, @Nullable Object value, Masking masking) {
        if (value instanceof String s) {
            return Neutralise.cell(masking.apply(field.personal(), s));
        }
        if (value != null && field.personal() != null) {
            return Neutralise.cell(masking.apply(field.personal(), machine(value)));
        }
        return value;
    }
}
