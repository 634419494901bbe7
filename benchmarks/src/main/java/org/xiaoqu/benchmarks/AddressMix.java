package org.xiaoqu.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.xiaoqu.address.Division;
import org.xiaoqu.address.Divisions;

/**
 * A seeded mix of generated Hunan addresses in the forms departments write them: full administrative
 * prefixes or none, estates with and without 小区, phases, 栋/幢/号楼/#/座, Chinese and financial numerals,
 * compact 3-2-301, door plates with no estate, traditional characters and full-width digits. No corpus
 * text is used.
 */
final class AddressMix {
    private static final String[] ESTATE_HEAD = {
        "芙蓉", "金色", "东方", "湘江", "岳麓", "碧桂", "阳光", "锦绣", "南湖", "梅溪", "万科", "保利", "中建", "恒大", "北辰", "融科", "桃花", "橘洲",
        "星城", "麓谷", "天心", "望月", "雨花", "洪山", "白沙"
    };
    private static final String[] ESTATE_TAIL = {
        "华庭", "家园", "花园", "新城", "公馆", "雅苑", "名邸", "国际", "山庄", "世纪城", "半岛", "湾", "府", "苑", "华园"
    };
    private static final String[] ROAD_HEAD = {
        "人民", "解放", "五一", "芙蓉", "韶山", "劳动", "湘江", "麓山", "车站", "八一", "建设", "东风", "书院", "黄兴", "桐梓坡"
    };
    private static final String[] ROAD_TAIL = {"路", "东路", "西路", "中路", "南路", "北路", "大道", "街"};
    private static final String[] CN = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
    private static final String[] FIN = {"壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};

    private AddressMix() {}

    static String[] generate(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Division> towns = new ArrayList<>();
        Divisions table = Divisions.hunan();
        for (Division d : table.all()) {
            if (d.level() == Division.Level.TOWN) {
                towns.add(d);
            }
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            Division town = towns.get(r.nextInt(towns.size()));
            Division district = table.byCode(town.code().substring(0, 6));
            Division city = table.byCode(town.code().substring(0, 4));
            out[i] = one(r, city == null ? "" : city.name(), district == null ? "" : district.name(), town.name());
        }
        return out;
    }

    private static String one(SplittableRandom r, String city, String district, String town) {
        String estate = pick(r, ESTATE_HEAD) + pick(r, ESTATE_TAIL) + (r.nextInt(4) == 0 ? "小区" : "");
        int b = 1 + r.nextInt(30);
        int u = 1 + r.nextInt(6);
        int room = (1 + r.nextInt(30)) * 100 + 1 + r.nextInt(4);
        StringBuilder s = new StringBuilder();
        switch (r.nextInt(5)) {
            case 0 -> s.append(city).append(district).append(town);
            case 1 -> s.append(city).append(district);
            case 2 -> s.append(district);
            case 3 -> s.append(city.replace("市", "")).append(district).append(town.replace("街道", "街办"));
            default -> {}
        }
        int form = r.nextInt(10);
        if (form == 0) {
            // a door plate, no estate
            return s.append(pick(r, ROAD_HEAD))
                    .append(pick(r, ROAD_TAIL))
                    .append(1 + r.nextInt(400))
                    .append('号')
                    .toString();
        }
        if (form == 1) {
            s.append(pick(r, ROAD_HEAD))
                    .append(pick(r, ROAD_TAIL))
                    .append(1 + r.nextInt(400))
                    .append('号');
        }
        s.append(estate);
        switch (r.nextInt(4)) {
            case 0 -> s.append(CN[r.nextInt(3)]).append('期');
            case 1 -> s.append("(").append(CN[r.nextInt(3)]).append("期)");
            default -> {}
        }
        switch (form) {
            case 2 -> s.append(b).append('-').append(u).append('-').append(room);
            case 3 -> s.append(CN[Math.min(b, 12) - 1]).append('栋');
            case 4 -> s.append(pick(r, FIN)).append("号楼").append(u).append("单元");
            case 5 -> s.append(b).append("#楼").append(u).append("单元").append(room);
            case 6 ->
                s.append("第")
                        .append(CN[Math.min(b, 12) - 1])
                        .append("幢")
                        .append(room)
                        .append('室');
            case 7 ->
                s.append(' ')
                        .append(b)
                        .append("栋")
                        .append(u)
                        .append("单元")
                        .append(room)
                        .append('室');
            case 8 -> {
                return fullWidthAndTraditional(s.append(b)
                        .append("栋")
                        .append(u)
                        .append("单元")
                        .append(room)
                        .append('室'));
            }
            default ->
                s.append(b)
                        .append("栋")
                        .append(u)
                        .append("单元")
                        .append(room / 100)
                        .append("楼")
                        .append(room);
        }
        return s.toString();
    }

    private static String fullWidthAndTraditional(StringBuilder s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append((char) (c - '0' + '０'));
            } else {
                out.append(
                        switch (c) {
                            case '栋' -> '棟';
                            case '单' -> '單';
                            case '区' -> '區';
                            case '园' -> '園';
                            case '华' -> '華';
                            default -> c;
                        });
            }
        }
        return out.toString();
    }

    private static String pick(SplittableRandom r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}
