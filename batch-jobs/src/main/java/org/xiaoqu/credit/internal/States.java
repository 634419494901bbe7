package org.xiaoqu.credit.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.credit.RecordState;

/** The words sources write for a record's state. */
public final class States {
    private static final Map<String, RecordState> WORDS = Map.ofEntries(
            Map.entry("有效", RecordState.ACTIVE),
            Map.entry("正常", RecordState.ACTIVE),
            Map.entry("生效", RecordState.ACTIVE),
            Map.entry("公示中", RecordState.ACTIVE),
            Map.entry("在列", RecordState.ACTIVE),
            Map.entry("active", RecordState.ACTIVE),
            Map.entry("异议中", RecordState.OBJECTION),
            Map.entry("异议处理中", RecordState.OBJECTION),
            Map.entry("申诉中", RecordState.OBJECTION),
            Map.entry("objection", RecordState.OBJECTION),
            Map.entry("已撤销", RecordState.REVOKED),
            Map.entry("撤销", RecordState.REVOKED),
            Map.entry("已撤回", RecordState.REVOKED),
            Map.entry("revoked", RecordState.REVOKED),
            Map.entry("已修复", RecordState.REPAIRED),
            Map.entry("修复", RecordState.REPAIRED),
            Map.entry("信用修复", RecordState.REPAIRED),
            Map.entry("已移出", RecordState.REPAIRED),
            Map.entry("repaired", RecordState.REPAIRED),
            Map.entry("已过期", RecordState.EXPIRED),
            Map.entry("过期", RecordState.EXPIRED),
            Map.entry("已到期", RecordState.EXPIRED),
            Map.entry("到期", RecordState.EXPIRED),
            Map.entry("失效", RecordState.EXPIRED),
            Map.entry("已失效", RecordState.EXPIRED),
            Map.entry("expired", RecordState.EXPIRED));

    private States() {}

    /** The state a status text means, or null when empty or unknown. */
    public static @Nullable RecordState of(@Nullable String status) {
        return status == null ? null : WORDS.get(status.trim());
    }
}
