package org.xiaoqu.config;

/** One resolved setting and where it came from (flag, environment, file, default), shown with {@code -v}. */
public record Setting(String name, String value, String origin) {
    public static final String FLAG = "flag";
    public static final String ENVIRONMENT = "environment";
    public static final String FILE = "file";
    public static final String DEFAULT = "default";
}
