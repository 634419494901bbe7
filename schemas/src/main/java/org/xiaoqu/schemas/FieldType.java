package org.xiaoqu.schemas;

import java.util.Locale;

/** The Table Schema field types xiaoqu's input schemas use, with the Java type a checked value has. */
public enum FieldType {
    /** Text; Java {@link String}. */
    STRING(String.class),
    /** Whole number; Java {@link Long}. */
    INTEGER(Long.class),
    /** Decimal number; Java {@link java.math.BigDecimal}. */
    NUMBER(java.math.BigDecimal.class),
    /** Calendar date; Java {@link java.time.LocalDate}. */
    DATE(java.time.LocalDate.class),
    /** Yes/no; Java {@link Boolean}. */
    BOOLEAN(Boolean.class);

    private final Class<?> javaType;

    FieldType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /** The Java type of a checked value of this field type. */
    public Class<?> javaType() {
        return javaType;
    }

    static FieldType of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
