package org.xiaoqu.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One event of the reconciled ledger with its provenance.
 *
 * @param eventKey the ledger's record id, or {@code source:record} for an event the ledger lacks
 * @param creditCode the enterprise's code
 * @param enterpriseName the enterprise's name
 * @param validUntil last day it counts, null when no source says (the scheme's validity applies)
 * @param state the state as of the run's date
 * @param inLedger whether the ledger has it
 * @param supportedBy every record reporting it, {@code source:record} joined by {@code |}
 * @param provenance per field, the source that won and why ({@code field=source (reason)} joined by {@code ; })
 */
public record LedgerEntry(
        String eventKey,
        String creditCode,
        String enterpriseName,
        String item,
        String itemName,
        String category,
        LocalDate eventDate,
        String documentNo,
        @Nullable BigDecimal points,
        @Nullable LocalDate validUntil,
        RecordState state,
        boolean inLedger,
        String supportedBy,
        String provenance) {}
