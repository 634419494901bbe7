package org.xiaoqu.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.common.XiaoquException;

/** Golden tests on the thresholds' boundaries and on the counting rules of 法释〔2009〕7号 arts. 8–9. */
class VoteTallyTest {
    private static final LocalDateTime OPENS = LocalDateTime.parse("2026-10-01T08:00");
    private static final LocalDateTime CLOSES = LocalDateTime.parse("2026-10-15T20:00");

    @TempDir
    Path dir;

    private static VoteRules rules(VoteRules.MatterRule... matters) {
        return new VoteRules(
                "T1", "E1", "测试小区", "test", OPENS, CLOSES, VoteRules.Duplicates.LAST, null, null, List.of(matters));
    }

    private static VoteRules.MatterRule matter(String id, int item) {
        Matter m = Matter.item(item);
        return new VoteRules.MatterRule(id, m, m.zh(), m.statutoryParticipation(), m.statutoryApproval());
    }

    private static OwnerRegister.Unit unit(String id, String owner, String area) {
        return new OwnerRegister.Unit(id, owner, "业主" + owner, owner, new BigDecimal(area), false, false);
    }

    private static Ballot ballot(long line, String unit, String owner, String matter, Ballot.Choice c) {
        return ballot(line, OPENS.plusHours(line), unit, owner, matter, c);
    }

    private static Ballot ballot(
            long line, LocalDateTime at, String unit, String owner, String matter, Ballot.Choice c) {
        return new Ballot(line, at, at.toString(), unit, owner, "业主" + owner, matter, c, c.zh());
    }

    /** Six owners of 100 m² each; owners 1..voters vote on matter M, the first {@code agree} of them agree. */
    private static VoteTally sixOwners(int item, int voters, int agree) {
        List<OwnerRegister.Unit> units = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            units.add(unit("U" + i, "O" + i, "100.00"));
        }
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 1; i <= voters; i++) {
            ballots.add(ballot(i, "U" + i, "O" + i, "M", i <= agree ? Ballot.Choice.AGREE : Ballot.Choice.OPPOSE));
        }
        return VoteTally.of(rules(matter("M", item)), new OwnerRegister(units), ballots);
    }

    @Test
    void exactlyTwoThirdsOfAreaAndOwnersTakingPartIsEnough_oneFewerIsNot() {
        MatterOutcome four = sixOwners(4, 4, 4).outcomes().get(0);
        assertThat(four.participationArea()).isEqualTo(Ratio.of(2, 3));
        assertThat(four.participationOwners()).isEqualTo(Ratio.of(2, 3));
        assertThat(four.result()).isEqualTo(MatterOutcome.Result.PASSED);

        MatterOutcome three = sixOwners(4, 3, 3).outcomes().get(0);
        assertThat(three.participationOwners()).isEqualTo(Ratio.of(1, 2));
        assertThat(three.result()).isEqualTo(MatterOutcome.Result.NOT_QUORATE);
    }

    @Test
    void exactlyHalfIsNotMoreThanHalf_item5UsingTheFundIncluded() {
        for (int item : new int[] {1, 2, 3, 4, 5, 9}) {
            MatterOutcome half = sixOwners(item, 4, 2).outcomes().get(0);
            assertThat(half.approvalArea()).isEqualTo(Ratio.of(1, 2));
            assertThat(half.approvalOwners()).isEqualTo(Ratio.of(1, 2));
            assertThat(half.result()).as("item %d", item).isEqualTo(MatterOutcome.Result.REJECTED);
            assertThat(sixOwners(item, 4, 3).outcomes().get(0).result()).isEqualTo(MatterOutcome.Result.PASSED);
        }
    }

    @Test
    void exactlyThreeQuartersPassesItems6To8_andTwoThirdsDoesNot() {
        for (int item : new int[] {6, 7, 8}) {
            MatterOutcome quarters = sixOwners(item, 4, 3).outcomes().get(0);
            assertThat(quarters.approvalArea()).isEqualTo(Ratio.of(3, 4));
            assertThat(quarters.result()).as("item %d", item).isEqualTo(MatterOutcome.Result.PASSED);
            // 4 of 6 agree among 6: 2/3 < 3/4
            MatterOutcome twoThirds = sixOwners(item, 6, 4).outcomes().get(0);
            assertThat(twoThirds.approvalOwners()).isEqualTo(Ratio.of(2, 3));
            assertThat(twoThirds.result()).isEqualTo(MatterOutcome.Result.REJECTED);
        }
    }

    @Test
    void areasAreExactDecimals_aShareOfExactlyTwoThirdsIsNotLostToBinaryFractions() {
        // 0.10 + 0.20 of 0.45: two thirds exactly, where doubles give 0.6666666666666667 or 0.30000000000000004/0.45
        var units = List.of(unit("A", "O1", "0.10"), unit("B", "O2", "0.20"), unit("C", "O3", "0.15"));
        VoteTally t = VoteTally.of(
                rules(matter("M", 4)),
                new OwnerRegister(units),
                List.of(
                        ballot(1, "A", "O1", "M", Ballot.Choice.AGREE),
                        ballot(2, "B", "O2", "M", Ballot.Choice.AGREE)));
        assertThat(t.outcomes().get(0).participationArea()).isEqualTo(Ratio.of(2, 3));
        assertThat(t.outcomes().get(0).participationArea().toString()).isEqualTo("2/3");
        assertThat(t.outcomes().get(0).participationArea().percent(4)).isEqualByComparingTo("66.6667");
        assertThat(t.outcomes().get(0).result()).isEqualTo(MatterOutcome.Result.PASSED);
    }

    @Test
    void aPersonWithSeveralUnitsCountsOnce_andTheDevelopersUnsoldUnitsAreOneOwner() {
        var units = List.of(
                unit("U1", "O1", "100.00"),
                unit("U2", "O1", "50.00"),
                unit("U3", "O2", "100.00"),
                new OwnerRegister.Unit(
                        "U4", "DEV", "开发商", OwnerRegister.DEVELOPER, new BigDecimal("80.00"), true, false),
                new OwnerRegister.Unit(
                        "U5", "DEV", "开发商", OwnerRegister.DEVELOPER, new BigDecimal("70.00"), true, false));
        OwnerRegister register = new OwnerRegister(units);
        assertThat(register.owners()).isEqualTo(3);
        assertThat(register.totalArea()).isEqualByComparingTo("400.00");

        VoteTally t = VoteTally.of(
                rules(matter("M", 4)),
                register,
                List.of(
                        ballot(1, "U1", "O1", "M", Ballot.Choice.OPPOSE),
                        ballot(2, "U2", "O1", "M", Ballot.Choice.AGREE), // same person: supersedes line 1
                        ballot(3, "U4", "DEV", "M", Ballot.Choice.AGREE)));
        MatterOutcome o = t.outcomes().get(0);
        assertThat(o.participatingOwners()).isEqualTo(2);
        assertThat(o.participatingArea()).isEqualByComparingTo("300.00");
        assertThat(o.participationArea()).isEqualTo(Ratio.of(3, 4));
        assertThat(o.participationOwners()).isEqualTo(Ratio.of(2, 3));
        assertThat(o.approvalOwners()).isEqualTo(Ratio.of(1, 1));
        assertThat(t.audit())
                .extracting(AuditedBallot::status)
                .containsExactly(BallotStatus.SUPERSEDED, BallotStatus.COUNTED, BallotStatus.COUNTED);
    }

    @Test
    void nonOwnersLateEarlyDisputedUnknownAndUnreadableBallotsAreRejectedAndReported() {
        var units = List.of(
                unit("U1", "O1", "100.00"),
                unit("U2", "O2", "100.00"),
                new OwnerRegister.Unit("U3", "O3", "业主O3", "O3", new BigDecimal("100.00"), false, true));
        VoteTally t = VoteTally.of(
                rules(matter("M", 1)),
                new OwnerRegister(units),
                List.of(
                        ballot(1, "U1", "O9", "M", Ballot.Choice.AGREE),
                        ballot(2, "U7", "O1", "M", Ballot.Choice.AGREE),
                        ballot(3, CLOSES.plusSeconds(1), "U2", "O2", "M", Ballot.Choice.AGREE),
                        ballot(4, OPENS.minusMinutes(1), "U2", "O2", "M", Ballot.Choice.AGREE),
                        ballot(5, "U3", "O3", "M", Ballot.Choice.AGREE),
                        ballot(6, "U1", "O1", "X", Ballot.Choice.AGREE),
                        new Ballot(7, OPENS, "x", "U1", "O1", "", "M", null, "随便"),
                        ballot(8, CLOSES, "U1", "O1", "M", Ballot.Choice.AGREE)));
        assertThat(t.audit())
                .extracting(AuditedBallot::status)
                .containsExactly(
                        BallotStatus.NOT_OWNER,
                        BallotStatus.NOT_OWNER,
                        BallotStatus.LATE,
                        BallotStatus.EARLY,
                        BallotStatus.DISPUTED,
                        BallotStatus.UNKNOWN_MATTER,
                        BallotStatus.INVALID,
                        BallotStatus.COUNTED);
        MatterOutcome o = t.outcomes().get(0);
        // the disputed unit stays in the totals (art. 8) but can never take part
        assertThat(o.participationArea()).isEqualTo(Ratio.of(1, 3));
        assertThat(o.result()).isEqualTo(MatterOutcome.Result.NOT_QUORATE);
    }

    @Test
    void theRulesFileMayAskForTheFirstBallotInstead() {
        VoteRules first = new VoteRules(
                "T1", "E1", "x", "t", OPENS, CLOSES, VoteRules.Duplicates.FIRST, null, null, List.of(matter("M", 4)));
        VoteTally t = VoteTally.of(
                first,
                new OwnerRegister(List.of(unit("U1", "O1", "1"))),
                List.of(
                        ballot(1, "U1", "O1", "M", Ballot.Choice.AGREE),
                        ballot(2, "U1", "O1", "M", Ballot.Choice.OPPOSE)));
        assertThat(t.outcomes().get(0).approvingOwners()).isEqualTo(1);
        assertThat(t.audit().get(1).status()).isEqualTo(BallotStatus.SUPERSEDED);
    }

    @Test
    void aRulesFileCannotLowerTheLawsThresholds() throws Exception {
        Path f = dir.resolve("rules.yaml");
        Files.writeString(
                f,
                "meeting: T\nopens: 2026-10-01 08:00\ncloses: 2026-10-15 20:00\nmatters:\n"
                        + "  - {id: M6, item: 6, approval: '> 1/2'}\n");
        assertThatThrownBy(() -> VoteRulesReader.read(f))
                .isInstanceOf(XiaoquException.class)
                .hasMessageContaining("matters[0].approval")
                .hasMessageContaining(">= 3/4");
        Files.writeString(
                f,
                "meeting: T\nopens: 2026-10-01 08:00\ncloses: 2026-10-15\nmatters:\n"
                        + "  - {id: M6, item: 6, approval: '>= 4/5'}\n  - {id: M5, item: 5}\n");
        VoteRules r = VoteRulesReader.read(f);
        assertThat(r.matters().get(0).approval()).isEqualTo(new Threshold(Ratio.of(4, 5), true));
        assertThat(r.matters().get(1).approval()).isEqualTo(Threshold.MORE_THAN_HALF);
        assertThat(r.closes()).isEqualTo(LocalDateTime.parse("2026-10-15T23:59:59"));
    }

    @Test
    void thresholdsCompareExactly() {
        assertThat(Threshold.TWO_THIRDS.metBy(Ratio.of(2, 3))).isTrue();
        assertThat(Threshold.TWO_THIRDS.metBy(new Ratio(
                        java.math.BigInteger.valueOf(666_666_666_666_666_666L),
                        java.math.BigInteger.valueOf(1_000_000_000_000_000_000L))))
                .isFalse();
        assertThat(Threshold.MORE_THAN_HALF.metBy(Ratio.of(1, 2))).isFalse();
        assertThat(Threshold.THREE_QUARTERS.metBy(Ratio.parse("0.75"))).isTrue();
        assertThat(Threshold.parse("> 1/2").atLeastAsStrictAs(Threshold.parse(">= 1/2")))
                .isTrue();
        assertThat(Threshold.parse(">= 1/2").atLeastAsStrictAs(Threshold.parse("> 1/2")))
                .isFalse();
    }

    @Test
    void aRegisterThatCannotBeCountedIsRejectedNamingFileLineAndField() throws Exception {
        Path f = dir.resolve("名册.csv");
        Files.writeString(f, "房屋编号,业主编号,专有部分面积\n1-101,O1,88.50\n1-101,O2,90\n");
        assertThatThrownBy(() -> OwnerRegister.read(f))
                .isInstanceOfSatisfying(XiaoquException.class, e -> assertThat(e.exitCode())
                        .isEqualTo(org.xiaoqu.common.ExitCode.INPUT_REJECTED))
                .hasMessage("名册.csv:3: unit_id: unit 1-101 is registered twice");
        Files.writeString(f, "房屋编号,业主编号,专有部分面积\n1-101,O1,八十八\n");
        assertThatThrownBy(() -> OwnerRegister.read(f))
                .hasMessage("名册.csv:2: area: '八十八' is not a number of square metres");
        Files.writeString(f, "房屋编号,业主编号\n1-101,O1\n");
        assertThatThrownBy(() -> OwnerRegister.read(f)).hasMessageStartingWith("名册.csv:1: missing column area");
    }
}
