package org.xiaoqu.vote;

/** What became of a ballot, as the audit reports it. Only {@link #COUNTED} ballots count. */
public enum BallotStatus {
    COUNTED("计入", "counted"),
    SUPERSEDED("被替代(重复投票)", "superseded by another ballot of the same owner on the same matter"),
    NOT_OWNER("非业主", "the voter is not the unit's registered owner, or the unit is not in the register"),
    DISPUTED("权属争议", "the unit's ownership is in dispute"),
    LATE("逾期", "cast after the vote closed"),
    EARLY("提前", "cast before the vote opened"),
    UNKNOWN_MATTER("未知事项", "no such matter in the rules file"),
    INVALID("无效", "the time or the choice cannot be read");

    private final String zh;
    private final String en;

    BallotStatus(String zh, String en) {
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
