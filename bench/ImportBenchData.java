import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Data for bench/import.sh (run with java's source launcher, no dependencies):
 *
 * <pre>java bench/ImportBenchData.java ROWS DEPARTMENT_CSV TABLE_CSV [SEED]</pre>
 *
 * writes the same ROWS grid memberships twice from one random stream: DEPARTMENT_CSV as a 综治 department
 * sends it (UTF-8, Chinese header, its own column order, what {@code xiaoqu import} reads) and TABLE_CSV in
 * XQ_STG_GRID_MEMBERSHIP's column layout (no header; LOAD_ID 1, LINE as xiaoqu numbers it, WARNINGS null,
 * DEPARTMENT filled in), what {@code psql \copy} reads. Records are unique by 序号, every row is valid.
 */
public class ImportBenchData {
    static final String[][] DISTRICTS = {
        {"长沙市", "芙蓉区", "430102"}, {"长沙市", "天心区", "430103"}, {"长沙市", "岳麓区", "430104"},
        {"长沙市", "开福区", "430105"}, {"长沙市", "雨花区", "430111"}, {"长沙市", "望城区", "430112"},
        {"长沙市", "长沙县", "430121"}, {"长沙市", "浏阳市", "430181"}, {"长沙市", "宁乡市", "430182"},
        {"株洲市", "荷塘区", "430202"}, {"株洲市", "芦淞区", "430203"}, {"株洲市", "天元区", "430211"},
        {"湘潭市", "雨湖区", "430302"}, {"湘潭市", "岳塘区", "430304"}, {"衡阳市", "蒸湘区", "430408"},
        {"岳阳市", "岳阳楼区", "430602"}, {"常德市", "武陵区", "430702"}, {"郴州市", "北湖区", "430802"},
    };
    static final String[] STREETS = {
        "朝阳街街道", "韭菜园街道", "定王台街道", "东岸街道", "火星街道", "马王堆街道", "东屯渡街道", "坡子街街道",
        "城南路街道", "裕南街街道", "金盆岭街道", "橘子洲街道", "望月湖街道", "岳麓街道", "银盆岭街道", "观沙岭街道",
        "望岳街道", "湘雅路街道", "伍家岭街道", "四方坪街道", "洪山街道", "侯家塘街道", "左家塘街道", "高桥街道",
        "黎托街道", "同升街道", "星沙街道", "榔梨街道", "淮川街道", "玉潭街道", "白沙街道", "建设街道",
    };
    static final String[] COMMUNITIES = {
        "侯家塘", "含浦", "八一桥", "识字岭", "湘春", "燕山", "清水塘", "文艺路", "新河", "荷花池", "南湖",
        "白沙井", "天心阁", "书院路", "桂花坪", "涂家冲", "枫林", "桃子湖", "咸嘉", "银杉", "东风", "松桂园",
        "月湖", "金霞", "黄土岭", "雨花亭", "圭塘", "砂子塘", "高桥", "火焰", "望城坡", "金星",
    };
    static final String[] ROADS = {
        "五一大道", "人民路", "韶山路", "芙蓉中路", "劳动路", "湘江中路", "解放西路", "黄兴路", "蔡锷路", "八一路",
        "洪山大道", "万家丽路", "沿江路", "人民大道", "车站北路", "东二环", "书院路", "麓山南路", "枫林三路",
        "岳麓大道", "金星中路", "桐梓坡路", "曙光北路", "雨花亭路", "香樟路", "浏阳河大道", "远大一路", "星沙大道",
    };
    static final String[] ESTATE_HEADS = {
        "荷塘", "桃花", "望月", "梧桐", "松雅", "东方", "华天", "芙蓉", "金色", "阳光", "湘江", "麓山", "橘洲", "紫薇",
        "锦绣", "碧桂", "新星", "和谐", "幸福", "丽都", "翠竹", "银杏", "枫林", "南湖", "天心", "星城", "中南", "恒大",
    };
    static final String[] ESTATE_TAILS = {
        "山庄", "雅苑", "佳园", "小区", "花园", "公馆", "华府", "家园", "新村", "名都", "华庭", "府邸", "苑", "城",
    };
    static final String[] BUILDING_SUFFIX = {"栋", "栋", "栋", "幢", "#", "号楼", "座"};
    static final String[] PHASES = {"", "", "", "一期", "二期", "三期"};

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        Path department = Path.of(args[1]);
        Path table = Path.of(args[2]);
        SplittableRandom random = new SplittableRandom(args.length > 3 ? Long.parseLong(args[3]) : 4301);
        long start = System.nanoTime();
        try (Writer dep = writer(department);
                Writer tab = writer(table)) {
            dep.write("序号,网格编码,所属区县,街道,社区,道路,门牌号,小区名称,分期,楼栋,单元,房号,详细地址,户数,经度,纬度\n");
            StringBuilder d = new StringBuilder(512);
            StringBuilder t = new StringBuilder(512);
            for (long i = 0; i < rows; i++) {
                String[] district = DISTRICTS[random.nextInt(DISTRICTS.length)];
                int streetNo = random.nextInt(STREETS.length);
                String street = STREETS[streetNo];
                String community = COMMUNITIES[random.nextInt(COMMUNITIES.length)] + "社区";
                String road = ROADS[random.nextInt(ROADS.length)];
                String roadNumber = (1 + random.nextInt(399)) + "号";
                String estate = ESTATE_HEADS[random.nextInt(ESTATE_HEADS.length)]
                        + ESTATE_TAILS[random.nextInt(ESTATE_TAILS.length)];
                String phase = PHASES[random.nextInt(PHASES.length)];
                String building = (1 + random.nextInt(40)) + BUILDING_SUFFIX[random.nextInt(BUILDING_SUFFIX.length)];
                String unit = (1 + random.nextInt(6)) + "单元";
                String room = random.nextInt(4) == 0 ? "" : (1 + random.nextInt(33)) + "0" + (1 + random.nextInt(4));
                String address = district[0] + district[1] + road + roadNumber + estate + phase + building + unit
                        + (room.isEmpty() ? "" : room + "室");
                String recordId = "ZZ" + district[2] + pad(i + 1, 10);
                String grid = district[2] + pad(streetNo + 1, 3) + pad(random.nextInt(40), 3) + pad(random.nextInt(30), 3);
                int households = 1 + random.nextInt(120);
                String lon = coordinate(112.5 + random.nextDouble() * 1.5);
                String lat = coordinate(27.5 + random.nextDouble() * 1.5);

                d.setLength(0);
                d.append(recordId).append(',').append(grid).append(',').append(district[1]).append(',');
                d.append(street).append(',').append(community).append(',').append(road).append(',');
                d.append(roadNumber).append(',').append(estate).append(',').append(phase).append(',');
                d.append(building).append(',').append(unit).append(',').append(room).append(',');
                d.append(address).append(',').append(households).append(',').append(lon).append(',');
                d.append(lat).append('\n');
                dep.append(d);

                // LOAD_ID,LINE,WARNINGS,DEPARTMENT,RECORD_ID,GRID_CODE,ADDRESS,DISTRICT,STREET,COMMUNITY,ROAD,
                // ROAD_NUMBER,ESTATE_NAME,PHASE,BUILDING,UNIT,ROOM,HOUSEHOLDS,LONGITUDE,LATITUDE,CRS
                t.setLength(0);
                t.append("1,").append(i + 2).append(",,综治,").append(recordId).append(',').append(grid);
                t.append(',').append(address).append(',').append(district[1]).append(',').append(street);
                t.append(',').append(community).append(',').append(road).append(',').append(roadNumber);
                t.append(',').append(estate).append(',').append(phase).append(',').append(building);
                t.append(',').append(unit).append(',').append(room).append(',').append(households);
                t.append(',').append(lon).append(',').append(lat).append(",\n");
                tab.append(t);
            }
        }
        System.err.printf(
                "generated %d rows in %.1f s: %s (%d MB), %s (%d MB)%n",
                rows,
                (System.nanoTime() - start) / 1e9,
                department,
                Files.size(department) >> 20,
                table,
                Files.size(table) >> 20);
    }

    private static String pad(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static String coordinate(double v) {
        long micro = Math.round(v * 1_000_000);
        String s = Long.toString(micro);
        return s.substring(0, s.length() - 6) + "." + s.substring(s.length() - 6);
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20);
    }
}
