package org.xiaoqu.vote;

import java.math.BigDecimal;

/**
 * One matter's result: the totals, the four ratios and whether each threshold was met.
 *
 * @param rule the matter as the rules file declares it
 * @param totalArea the exclusive area of every unit (art. 8)
 * @param totalOwners the owners as art. 9 counts them
 * @param participatingArea the countable area of the owners whose ballot counted
 * @param participatingOwners the owners whose ballot counted
 * @param approvingArea the area of those who agreed
 * @param approvingOwners those who agreed
 * @param opposingOwners those who opposed
 * @param abstainingOwners those who abstained
 * @param participationArea participating area / total area
 * @param participationOwners participating owners / total owners
 * @param approvalArea approving area / participating area
 * @param approvalOwners approving owners / participating owners
 * @param result the outcome
 */
public record MatterOutcome(
        VoteRules.MatterRule rule,
        BigDecimal totalArea,
        int totalOwners,
        BigDecimal participatingArea,
        int participatingOwners,
        BigDecimal approvingArea,
        int approvingOwners,
        int opposingOwners,
        int abstainingOwners,
        Ratio participationArea,
        Ratio participationOwners,
        Ratio approvalArea,
        Ratio approvalOwners,
        Result result) {

    /** PASSED, REJECTED (enough took part, too few agreed) or NOT_QUORATE (too few took part). */
    public enum Result {
        PASSED("通过", "passed"),
        REJECTED("未通过", "rejected"),
        NOT_QUORATE("参与表决不足", "too few took part");

        private final String zh;
        private final String en;

        Result(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }

    /** Whether both participation ratios met the participation threshold. */
    public boolean quorate() {
        return rule.participation().metBy(participationArea)
                && rule.participation().metBy(participationOwners);
    }
}
