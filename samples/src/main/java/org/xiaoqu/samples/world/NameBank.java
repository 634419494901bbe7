package org.xiaoqu.samples.world;

import java.util.List;
import java.util.SplittableRandom;

/** The parts realistic names are built from. All people and phone numbers are invented. */
public final class NameBank {
    static final List<String> ESTATE_PREFIXES = List.of(
            "芙蓉", "金色", "湘江", "岳麓", "东方", "阳光", "锦绣", "梅溪", "橘洲", "天心", "麓山", "枫林", "星城", "银杏", "紫薇", "翠竹", "中天", "恒达",
            "嘉盛", "新城", "南湖", "桃花", "青园", "书香", "怡海", "丽景", "名都", "盛世", "和馨", "龙湾", "凤凰", "白鹭", "西湖", "滨江", "世纪", "御景",
            "香樟", "梧桐", "芷兰", "德润", "长岛", "清水", "福康", "荷塘", "曙光", "新星", "湘府", "雨花", "金桥", "望月", "润和", "铭城", "汇金", "碧湘",
            "东塘", "秀峰", "华天", "明珠", "松雅", "江山");
    static final List<String> ESTATE_SUFFIXES =
            List.of("华庭", "家园", "花园", "小区", "公寓", "新村", "苑", "城", "雅苑", "名苑", "佳园", "府", "山庄", "公馆", "华府", "国际");
    /** Names so common that several districts have an estate of that name. */
    static final List<String> COMMON_NAMES =
            List.of("阳光花园", "幸福家园", "和平小区", "建设新村", "教师新村", "电力小区", "金色家园", "东方花园", "锦绣华庭", "书香名苑");
    /** Real near-twin names: a second estate differing by one character, not a slip of the pen. */
    static final List<String[]> TWIN_SUFFIXES = List.of(
            new String[] {"花园", "华园"},
            new String[] {"家园", "佳园"},
            new String[] {"华庭", "华亭"},
            new String[] {"雅苑", "雅园"},
            new String[] {"新村", "新邨"},
            new String[] {"名苑", "明苑"});

    static final List<String> OLD_NAME_PARTS =
            List.of("纺织厂", "机械厂", "汽车配件厂", "电机厂", "印刷厂", "粮食局", "供销社", "化工厂", "水泥厂", "棉纺厂", "轴承厂", "邮电局");
    static final List<String> OLD_NAME_SUFFIXES = List.of("宿舍", "家属区", "生活区", "职工宿舍");
    static final List<String> COMMUNITY_PARTS = List.of(
            "桂花坪", "新开铺", "青园", "白沙", "城南", "碧湘", "书院", "劳动", "金盆岭", "裕南", "友谊", "黄土岭", "赤岭", "望月湖", "咸嘉", "银盆", "桃子湖",
            "茶子山", "洪山", "四方坪", "德峰", "新河", "清水塘", "八一", "荷花", "东塘", "砂子塘", "侯家塘", "井湾", "高桥", "左家塘", "雨花亭", "圭塘", "洞井",
            "杨家山", "枫树山", "竹塘", "长塘", "朝晖", "马王堆", "东屯渡", "湘湖", "响塘", "石马", "龙骧", "麓谷", "观沙岭", "谷山", "坪塘", "含浦");
    static final List<String> ROAD_PARTS = List.of(
            "芙蓉", "五一", "人民", "解放", "韶山", "劳动", "曙光", "黄兴", "蔡锷", "书院", "湘府", "万家丽", "桐梓坡", "麓山", "枫林", "银盆岭", "车站",
            "建湘", "东二环", "新建", "友谊", "南湖", "城南", "白沙", "沿江", "迎宾", "八一", "紫薇", "桂花", "雨花", "木莲", "杜鹃", "含光", "潇湘", "岳华",
            "金星", "望城坡", "谷丰", "洪山", "福城");
    static final List<String> ROAD_SUFFIXES = List.of("路", "中路", "东路", "北路", "南路", "街", "大道", "巷");
    static final List<String> COMPANY_PARTS = List.of(
            "湘诚", "景华", "中楚", "金牛", "瑞丰", "华信", "长盛", "康居", "安泰", "宏远", "恒基", "星海", "嘉禾", "天诚", "润泽", "和顺", "荣盛", "达美",
            "鑫源", "佳和", "德信", "万安", "华夏", "永安", "楚天");
    static final List<String> COMPANY_SUFFIXES = List.of("物业服务有限公司", "物业管理有限公司", "物业管理有限责任公司", "物业服务集团有限公司");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜谭廖贺易龙颜";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲建文辉红兰斌鹏浩宇婷雪琴云湘岚峰志国庆春梅";

    private NameBank() {}

    static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    /** An invented person's name (two or three characters). */
    public static String person(SplittableRandom random) {
        StringBuilder b = new StringBuilder(3).append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(10) < 6 ? 2 : 1;
        for (int i = 0; i < given; i++) {
            b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return b.toString();
    }

    /** An invented mobile number in the 170 virtual-operator range, so it cannot be a real grid worker's line. */
    public static String phone(SplittableRandom random) {
        return "170" + String.format("%08d", random.nextInt(100_000_000));
    }
}
