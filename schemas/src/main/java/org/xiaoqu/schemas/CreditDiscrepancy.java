package org.xiaoqu.schemas;

/**
 * The closed set of discrepancy classes of credit reconciliation (DESIGN 1.2). One enum, used alike by the
 * {@code credit-reconcile} job, the sample-city generator (which plants them) and the evaluator (which scores the
 * job against the generator's truth). The key of one discrepancy is (class, source, record id, field): a field only
 * for {@link #FIELD_MISMATCH}.
 */
public enum CreditDiscrepancy {
    /** A source that covers the item has the event; the ledger has not. Keyed by the source's record. */
    MISSING_IN_LEDGER,
    /** The ledger has the event; a source that covers its item has not. Keyed by the ledger's record. */
    UNSUPPORTED_IN_LEDGER,
    /** One event, one field (event date, points, validity, category) with different values. Keyed by the source's record and field. */
    FIELD_MISMATCH,
    /** The same event twice in one source. Keyed by the later record. */
    DUPLICATE_IN_SOURCE,
    /** A credit code whose structure, check character or embedded organisation code is wrong: kept and flagged. */
    INVALID_CODE,
    /** A credit code written with spaces, lower case or full-width characters, normalised. */
    NORMALISED_CODE,
    /** One credit code carried by two names: keyed by the record whose name differs from the enterprise's. */
    NAME_MISMATCH,
    /** One name carried by two codes: keyed by the record whose code differs from the enterprise's. */
    CODE_MISMATCH,
    /** Revoked, repaired, expired or under objection in one source, active in the ledger (or the reverse). */
    STATUS_MISMATCH,
    /** A record still written as active after its validity ended (as of the run's date). */
    EXPIRED_BUT_ACTIVE;

    /** Chinese label for reports. */
    public String chinese() {
        return switch (this) {
            case MISSING_IN_LEDGER -> "台账缺失";
            case UNSUPPORTED_IN_LEDGER -> "台账无来源支撑";
            case FIELD_MISMATCH -> "字段不一致";
            case DUPLICATE_IN_SOURCE -> "来源内重复";
            case INVALID_CODE -> "信用代码无效";
            case NORMALISED_CODE -> "信用代码已规范化";
            case NAME_MISMATCH -> "同码异名";
            case CODE_MISMATCH -> "同名异码";
            case STATUS_MISMATCH -> "状态不一致";
            case EXPIRED_BUT_ACTIVE -> "已过期仍有效";
        };
    }
}
