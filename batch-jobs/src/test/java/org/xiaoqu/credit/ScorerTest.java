package org.xiaoqu.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.common.XiaoquException;

/**
 * Golden cases on the edges of the sample scheme (base 80, good capped at 40, AAA ≥ 85, 80 ≤ AA < 85, 70 ≤ A < 80,
 * 60 ≤ B < 70, C < 60, a veto forces C).
 */
class ScorerTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    private final CreditScheme scheme = CreditScheme.load(resource("/credit/scheme.yaml"));
    private final Scorer scorer = new Scorer(scheme, AS_OF);

    @Test
    void noInformationIsTheBaseScore() {
        assertThat(score().score()).isEqualByComparingTo("80");
        assertThat(score().grade()).isEqualTo("AA");
    }

    @Test
    void aScoreExactlyOnABoundIsInTheBandWhoseMinimumIsInclusive() {
        // 80 + 5 = 85: AAA (min 85 inclusive), not AA (max 85 exclusive)
        Scorer.Score s = score(entry("G01", "2026-01-01", RecordState.ACTIVE));
        assertThat(s.score()).isEqualByComparingTo("85");
        assertThat(s.grade()).isEqualTo("AAA");
        // 80 − 10 = 70: A (70 inclusive); 80 − 10 − 10 = 60: B (60 inclusive)
        assertThat(score(entry("B04", "2026-01-01", RecordState.ACTIVE)).grade())
                .isEqualTo("A");
        Scorer.Score sixty =
                score(entry("B04", "2026-01-01", RecordState.ACTIVE), entry("B04", "2026-02-01", RecordState.ACTIVE));
        assertThat(sixty.score()).isEqualByComparingTo("60");
        assertThat(sixty.grade()).isEqualTo("B");
        // 80 − 10 − 10 − 1 = 59: C
        assertThat(score(
                                entry("B04", "2026-01-01", RecordState.ACTIVE),
                                entry("B04", "2026-02-01", RecordState.ACTIVE),
                                entry("B06", "2026-03-01", RecordState.ACTIVE))
                        .grade())
                .isEqualTo("C");
    }

    @Test
    void aVetoForcesTheLowestGradeWhateverTheScore() {
        Scorer.Score s = score(
                entry("G01", "2026-01-01", RecordState.ACTIVE),
                entry("G02", "2026-02-01", RecordState.ACTIVE),
                entry("V01", "2026-03-01", RecordState.ACTIVE));
        assertThat(s.score()).isEqualByComparingTo("88");
        assertThat(s.veto()).isEqualTo("V01");
        assertThat(s.grade()).isEqualTo("C");
    }

    @Test
    void goodPointsAreCappedButBadOnesAreNot() {
        List<LedgerEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            entries.add(entry("G01", "2026-0" + i + "-01", RecordState.ACTIVE)); // 9 × 5 = 45 > cap 40
        }
        entries.add(entry("B04", "2026-10-01", RecordState.ACTIVE));
        Scorer.Score s = scorer.score("X", "X", entries, null);
        assertThat(s.goodPoints()).isEqualByComparingTo("45");
        assertThat(s.score()).isEqualByComparingTo("110"); // 80 + 40 − 10
    }

    @Test
    void anExpiredRecordDoesNotCountEvenWhenWrittenActive() {
        // B01 counts 12 months: from 2025-11-27 to 2026-11-26, the day before as-of
        Scorer.Score s = score(entry("B01", "2025-11-27", RecordState.ACTIVE));
        assertThat(s.countedItems()).isZero();
        assertThat(s.score()).isEqualByComparingTo("80");
        // one day later it still counts on its last valid day
        assertThat(score(entry("B01", "2025-11-28", RecordState.ACTIVE)).score())
                .isEqualByComparingTo("77");
    }

    @Test
    void repairedAndRevokedRecordsDoNotCountButOneUnderObjectionDoes() {
        assertThat(score(entry("B02", "2026-06-01", RecordState.REPAIRED)).score())
                .isEqualByComparingTo("80");
        assertThat(score(entry("B02", "2026-06-01", RecordState.REVOKED)).score())
                .isEqualByComparingTo("80");
        assertThat(score(entry("B02", "2026-06-01", RecordState.OBJECTION)).score())
                .isEqualByComparingTo("75");
    }

    @Test
    void aRecordAfterTheAsOfDateDoesNotCountYet() {
        assertThat(score(entry("B02", "2026-11-28", RecordState.ACTIVE)).score())
                .isEqualByComparingTo("80");
    }

    @Test
    void decimalsStayExact() {
        Scorer.Score s = new Scorer(scheme, AS_OF)
                .score(
                        "X",
                        "X",
                        List.of(entry("B06", "2026-06-01", RecordState.ACTIVE)),
                        new Scorer.Previous(new BigDecimal("79.9"), "A"));
        assertThat(s.change()).isEqualByComparingTo("-0.9");
    }

    @Test
    void aBandWithoutAnExplicitBoundIsRefused(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("s.yaml");
        Files.writeString(
                bad,
                Files.readString(resource("/credit/scheme.yaml"))
                        .replace("{grade: AA, min: 80, minInclusive: true,", "{grade: AA, min: 80,"));
        assertThatThrownBy(() -> CreditScheme.load(bad))
                .isInstanceOf(XiaoquException.class)
                .hasMessageContaining("grade AA")
                .hasMessageContaining("inclusive");
    }

    private Scorer.Score score(LedgerEntry... entries) {
        return scorer.score("X", "X", List.of(entries), null);
    }

    private static LedgerEntry entry(String item, String date, RecordState state) {
        return new LedgerEntry(
                item + date, "X", "X", item, "", "", LocalDate.parse(date), "", null, null, state, true, "", "");
    }

    private static Path resource(String name) {
        try {
            return Path.of(ScorerTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
