package org.xiaoqu.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.xiaoqu.common.CreditCode;
import org.xiaoqu.credit.internal.States;
import org.xiaoqu.schemas.CreditDiscrepancy;

/** Small hand-made cases of event matching, coverage and code resolution. */
class ReconcilerTest {
    static final String CODE = "91430102MA4L12345X";
    static final String VALID = valid();
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    private final CreditSettings settings = new CreditSettings(
            Path.of("scheme.yaml"),
            "ledger",
            AS_OF,
            List.of("ledger", "housing", "street"),
            Map.of("housing", List.of("B*"), "street", List.of("G04")),
            3,
            BigDecimal.ZERO);

    @Test
    void aDocumentNumberMatchesWhateverTheDateAndTheDateBeyondToleranceIsAFieldMismatch() {
        var r = reconcile(
                rec("ledger", "L1", VALID, "B01", "2026-01-10", "D1", "有效"),
                rec("housing", "H1", VALID, "B01", "2026-02-20", "D1", "正常"));
        assertThat(keys(r)).containsExactly(key(CreditDiscrepancy.FIELD_MISMATCH, "housing", "H1", "event_date"));
    }

    @Test
    void withoutDocumentNumbersDatesWithinToleranceAreOneEventAndBeyondItTwo() {
        var r = reconcile(
                rec("ledger", "L1", VALID, "G04", "2026-01-10", null, "有效"),
                rec("street", "S1", VALID, "G04", "2026-01-13", null, null),
                rec("ledger", "L2", VALID, "G04", "2026-05-10", null, "有效"),
                rec("street", "S2", VALID, "G04", "2026-05-14", null, null));
        assertThat(keys(r))
                .containsExactlyInAnyOrder(
                        key(CreditDiscrepancy.MISSING_IN_LEDGER, "street", "S2", ""),
                        key(CreditDiscrepancy.UNSUPPORTED_IN_LEDGER, "ledger", "L2", ""));
    }

    @Test
    void aLedgerEventIsUnsupportedOnlyWhenASourceCoveringItsItemLacksIt() {
        // housing covers B*, street covers G04 only: a G01 in the ledger alone is no discrepancy
        var r = reconcile(
                rec("ledger", "L1", VALID, "G01", "2026-01-10", "D1", "有效"),
                rec("ledger", "L2", VALID, "B02", "2026-01-10", "D2", "有效"),
                rec("housing", "H0", VALID, "B01", "2025-12-01", "D0", "正常"));
        assertThat(keys(r))
                .containsExactlyInAnyOrder(
                        key(CreditDiscrepancy.UNSUPPORTED_IN_LEDGER, "ledger", "L2", ""),
                        key(CreditDiscrepancy.MISSING_IN_LEDGER, "housing", "H0", ""));
    }

    @Test
    void aDuplicateInASourceIsReportedOnceAndTakesNoFurtherPart() {
        var r = reconcile(
                rec("ledger", "L1", VALID, "B01", "2026-01-10", "D1", "有效"),
                rec("housing", "H1", VALID, "B01", "2026-01-10", "D1", "正常"),
                rec("housing", "H2", VALID, "B01", "2026-01-10", "D1", "撤销"));
        assertThat(keys(r)).containsExactly(key(CreditDiscrepancy.DUPLICATE_IN_SOURCE, "housing", "H2", ""));
    }

    @Test
    void aWrongCheckCharacterIsFlaggedAndMatchedByTheRestOfTheCode() {
        String broken = VALID.substring(0, 17) + (VALID.charAt(17) == '0' ? '1' : '0');
        var r = reconcile(
                rec("ledger", "L1", VALID, "B01", "2026-01-10", "D1", "有效"),
                rec("housing", "H1", broken, "B01", "2026-01-10", "D1", "正常"));
        assertThat(keys(r)).containsExactly(key(CreditDiscrepancy.INVALID_CODE, "housing", "H1", ""));
        assertThat(r.discrepancies().get(0).creditCode()).isEqualTo(VALID);
        assertThat(r.discrepancies().get(0).detail()).contains("first 16 characters");
        assertThat(r.ledger()).hasSize(1);
        assertThat(r.ledger().get(0).supportedBy()).isEqualTo("ledger:L1|housing:H1");
    }

    @Test
    void statesAreComparedAsStatesNotAsWords() {
        var r = reconcile(
                rec("ledger", "L1", VALID, "B01", "2026-01-10", "D1", "已撤销"),
                rec("housing", "H1", VALID, "B01", "2026-01-10", "D1", "撤销"),
                rec("ledger", "L2", VALID, "B02", "2026-02-10", "D2", "有效"),
                rec("housing", "H2", VALID, "B02", "2026-02-10", "D2", "修复"));
        assertThat(keys(r)).containsExactly(key(CreditDiscrepancy.STATUS_MISMATCH, "housing", "H2", ""));
    }

    @Test
    void aSourceRecordTakesTheLedgerRecordWithItsNumberElseTheClosestDateAndTheEarliestOnATie() {
        var r = reconcile(
                rec("ledger", "L1", VALID, "B01", "2026-03-01", null, "有效"),
                rec("ledger", "L2", VALID, "B01", "2026-03-05", "D9", "有效"),
                rec("ledger", "L3", VALID, "B01", "2026-03-09", null, "有效"),
                rec("ledger", "L5", VALID, "B01", "2026-03-20", null, "有效"),
                rec("ledger", "L6", VALID, "B01", "2026-03-24", null, "有效"),
                rec("housing", "H1", VALID, "B01", "2026-03-03", "D9", "正常"), // its number: L2, not L1 as near
                rec("housing", "H2", VALID, "B01", "2026-03-07", null, "正常"), // L2 is taken: L3
                rec("housing", "H3", VALID, "B01", "2026-02-27", null, "正常"), // L1, two days off
                rec("housing", "H5", VALID, "B01", "2026-03-22", null, "正常")); // L5 and L6 two days off: L5
        assertThat(r.ledger())
                .extracting(LedgerEntry::supportedBy)
                .containsExactly(
                        "ledger:L1|housing:H3",
                        "ledger:L2|housing:H1",
                        "ledger:L3|housing:H2",
                        "ledger:L5|housing:H5",
                        "ledger:L6");
        assertThat(keys(r)).containsExactly(key(CreditDiscrepancy.UNSUPPORTED_IN_LEDGER, "ledger", "L6", ""));
    }

    @Test
    void manyEventsOfOneEnterpriseAreMatchedOneToOneAndEveryRepeatIsADuplicate() {
        List<CreditRecord> records = new java.util.ArrayList<>();
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 20_000; i++) {
            String date = day.plusDays(i / 50).toString();
            records.add(rec("ledger", "L" + i, VALID, "B01", date, "D" + i, "有效"));
            records.add(rec("housing", "H" + i, VALID, "B01", date, "D" + i, "正常"));
            if (i % 1000 == 0) {
                records.add(rec("housing", "R" + i, VALID, "B01", date, "D" + i, "正常"));
            }
        }
        var r = new Reconciler(settings, AS_OF, null).reconcile(records);
        assertThat(r.ledger()).hasSize(20_000);
        assertThat(r.discrepancies()).extracting(Discrepancy::kind).containsOnly(CreditDiscrepancy.DUPLICATE_IN_SOURCE);
        assertThat(r.discrepancies().stream()
                        .filter(d -> d.kind() == CreditDiscrepancy.DUPLICATE_IN_SOURCE)
                        .map(Discrepancy::otherRecordId))
                .hasSize(20)
                .allMatch(id -> id.startsWith("H"));
    }

    @Test
    void provenanceNamesPerSourceAndReasonTheFieldsItDecided() {
        var r = reconcile(
                rec("ledger", "L1", VALID, "B01", "2026-01-10", "D1", "有效"),
                rec("housing", "H1", VALID, "B01", "2026-01-12", "D1", "正常"),
                rec("ledger", "L2", VALID, "G04", "2026-03-01", null, null),
                rec("street", "S1", VALID, "G04", "2026-03-02", null, null));
        assertThat(r.ledger())
                .extracting(LedgerEntry::eventKey, LedgerEntry::supportedBy, LedgerEntry::provenance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "L1",
                                "ledger:L1|housing:H1",
                                "event_date=ledger (precedence); status,document_no=ledger (all agree)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "L2", "ledger:L2|street:S1", "event_date=ledger (precedence)"));
    }

    private Reconciler.Result reconcile(CreditRecord... records) {
        return new Reconciler(settings, AS_OF, null).reconcile(List.of(records));
    }

    private static List<Discrepancy.Key> keys(Reconciler.Result r) {
        return r.discrepancies().stream().map(Discrepancy::key).toList();
    }

    private static Discrepancy.Key key(CreditDiscrepancy c, String source, String record, String field) {
        return new Discrepancy.Key(c, source, record, field);
    }

    private static CreditRecord rec(
            String source,
            String id,
            String code,
            String item,
            String date,
            @Nullable String doc,
            @Nullable String status) {
        LocalDate d = LocalDate.parse(date);
        return new CreditRecord(
                source,
                id,
                1,
                code,
                code,
                CreditCode.check(code).status(),
                "长沙芙蓉物业服务有限公司",
                item,
                null,
                null,
                d,
                doc,
                null,
                null,
                null,
                status,
                States.of(status));
    }

    private static String valid() {
        String first16 = "9143010276543210";
        String first17 = first16 + CreditCode.organisationCheckCharacter("76543210");
        return first17 + CreditCode.checkCharacter(first17);
    }
}
