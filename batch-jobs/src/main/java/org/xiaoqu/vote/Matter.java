package org.xiaoqu.vote;

/**
 * The nine matters owners decide together (Civil Code art. 278, first paragraph), each with the approval
 * threshold of its second paragraph: items 6–8 need three quarters, the others more than half.
 */
public enum Matter {
    RULES_OF_PROCEDURE(1, "制定和修改业主大会议事规则", "make or amend the owners' assembly rules of procedure"),
    MANAGEMENT_STATUTE(2, "制定和修改管理规约", "make or amend the management statute"),
    COMMITTEE_ELECTION(3, "选举业主委员会或者更换业主委员会成员", "elect the owners' committee or replace its members"),
    PROPERTY_MANAGER(4, "选聘和解聘物业服务企业或者其他管理人", "engage or dismiss the property-service enterprise or other manager"),
    USE_MAINTENANCE_FUND(5, "使用建筑物及其附属设施的维修资金", "use the maintenance fund of the buildings and their facilities"),
    RAISE_MAINTENANCE_FUND(6, "筹集建筑物及其附属设施的维修资金", "raise the maintenance fund of the buildings and their facilities"),
    REBUILD(7, "改建、重建建筑物及其附属设施", "rebuild or reconstruct the buildings and their facilities"),
    COMMON_PARTS_USE(8, "改变共有部分的用途或者利用共有部分从事经营活动", "change the use of common parts or use them for business"),
    OTHER_MAJOR(9, "有关共有和共同管理权利的其他重大事项", "other major matters of common ownership and management");

    private final int item;
    private final String zh;
    private final String en;

    Matter(int item, String zh, String en) {
        this.item = item;
        this.zh = zh;
        this.en = en;
    }

    /** The item number in art. 278, 1–9. */
    public int item() {
        return item;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** Participation the law asks for every matter: two thirds of the area and two thirds of the owners. */
    public Threshold statutoryParticipation() {
        return Threshold.TWO_THIRDS;
    }

    /** Approval the law asks for: three quarters for items 6–8, more than half otherwise. */
    public Threshold statutoryApproval() {
        return item >= 6 && item <= 8 ? Threshold.THREE_QUARTERS : Threshold.MORE_THAN_HALF;
    }

    /** The matter of item {@code n}. */
    public static Matter item(int n) {
        for (Matter m : values()) {
            if (m.item == n) {
                return m;
            }
        }
        throw new IllegalArgumentException("Civil Code art. 278 has items 1 to 9, not " + n);
    }
}
