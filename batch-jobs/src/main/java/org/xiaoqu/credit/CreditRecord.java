package org.xiaoqu.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.CreditCode;

/**
 * One credit record as a source wrote it, after reading and checking.
 *
 * @param source the source id
 * @param recordId the source's key
 * @param line the line (or Excel row) it came from
 * @param rawCode the credit code as written (empty when none)
 * @param code the code after removing harmless formatting
 * @param codeStatus the verdict on {@code code}, null when there is no code
 * @param name the enterprise name as written (empty when none)
 * @param item the item code
 * @param state the state its status text means, null when it has none
 */
public record CreditRecord(
        String source,
        String recordId,
        long line,
        String rawCode,
        String code,
        CreditCode.@Nullable Status codeStatus,
        String name,
        String item,
        @Nullable String itemName,
        @Nullable String category,
        LocalDate date,
        @Nullable String documentNo,
        @Nullable String issuer,
        @Nullable BigDecimal points,
        @Nullable LocalDate validUntil,
        @Nullable String status,
        @Nullable RecordState state) {

    /** Whether the code is present and valid. */
    public boolean validCode() {
        return codeStatus == CreditCode.Status.VALID;
    }

    /** Whether the code had to be normalised. */
    public boolean normalisedCode() {
        return !rawCode.equals(code);
    }
}
