package org.xiaoqu.vote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tallies ballots under Civil Code art. 278. A ballot is rejected when its matter is unknown, its time or
 * choice unreadable, it falls outside the voting window, its unit is in dispute, or its voter is not the unit's
 * registered owner. Among an owner's remaining ballots on one matter, the last (or the first, as the rules say)
 * counts, with the owner's whole countable area and as one head; the others are superseded.
 *
 * @param rules the rules file
 * @param register the owners' register
 * @param outcomes one per matter, in the rules file's order
 * @param audit every ballot, in the export's order
 */
public record VoteTally(
        VoteRules rules, OwnerRegister register, List<MatterOutcome> outcomes, List<AuditedBallot> audit) {

    private static final Comparator<Ballot> ORDER = Comparator.comparing(
                    Ballot::votedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Ballot::line);

    /** Tallies {@code ballots}. */
    public static VoteTally of(VoteRules rules, OwnerRegister register, List<Ballot> ballots) {
        Map<Long, AuditedBallot> audit = new TreeMap<>();
        // matter id -> owner key -> the owner's valid ballots
        Map<String, Map<String, List<Ballot>>> valid = new LinkedHashMap<>();
        for (VoteRules.MatterRule m : rules.matters()) {
            valid.put(m.id(), new TreeMap<>());
        }
        for (Ballot b : ballots) {
            String reason = null;
            BallotStatus status = null;
            OwnerRegister.Unit unit = register.unit(b.unitId());
            if (rules.matter(b.matterId()) == null) {
                status = BallotStatus.UNKNOWN_MATTER;
                reason = "matter '" + b.matterId() + "' is not in the rules file";
            } else if (b.votedAt() == null || b.choice() == null) {
                status = BallotStatus.INVALID;
                reason = b.votedAt() == null
                        ? "time '" + b.votedAtText() + "' cannot be read"
                        : "choice '" + b.choiceText() + "' is not 同意, 反对 or 弃权";
            } else if (b.votedAt().isAfter(rules.closes())) {
                status = BallotStatus.LATE;
                reason = "cast " + b.votedAt() + ", the vote closed " + rules.closes();
            } else if (b.votedAt().isBefore(rules.opens())) {
                status = BallotStatus.EARLY;
                reason = "cast " + b.votedAt() + ", the vote opened " + rules.opens();
            } else if (unit == null) {
                status = BallotStatus.NOT_OWNER;
                reason = "unit " + b.unitId() + " is not in the register";
            } else if (!unit.ownerId().equals(b.ownerId())) {
                status = BallotStatus.NOT_OWNER;
                reason = "unit " + b.unitId() + " is registered to another owner";
            } else if (unit.disputed()) {
                status = BallotStatus.DISPUTED;
                reason = "the ownership of unit " + b.unitId() + " is in dispute";
            }
            if (status != null) {
                audit.put(b.line(), new AuditedBallot(b, status, reason, BigDecimal.ZERO));
            } else {
                valid.get(b.matterId())
                        .computeIfAbsent(unit.ownerKey(), k -> new ArrayList<>())
                        .add(b);
            }
        }
        List<MatterOutcome> outcomes = new ArrayList<>();
        for (VoteRules.MatterRule m : rules.matters()) {
            BigDecimal participating = BigDecimal.ZERO;
            BigDecimal approving = BigDecimal.ZERO;
            int heads = 0, agree = 0, oppose = 0, abstain = 0;
            for (var e : valid.get(m.id()).entrySet()) {
                List<Ballot> own = new ArrayList<>(e.getValue());
                own.sort(ORDER);
                Ballot counted = rules.duplicates() == VoteRules.Duplicates.LAST ? own.get(own.size() - 1) : own.get(0);
                BigDecimal area = register.countableArea(e.getKey());
                for (Ballot b : own) {
                    if (b == counted) {
                        audit.put(b.line(), new AuditedBallot(b, BallotStatus.COUNTED, "", area));
                    } else {
                        audit.put(
                                b.line(),
                                new AuditedBallot(
                                        b,
                                        BallotStatus.SUPERSEDED,
                                        "the " + (rules.duplicates() == VoteRules.Duplicates.LAST ? "later" : "earlier")
                                                + " ballot on line " + counted.line() + " counts",
                                        BigDecimal.ZERO));
                    }
                }
                heads++;
                participating = participating.add(area);
                switch (counted.choice()) {
                    case AGREE -> {
                        agree++;
                        approving = approving.add(area);
                    }
                    case OPPOSE -> oppose++;
                    case ABSTAIN -> abstain++;
                }
            }
            Ratio pArea = Ratio.of(participating, register.totalArea());
            Ratio pOwners = Ratio.of(heads, register.owners());
            Ratio aArea = Ratio.of(approving, participating);
            Ratio aOwners = Ratio.of(agree, heads);
            boolean quorate =
                    m.participation().metBy(pArea) && m.participation().metBy(pOwners);
            boolean approved = m.approval().metBy(aArea) && m.approval().metBy(aOwners);
            MatterOutcome.Result result = !quorate
                    ? MatterOutcome.Result.NOT_QUORATE
                    : approved ? MatterOutcome.Result.PASSED : MatterOutcome.Result.REJECTED;
            outcomes.add(new MatterOutcome(
                    m,
                    register.totalArea(),
                    register.owners(),
                    participating,
                    heads,
                    approving,
                    agree,
                    oppose,
                    abstain,
                    pArea,
                    pOwners,
                    aArea,
                    aOwners,
                    result));
        }
        return new VoteTally(rules, register, List.copyOf(outcomes), List.copyOf(audit.values()));
    }

    /** Ballots per status, in the enum's order. */
    public Map<BallotStatus, Long> countsByStatus() {
        Map<BallotStatus, Long> counts = new LinkedHashMap<>();
        for (BallotStatus s : BallotStatus.values()) {
            counts.put(s, 0L);
        }
        for (AuditedBallot a : audit) {
            counts.merge(a.status(), 1L, Long::sum);
        }
        return counts;
    }
}
