package org.xiaoqu.samples.credit;

import java.util.List;

/**
 * One item of the sample credit scheme's catalogue, as the generator draws events of it.
 *
 * @param code the item code
 * @param name the item's name
 * @param category good, bad or veto
 * @param points signed points (0 for vetoes)
 * @param months how long an event of the item counts
 * @param weight relative frequency of events of the item
 * @param sources the non-ledger sources that report (cover) the item
 */
record Item(String code, String name, String category, int points, int months, int weight, List<CreditSource> sources) {
    static final List<Item> CATALOGUE = List.of(
            new Item("G01", "获评省级物业服务示范项目", "good", 5, 24, 3, List.of(CreditSource.HOUSING)),
            new Item("G02", "获评市级物业服务示范项目", "good", 3, 12, 5, List.of(CreditSource.HOUSING)),
            new Item("G03", "受到县级以上人民政府或部门表彰", "good", 3, 12, 5, List.of(CreditSource.HONOURS)),
            new Item("G04", "街道物业服务考评优秀", "good", 2, 12, 8, List.of(CreditSource.STREET)),
            new Item("B01", "未按规定公示物业服务信息", "bad", -3, 12, 6, List.of(CreditSource.HOUSING)),
            new Item("B02", "擅自改变共用部位用途", "bad", -5, 12, 4, List.of(CreditSource.HOUSING)),
            new Item("B03", "受到行政处罚（一般）", "bad", -5, 12, 6, List.of(CreditSource.HOUSING, CreditSource.PENALTIES)),
            new Item("B04", "受到行政处罚（较重）", "bad", -10, 24, 2, List.of(CreditSource.HOUSING, CreditSource.PENALTIES)),
            new Item("B05", "街道物业服务考评不合格", "bad", -3, 12, 5, List.of(CreditSource.STREET)),
            new Item("B06", "经核实的12345有效投诉", "bad", -1, 12, 25, List.of(CreditSource.COMPLAINTS)),
            new Item("V01", "列入严重失信主体名单", "veto", 0, 36, 1, List.of(CreditSource.DISHONEST)),
            new Item("V02", "发生重大安全生产责任事故", "veto", 0, 36, 1, List.of(CreditSource.PENALTIES)));

    static final int TOTAL_WEIGHT = CATALOGUE.stream().mapToInt(Item::weight).sum();

    String categoryZh() {
        return switch (category) {
            case "good" -> "良好";
            case "bad" -> "不良";
            default -> "一票否决";
        };
    }
}
