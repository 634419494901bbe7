package org.xiaoqu.credit;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The machine CSV files of a run (UTF-8, no BOM, header = the Table Schema's field names in
 * {@code schemas/output/credit/}).
 */
final class CreditOutputs {
    static final String DISCREPANCIES = "discrepancies.csv";
    static final String LEDGER = "ledger.csv";
    static final String SCORES = "scores.csv";

    static final List<String> DISCREPANCY_FIELDS = List.of(
            "discrepancy",
            "source",
            "record_id",
            "line",
            "field",
            "credit_code",
            "enterprise_name",
            "item_code",
            "source_value",
            "other_value",
            "other_source",
            "other_record_id",
            "detail");
    static final List<String> LEDGER_FIELDS = List.of(
            "event_key",
            "credit_code",
            "enterprise_name",
            "item_code",
            "item_name",
            "category",
            "event_date",
            "document_no",
            "points",
            "valid_until",
            "state",
            "in_ledger",
            "supported_by",
            "provenance");
    static final List<String> SCORE_FIELDS = List.of(
            "credit_code",
            "enterprise_name",
            "score",
            "grade",
            "good_points",
            "bad_points",
            "veto",
            "counted_items",
            "counted",
            "previous_score",
            "previous_grade",
            "change");

    private CreditOutputs() {}

    static List<Object> row(Discrepancy d) {
        return List.of(
                d.kind().name(),
                d.source(),
                d.recordId(),
                d.line(),
                d.field(),
                d.creditCode(),
                d.enterpriseName(),
                d.item(),
                d.value(),
                d.otherValue(),
                d.otherSource(),
                d.otherRecordId(),
                d.detail());
    }

    static List<@Nullable Object> row(LedgerEntry e) {
        List<@Nullable Object> r = new ArrayList<>();
        r.add(e.eventKey());
        r.add(e.creditCode());
        r.add(e.enterpriseName());
        r.add(e.item());
        r.add(e.itemName());
        r.add(e.category());
        r.add(e.eventDate().toString());
        r.add(e.documentNo());
        r.add(plain(e.points()));
        r.add(e.validUntil() == null ? null : e.validUntil().toString());
        r.add(e.state().id());
        r.add(e.inLedger());
        r.add(e.supportedBy());
        r.add(e.provenance());
        return r;
    }

    static List<@Nullable Object> row(Scorer.Score s) {
        List<@Nullable Object> r = new ArrayList<>();
        r.add(s.creditCode());
        r.add(s.enterpriseName());
        r.add(plain(s.score()));
        r.add(s.grade());
        r.add(plain(s.goodPoints()));
        r.add(plain(s.badPoints()));
        r.add(s.veto());
        r.add(s.countedItems());
        r.add(s.counted());
        r.add(plain(s.previousScore()));
        r.add(s.previousGrade());
        r.add(plain(s.change()));
        return r;
    }

    static @Nullable String plain(@Nullable BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros().toPlainString();
    }

    static void write(Path file, List<String> header, Iterable<? extends List<?>> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter p = CSVFormat.RFC4180
                        .builder()
                        .setRecordSeparator('\n')
                        .setHeader(header.toArray(String[]::new))
                        .build()
                        .print(w)) {
            for (List<?> row : rows) {
                p.printRecord(row);
            }
        }
    }
}
