package org.xiaoqu.samples.departments;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Character-level slips and spellings: homophones, look-alikes, traditional forms, estate suffixes. */
final class Variants {
    private static final Map<Character, Character> HOMOPHONES = Map.ofEntries(
            Map.entry('庭', '亭'),
            Map.entry('苑', '园'),
            Map.entry('园', '圆'),
            Map.entry('家', '佳'),
            Map.entry('湘', '相'),
            Map.entry('麓', '鹿'),
            Map.entry('景', '境'),
            Map.entry('城', '成'),
            Map.entry('蓉', '荣'),
            Map.entry('岳', '月'),
            Map.entry('溪', '西'),
            Map.entry('桂', '贵'),
            Map.entry('雅', '亚'),
            Map.entry('怡', '宜'),
            Map.entry('馨', '新'),
            Map.entry('阳', '杨'),
            Map.entry('光', '广'),
            Map.entry('金', '今'),
            Map.entry('丽', '立'),
            Map.entry('盛', '胜'),
            Map.entry('明', '名'),
            Map.entry('新', '心'),
            Map.entry('湾', '弯'),
            Map.entry('枫', '风'),
            Map.entry('凤', '风'),
            Map.entry('华', '化'),
            Map.entry('花', '华'),
            Map.entry('锦', '景'),
            Map.entry('府', '富'),
            Map.entry('东', '冬'),
            Map.entry('天', '添'),
            Map.entry('香', '湘'),
            Map.entry('德', '得'),
            Map.entry('和', '合'),
            Map.entry('世', '市'),
            Map.entry('星', '兴'),
            Map.entry('龙', '隆'),
            Map.entry('中', '忠'),
            Map.entry('江', '疆'),
            Map.entry('山', '珊'),
            Map.entry('村', '存'),
            Map.entry('公', '工'),
            Map.entry('寓', '玉'),
            Map.entry('区', '曲'),
            Map.entry('小', '晓'),
            Map.entry('名', '明'),
            Map.entry('佳', '家'),
            Map.entry('国', '果'),
            Map.entry('际', '记'),
            Map.entry('馆', '管'));
    private static final Map<Character, Character> NEAR_FORMS = Map.ofEntries(
            Map.entry('庭', '廷'),
            Map.entry('苑', '宛'),
            Map.entry('锦', '绵'),
            Map.entry('湘', '缃'),
            Map.entry('梅', '海'),
            Map.entry('天', '夭'),
            Map.entry('东', '车'),
            Map.entry('清', '请'),
            Map.entry('园', '国'),
            Map.entry('华', '毕'),
            Map.entry('家', '冢'),
            Map.entry('城', '域'),
            Map.entry('府', '俯'),
            Map.entry('村', '材'),
            Map.entry('新', '亲'),
            Map.entry('阳', '阴'),
            Map.entry('金', '全'),
            Map.entry('盛', '感'),
            Map.entry('景', '晾'),
            Map.entry('桂', '挂'),
            Map.entry('江', '汪'),
            Map.entry('湖', '潮'),
            Map.entry('光', '先'),
            Map.entry('山', '出'),
            Map.entry('名', '各'),
            Map.entry('佳', '住'),
            Map.entry('雅', '稚'),
            Map.entry('寓', '庽'),
            Map.entry('区', '匹'),
            Map.entry('小', '少'),
            Map.entry('公', '仏'),
            Map.entry('馆', '管'),
            Map.entry('际', '标'),
            Map.entry('国', '固'));
    private static final Map<Character, Character> TRADITIONAL = Map.ofEntries(
            Map.entry('华', '華'),
            Map.entry('园', '園'),
            Map.entry('东', '東'),
            Map.entry('湾', '灣'),
            Map.entry('龙', '龍'),
            Map.entry('门', '門'),
            Map.entry('丽', '麗'),
            Map.entry('区', '區'),
            Map.entry('栋', '棟'),
            Map.entry('号', '號'),
            Map.entry('单', '單'),
            Map.entry('凤', '鳳'),
            Map.entry('兴', '興'),
            Map.entry('阳', '陽'),
            Map.entry('长', '長'),
            Map.entry('锦', '錦'),
            Map.entry('书', '書'),
            Map.entry('桥', '橋'),
            Map.entry('岭', '嶺'),
            Map.entry('广', '廣'),
            Map.entry('场', '場'),
            Map.entry('厂', '廠'),
            Map.entry('汇', '匯'),
            Map.entry('润', '潤'),
            Map.entry('银', '銀'),
            Map.entry('远', '遠'),
            Map.entry('达', '達'),
            Map.entry('岳', '嶽'),
            Map.entry('万', '萬'),
            Map.entry('楼', '樓'),
            Map.entry('宁', '寧'),
            Map.entry('乐', '樂'),
            Map.entry('盘', '盤'),
            Map.entry('开', '開'),
            Map.entry('际', '際'),
            Map.entry('国', '國'),
            Map.entry('馆', '館'),
            Map.entry('庄', '莊'),
            Map.entry('镇', '鎮'),
            Map.entry('乡', '鄉'),
            Map.entry('苏', '蘇'),
            Map.entry('云', '雲'),
            Map.entry('绿', '綠'),
            Map.entry('丰', '豐'),
            Map.entry('发', '發'),
            Map.entry('业', '業'),
            Map.entry('层', '層'),
            Map.entry('务', '務'),
            Map.entry('济', '濟'),
            Map.entry('纺', '紡'),
            Map.entry('织', '織'),
            Map.entry('电', '電'),
            Map.entry('机', '機'),
            Map.entry('车', '車'),
            Map.entry('邮', '郵'),
            Map.entry('粮', '糧'),
            Map.entry('属', '屬'),
            Map.entry('职', '職'),
            Map.entry('试', '試'),
            Map.entry('县', '縣'),
            Map.entry('师', '師'),
            Map.entry('设', '設'),
            Map.entry('鹭', '鷺'),
            Map.entry('铭', '銘'),
            Map.entry('风', '風'),
            Map.entry('枫', '楓'),
            Map.entry('时', '時'),
            Map.entry('纪', '紀'),
            Map.entry('御', '禦'),
            Map.entry('丛', '叢'),
            Map.entry('滨', '濱'),
            Map.entry('岛', '島'),
            Map.entry('荣', '榮'));
    /** Suffixes departments drop (longest first). */
    private static final List<String> DROPPABLE =
            List.of("雅苑", "名苑", "佳园", "华庭", "家园", "花园", "小区", "公寓", "新村", "华府", "山庄", "公馆", "国际", "苑", "府", "城");

    private Variants() {}

    static boolean hasHomophone(String s) {
        return first(s, HOMOPHONES) >= 0;
    }

    static boolean hasNearForm(String s) {
        return first(s, NEAR_FORMS) >= 0;
    }

    static String homophone(String s, SplittableRandom r) {
        return replaceOne(s, HOMOPHONES, r);
    }

    static String nearForm(String s, SplittableRandom r) {
        return replaceOne(s, NEAR_FORMS, r);
    }

    /** Every character that has a traditional form in traditional form. */
    static String traditional(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(TRADITIONAL.getOrDefault(c, c));
        }
        return b.toString();
    }

    /** Whether a string contains a character that {@link #traditional} changes. */
    static boolean looksTraditional(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (TRADITIONAL.containsValue(s.charAt(i)) && !TRADITIONAL.containsKey(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Drops the estate's suffix, or adds 小区 when it has none to drop (or after dropping would leave one character). */
    static String suffix(String name) {
        for (String s : DROPPABLE) {
            if (name.endsWith(s) && name.length() - s.length() >= 2) {
                return name.substring(0, name.length() - s.length());
            }
        }
        return name + "小区";
    }

    private static int first(String s, Map<Character, Character> map) {
        for (int i = 0; i < s.length(); i++) {
            Character to = map.get(s.charAt(i));
            if (to != null && to != s.charAt(i)) {
                return i;
            }
        }
        return -1;
    }

    private static String replaceOne(String s, Map<Character, Character> map, SplittableRandom r) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            Character to = map.get(s.charAt(i));
            if (to != null && to != s.charAt(i)) {
                count++;
            }
        }
        int pick = r.nextInt(count);
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < s.length(); i++) {
            Character to = map.get(s.charAt(i));
            if (to != null && to != s.charAt(i) && pick-- == 0) {
                b.setCharAt(i, to);
                break;
            }
        }
        return b.toString();
    }
}
