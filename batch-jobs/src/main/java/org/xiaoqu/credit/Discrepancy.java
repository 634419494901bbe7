package org.xiaoqu.credit;

import org.xiaoqu.schemas.CreditDiscrepancy;

/**
 * One discrepancy found by reconciliation: a row of discrepancies.csv.
 *
 * @param kind the class
 * @param source the source of the record that shows it (the ledger for UNSUPPORTED_IN_LEDGER)
 * @param recordId that record's key
 * @param line its line
 * @param field the field, for FIELD_MISMATCH (else empty)
 * @param creditCode the enterprise it was matched to (empty when unresolved)
 * @param enterpriseName the enterprise's name
 * @param item the item code
 * @param value this source's value
 * @param otherValue the ledger's (or the enterprise's, or the first record's) value
 * @param otherSource where {@code otherValue} comes from
 * @param otherRecordId that record's key
 * @param detail one sentence: how it was matched, which sources lack it
 */
public record Discrepancy(
        CreditDiscrepancy kind,
        String source,
        String recordId,
        long line,
        String field,
        String creditCode,
        String enterpriseName,
        String item,
        String value,
        String otherValue,
        String otherSource,
        String otherRecordId,
        String detail) {

    /** The key evaluation compares on: (class, source, record id, field), compared as a tuple. */
    public record Key(CreditDiscrepancy kind, String source, String recordId, String field) {}

    public Key key() {
        return new Key(kind, source, recordId, field);
    }
}
