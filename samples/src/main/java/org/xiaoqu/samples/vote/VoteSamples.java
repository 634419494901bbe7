package org.xiaoqu.samples.vote;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.xiaoqu.samples.world.Households;
import org.xiaoqu.samples.world.NameBank;
import org.xiaoqu.samples.world.Seeds;
import org.xiaoqu.samples.world.World;

/**
 * For every pilot estate: the owners' register (业主投票/ID/业主名册.csv) drawn from its households (some owners
 * with several units, the developer's unsold units, a few units in dispute), a meeting's rules file
 * (表决规则.yaml) with two matters of different kinds, and the e-vote export (投票记录.csv) with planted
 * duplicates, late ballots, ballots from non-owners and from disputed units. The true outcome of each matter,
 * computed here in integer hundredths of a square metre, goes to truth/vote-outcomes.csv and each ballot's true
 * status to truth/vote-ballots.csv.
 */
public final class VoteSamples implements AutoCloseable {
    /** The folder of the vote files, under the city's root. */
    public static final String FOLDER = "业主投票";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final LocalDateTime OPENS = LocalDateTime.of(2026, 10, 8, 8, 0);
    private static final int WINDOW_SECONDS = 14 * 24 * 3600;

    /** The matters of each meeting, chosen by the estate: (item, planned turnout, planned agreement). */
    private static final double[][][] MEETINGS = {
        {{4, 0.80, 0.62}, {6, 0.82, 0.70}},
        {{5, 0.78, 0.66}, {7, 0.58, 0.90}},
        {{1, 0.84, 0.70}, {8, 0.86, 0.86}},
        {{3, 0.76, 0.46}, {9, 0.81, 0.70}}
    };

    private static final String[] TITLES = {
        "",
        "修改业主大会议事规则",
        "修改管理规约",
        "增补业主委员会委员",
        "续聘物业服务企业",
        "使用维修资金更换电梯",
        "续筹维修资金",
        "改建地下车库出入口",
        "利用共有部分设置充电桩并收取收益",
        "小区公共收益分配方案"
    };

    private final Path root;
    private final long seed;
    private final TextFile outcomes;
    private final TextFile statuses;
    private final List<String> files = new ArrayList<>();

    public VoteSamples(Path root, long seed) throws IOException {
        this.root = root;
        this.seed = seed;
        outcomes = new TextFile(
                root.resolve("truth/vote-outcomes.csv"),
                false,
                "meeting",
                "estate_id",
                "matter_id",
                "item",
                "total_area",
                "total_owners",
                "participating_area",
                "participating_owners",
                "approving_area",
                "approving_owners",
                "result");
        statuses = new TextFile(root.resolve("truth/vote-ballots.csv"), false, "meeting", "line", "status");
    }

    private record Household(String unitId, long area, String name) {}

    private record Unit(
            String unitId, String ownerId, String ownerName, String ownerKey, long area, boolean disputed) {}

    private record Cast(
            LocalDateTime at,
            Unit unit,
            String ownerId,
            String ownerName,
            String matter,
            String choice,
            String status,
            String ownerKey) {}

    /** Writes the vote files of the district's pilot estates. */
    public void district(World.District d) throws IOException {
        Map<String, List<Household>> pilots = new LinkedHashMap<>();
        Map<String, World.Estate> estates = new LinkedHashMap<>();
        for (World.Building b : d.buildings()) {
            World.Estate e = b.estate();
            if (!e.pilot()) {
                continue;
            }
            estates.putIfAbsent(e.groupId(), e);
            List<Household> list = pilots.computeIfAbsent(e.groupId(), k -> new ArrayList<>());
            SplittableRandom areas = Households.random(seed, b.id());
            SplittableRandom owners = new SplittableRandom(areas.nextLong() ^ 0x2545F4914F6CDD1DL);
            areas = Households.random(seed, b.id());
            String building = (e.phased() ? e.phase() + "期" : "") + b.number();
            for (int u = 1; u <= b.units(); u++) {
                for (int f = 1; f <= b.floors(); f++) {
                    for (int k = 1; k <= b.perFloor(); k++) {
                        list.add(new Household(
                                building + "-" + u + "-" + (f * 100 + k),
                                Households.nextArea(areas),
                                NameBank.person(owners)));
                    }
                }
            }
        }
        SplittableRandom random = Seeds.random(seed, Long.parseLong(d.code()), Seeds.VOTE);
        for (var e : pilots.entrySet()) {
            estate(estates.get(e.getKey()), e.getValue(), random);
        }
    }

    private void estate(World.Estate estate, List<Household> households, SplittableRandom random) throws IOException {
        String id = estate.groupId();
        String folder = FOLDER + "/" + id;
        String developerId = "91430100" + id.substring(id.length() - 8) + "DV";
        String developerName = estate.name() + "置业有限公司";
        List<Unit> units = new ArrayList<>();
        List<String[]> recentOwners = new ArrayList<>();
        int seq = 0;
        for (Household h : households) {
            int r = random.nextInt(1000);
            String ownerId;
            String name;
            boolean unsold = false;
            if (r < 40) {
                ownerId = developerId;
                name = developerName;
                unsold = true;
            } else if (r < 100 && !recentOwners.isEmpty()) {
                String[] o = recentOwners.get(random.nextInt(recentOwners.size()));
                ownerId = o[0];
                name = o[1];
            } else {
                ownerId = "P" + id.substring(3) + String.format("%05d", ++seq);
                name = h.name();
                recentOwners.add(new String[] {ownerId, name});
                if (recentOwners.size() > 40) {
                    recentOwners.remove(0);
                }
            }
            boolean disputed = !unsold && random.nextInt(200) == 0;
            units.add(new Unit(h.unitId(), ownerId, name, unsold ? "#developer" : ownerId, h.area(), disputed));
        }
        try (TextFile reg = new TextFile(
                root.resolve(folder + "/业主名册.csv"), true, "房屋编号", "业主编号", "业主姓名", "专有部分面积", "面积来源", "建设单位未售", "权属争议")) {
            for (Unit u : units) {
                int s = random.nextInt(100);
                reg.row(
                        u.unitId(),
                        u.ownerId(),
                        u.ownerName(),
                        TextFile.centi(u.area()),
                        s < 2 ? "实测" : s < 3 ? "合同" : "不动产登记",
                        u.ownerKey().startsWith("#") ? "是" : "否",
                        u.disputed() ? "是" : "否");
            }
        }
        Map<String, List<Unit>> byOwner = new LinkedHashMap<>();
        for (Unit u : units) {
            byOwner.computeIfAbsent(u.ownerKey(), k -> new ArrayList<>()).add(u);
        }
        double[][] meeting = MEETINGS[Math.floorMod(id.hashCode(), MEETINGS.length)];
        String meetingId = "YZDH-" + id + "-2026-1";
        LocalDateTime closes = OPENS.plusSeconds(WINDOW_SECONDS);
        List<Cast> casts = new ArrayList<>();
        for (int m = 0; m < meeting.length; m++) {
            String matter = "M" + (m + 1);
            double turnout = meeting[m][1];
            double agree = meeting[m][2];
            for (var o : byOwner.entrySet()) {
                List<Unit> own = o.getValue();
                if (random.nextDouble() >= turnout) {
                    continue;
                }
                Unit via = own.get(random.nextInt(own.size()));
                String choice = random.nextDouble() < agree ? "同意" : random.nextInt(10) < 7 ? "反对" : "弃权";
                int late = random.nextInt(100);
                LocalDateTime at = late < 2
                        ? closes.plusSeconds(1 + random.nextInt(86_400))
                        : OPENS.plusSeconds(random.nextInt(WINDOW_SECONDS));
                if (late >= 2 && random.nextInt(100) < 6) {
                    // a change of mind: an earlier ballot through any of the owner's units, superseded
                    LocalDateTime earlier = OPENS.plusSeconds(random.nextInt(
                            (int) java.time.Duration.between(OPENS, at).getSeconds() + 1));
                    Unit first = own.get(random.nextInt(own.size()));
                    String other = choice.equals("同意") ? "反对" : "同意";
                    casts.add(new Cast(earlier, first, via.ownerId(), via.ownerName(), matter, other, "", o.getKey()));
                }
                casts.add(new Cast(at, via, via.ownerId(), via.ownerName(), matter, choice, "", o.getKey()));
            }
            int tenants = Math.max(1, units.size() / 100);
            for (int t = 0; t < tenants; t++) {
                Unit u = units.get(random.nextInt(units.size()));
                casts.add(new Cast(
                        OPENS.plusSeconds(random.nextInt(WINDOW_SECONDS)),
                        u,
                        "T" + String.format("%07d", random.nextInt(10_000_000)),
                        NameBank.person(random),
                        matter,
                        random.nextBoolean() ? "同意" : "反对",
                        "NOT_OWNER",
                        ""));
            }
        }
        // lines in time order (ties keep the order drawn), as the e-vote platform exports them
        List<Cast> ordered = new ArrayList<>(casts);
        ordered.sort(Comparator.comparing(Cast::at));
        List<Cast> settled = settle(ordered, closes);
        try (TextFile out = new TextFile(
                root.resolve(folder + "/投票记录.csv"), true, "投票时间", "房屋编号", "业主编号", "业主姓名", "表决事项", "表决意见")) {
            long line = 1;
            for (Cast c : settled) {
                line++;
                out.row(c.at().format(TIME), c.unit().unitId(), c.ownerId(), c.ownerName(), c.matter(), c.choice());
                statuses.row(meetingId, Long.toString(line), c.status());
            }
        }
        try (TextFile rules = new TextFile(root.resolve(folder + "/表决规则.yaml"), false)) {
            StringBuilder y = new StringBuilder();
            y.append("# 业主大会表决规则 (xiaoqu vote tally; schema: schemas/config/vote-rules.schema.json)\n");
            y.append("meeting: ").append(meetingId).append('\n');
            y.append("estateId: ").append(id).append('\n');
            y.append("estateName: ").append(estate.name()).append('\n');
            y.append("title: ").append(estate.name()).append("2026年第一次业主大会会议\n");
            y.append("opens: '").append(OPENS.format(TIME)).append("'\n");
            y.append("closes: '").append(closes.format(TIME)).append("'\n");
            y.append("duplicates: last     # an owner's last valid ballot on a matter counts\n");
            y.append("register: 业主名册.csv\n");
            y.append("ballots: 投票记录.csv\n");
            y.append("matters:\n");
            for (int m = 0; m < meeting.length; m++) {
                int item = (int) meeting[m][0];
                y.append("  - id: M").append(m + 1).append('\n');
                y.append("    item: ").append(item).append('\n');
                y.append("    title: ").append(TITLES[item]).append('\n');
                y.append("    participation: '>= 2/3'\n");
                y.append("    approval: '")
                        .append(item >= 6 && item <= 8 ? ">= 3/4" : "> 1/2")
                        .append("'\n");
            }
            rules.text(y.toString());
        }
        truth(meetingId, id, meeting, units, settled);
        files.add(folder + "/业主名册.csv");
        files.add(folder + "/投票记录.csv");
        files.add(folder + "/表决规则.yaml");
    }

    /** Each ballot's true status: late, non-owner, disputed, or counted / superseded (the last valid counts). */
    private static List<Cast> settle(List<Cast> ordered, LocalDateTime closes) {
        List<Cast> out = new ArrayList<>();
        Map<String, Integer> last = new LinkedHashMap<>();
        for (Cast c : ordered) {
            String status;
            if (c.at().isAfter(closes)) {
                status = "LATE";
            } else if (!c.status().isEmpty()) {
                status = c.status();
            } else if (c.unit().disputed()) {
                status = "DISPUTED";
            } else {
                status = "COUNTED";
                Integer before = last.put(c.matter() + "/" + c.ownerKey(), out.size());
                if (before != null) {
                    Cast old = out.get(before);
                    out.set(before, withStatus(old, "SUPERSEDED"));
                }
            }
            out.add(withStatus(c, status));
        }
        return out;
    }

    private static Cast withStatus(Cast c, String status) {
        return new Cast(c.at(), c.unit(), c.ownerId(), c.ownerName(), c.matter(), c.choice(), status, c.ownerKey());
    }

    private void truth(String meetingId, String estateId, double[][] meeting, List<Unit> units, List<Cast> casts)
            throws IOException {
        long total = 0;
        Map<String, Long> countable = new LinkedHashMap<>();
        for (Unit u : units) {
            total += u.area();
            countable.merge(u.ownerKey(), u.disputed() ? 0 : u.area(), Long::sum);
        }
        long owners = countable.size();
        for (int m = 0; m < meeting.length; m++) {
            String matter = "M" + (m + 1);
            int item = (int) meeting[m][0];
            long part = 0, agreeArea = 0, heads = 0, agree = 0;
            for (Cast c : casts) {
                if (c.matter().equals(matter) && c.status().equals("COUNTED")) {
                    long area = countable.get(c.ownerKey());
                    part += area;
                    heads++;
                    if (c.choice().equals("同意")) {
                        agree++;
                        agreeArea += area;
                    }
                }
            }
            boolean quorate = 3 * part >= 2 * total && 3 * heads >= 2 * owners;
            boolean approved = item >= 6 && item <= 8
                    ? 4 * agreeArea >= 3 * part && 4 * agree >= 3 * heads
                    : 2 * agreeArea > part && 2 * agree > heads;
            outcomes.row(
                    meetingId,
                    estateId,
                    matter,
                    Integer.toString(item),
                    TextFile.centi(total),
                    Long.toString(owners),
                    TextFile.centi(part),
                    Long.toString(heads),
                    TextFile.centi(agreeArea),
                    Long.toString(agree),
                    !quorate ? "NOT_QUORATE" : approved ? "PASSED" : "REJECTED");
        }
    }

    /** The files written, relative to the root (truth files included). */
    public List<String> files() {
        List<String> all = new ArrayList<>(files);
        all.add("truth/vote-outcomes.csv");
        all.add("truth/vote-ballots.csv");
        return all;
    }

    @Override
    public void close() throws IOException {
        try (outcomes;
                statuses) {
            // closes both
        }
    }
}
