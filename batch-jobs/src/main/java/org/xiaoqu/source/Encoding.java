package org.xiaoqu.source;

import java.util.Locale;

/** The text encoding a source declares ({@code encoding:} in xiaoqu.yaml). GBK is read as GB18030. */
public enum Encoding {
    /** Detect: byte-order mark, else strict UTF-8 over a large prefix, else GB18030. */
    AUTO,
    /** UTF-8, with or without a byte-order mark. */
    UTF_8,
    /** GB18030, which contains GBK and GB2312. */
    GB18030;

    /**
     * Parses a configuration value: {@code auto}, {@code utf-8} ({@code utf8}), {@code gb18030} ({@code gbk},
     * {@code gb2312}), case-insensitive.
     *
     * @throws IllegalArgumentException naming the valid values
     */
    public static Encoding of(String value) {
        switch (value.trim().toLowerCase(Locale.ROOT).replace("_", "-")) {
            case "auto":
                return AUTO;
            case "utf-8":
            case "utf8":
                return UTF_8;
            case "gb18030":
            case "gbk":
            case "gb2312":
            case "cp936":
                return GB18030;
            default:
                throw new IllegalArgumentException(
                        "unknown encoding '" + value + "'; use auto, utf-8 or gb18030 (gbk is read as gb18030)");
        }
    }
}
