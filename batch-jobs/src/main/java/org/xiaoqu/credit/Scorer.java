package org.xiaoqu.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Scores each enterprise of a reconciled ledger under a scheme as of a date, in exact decimal arithmetic. */
public final class Scorer {
    private final CreditScheme scheme;
    private final LocalDate asOf;

    public Scorer(CreditScheme scheme, LocalDate asOf) {
        this.scheme = scheme;
        this.asOf = asOf;
    }

    /**
     * One enterprise's score.
     *
     * @param goodPoints good points before the cap
     * @param badPoints bad points (zero or negative)
     * @param veto the counted veto items ({@code |}-joined), empty when none
     * @param counted the items that count, {@code item:date:points} joined by {@code |}
     * @param previousScore the score of the previous run, null when none
     * @param change score − previous score, null when none
     */
    public record Score(
            String creditCode,
            String enterpriseName,
            BigDecimal score,
            String grade,
            BigDecimal goodPoints,
            BigDecimal badPoints,
            String veto,
            int countedItems,
            String counted,
            @Nullable BigDecimal previousScore,
            @Nullable String previousGrade,
            @Nullable BigDecimal change) {}

    /** Previous scores (code → score, grade) to compute the change. */
    public record Previous(BigDecimal score, String grade) {}

    /** Whether an entry counts as of the date: its state counts and event date ≤ as-of ≤ last valid day. */
    public boolean counts(LedgerEntry e) {
        CreditScheme.Item item = scheme.item(e.item());
        if (item == null || e.eventDate().isAfter(asOf)) {
            return false;
        }
        RecordState state = e.state();
        LocalDate until = validUntil(e, item);
        if (until.isBefore(asOf)) {
            state = RecordState.EXPIRED;
        }
        return scheme.counts(state);
    }

    /** The entry's last valid day: as written, else event date + the item's (or the default) validity. */
    LocalDate validUntil(LedgerEntry e, CreditScheme.Item item) {
        if (e.validUntil() != null) {
            return e.validUntil();
        }
        int months = item.validityMonths() != null ? item.validityMonths() : scheme.defaultValidityMonths();
        return e.eventDate().plusMonths(months).minusDays(1);
    }

    /** Scores every enterprise with at least one entry (sorted by code); entries of unknown enterprises are left out. */
    public List<Score> score(List<LedgerEntry> ledger, Map<String, Previous> previous) {
        List<LedgerEntry> sorted = ledger;
        for (int i = 1; i < ledger.size(); i++) {
            if (ledger.get(i - 1).creditCode().compareTo(ledger.get(i).creditCode()) > 0) {
                sorted = new ArrayList<>(ledger); // stable: an enterprise's entries keep their order
                sorted.sort(Comparator.comparing(LedgerEntry::creditCode));
                break;
            }
        }
        // a reconciled ledger comes sorted by code: each enterprise's entries are one run of it
        List<Score> scores = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            String code = sorted.get(from).creditCode();
            if (i < sorted.size() && sorted.get(i).creditCode().equals(code)) {
                continue;
            }
            if (!code.isEmpty()) {
                List<LedgerEntry> entries = sorted.subList(from, i);
                scores.add(score(code, entries.get(0).enterpriseName(), entries, previous.get(code)));
            }
            from = i;
        }
        return scores;
    }

    /** One enterprise's score from its entries. */
    public Score score(String code, String name, List<LedgerEntry> entries, @Nullable Previous previous) {
        BigDecimal good = BigDecimal.ZERO;
        BigDecimal bad = BigDecimal.ZERO;
        List<String> vetoes = new ArrayList<>();
        List<String> counted = new ArrayList<>();
        for (LedgerEntry e : entries) {
            if (!counts(e)) {
                continue;
            }
            CreditScheme.Item item = scheme.item(e.item());
            switch (item.category()) {
                case "good" -> good = good.add(item.points());
                case "bad" ->
                    bad = bad.add(item.points().signum() > 0 ? item.points().negate() : item.points());
                default -> vetoes.add(item.code());
            }
            counted.add(item.code() + ":" + e.eventDate() + ":" + item.points().toPlainString());
        }
        BigDecimal capped = good.min(scheme.goodCap());
        BigDecimal score = scheme.base().add(capped).add(bad);
        String grade = vetoes.isEmpty() ? scheme.grade(score) : scheme.vetoGrade();
        BigDecimal change = previous == null ? null : score.subtract(previous.score());
        return new Score(
                code,
                name,
                score,
                grade == null ? "" : grade,
                good,
                bad,
                String.join("|", vetoes),
                counted.size(),
                String.join("|", counted),
                previous == null ? null : previous.score(),
                previous == null ? null : previous.grade(),
                change);
    }
}
