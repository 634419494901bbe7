package org.xiaoqu.credit;

/** The state of a credit record: whether it counts in a score depends on the scheme's {@code states:}. */
public enum RecordState {
    ACTIVE,
    OBJECTION,
    REVOKED,
    REPAIRED,
    EXPIRED;

    /** Lower-case name as written in files and schemes. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
