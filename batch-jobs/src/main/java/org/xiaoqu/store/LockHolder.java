package org.xiaoqu.store;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Who holds a store's write lock: named in the message a second run exits 5 with. */
public record LockHolder(String host, long pid, String jobName, OffsetDateTime startedAt) {
    /** The holder this process would be for {@code jobName}. */
    public static LockHolder current(String jobName) {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown-host";
        }
        return new LockHolder(
                host,
                ProcessHandle.current().pid(),
                jobName,
                OffsetDateTime.now().withNano(0));
    }

    public String describe() {
        return "job " + jobName + " on host " + host + ", pid " + pid + ", since "
                + startedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
