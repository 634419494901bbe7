package org.xiaoqu.samples.rank;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.xiaoqu.samples.world.Seeds;
import org.xiaoqu.samples.world.World;

/**
 * Writes {@code rank/} (enterprises' and streets' indicator values in the {@code indicator-value} input kind with
 * Chinese headers; committees' and estates' in wide files, one row per entity and period, to keep the committed
 * city small; entity registers; a stand-in for the credit job's scores) and {@code schemes/} (one ranking scheme per entity kind).
 * Open it, call {@link #district} for each district in order, then {@link #close}.
 *
 * <p>Per district and concern one {@link SplittableRandom} ({@link Seeds#random} with concerns 901–904), so
 * nothing else the generator writes changes. Each entity has a latent quality drawn once that both years share
 * (years are correlated, ranks move a little); about 3% of values are missing and 1% are outliers (a value ten
 * times too large, as a unit slip makes them).
 */
public final class RankingSamples implements AutoCloseable {
    static final int ENTERPRISES = 901;
    static final int COMMITTEES = 902;
    static final int ESTATES = 903;
    static final int STREETS = 904;
    static final int[] YEARS = {2024, 2025};
    static final String DIR = "rank";
    static final String[] HEADER = {"对象类型", "对象编号", "对象名称", "考核期", "指标", "指标值", "单位", "数据来源"};
    static final List<String> SCHEMES =
            List.of("enterprise.yaml", "owners-committee.yaml", "estate.yaml", "street.yaml");

    private final Path root;
    private final long seed;
    private final Map<String, Sink> sinks = new LinkedHashMap<>();

    public RankingSamples(Path root, long seed) throws IOException {
        this.root = root;
        this.seed = seed;
        sink("enterprise-indicators.csv", HEADER);
        sink("enterprise-credit-scores.csv", "credit_code", "enterprise_name", "score", "grade");
        sink(
                "committee-evaluations.csv",
                "committee_id",
                "period",
                "street_evaluation",
                "owner_satisfaction",
                "owner_satisfaction_respondents",
                "disclosure",
                "meetings",
                "complaints");
        sink("committees.csv", "committee_id", "committee_name", "street", "chair");
        sink(
                "estate-indicators.csv",
                "estate_id",
                "year",
                "party_org",
                "owners_committee",
                "professional_service",
                "satisfaction",
                "garbage_sorting",
                "safety_incidents");
        sink("estates.csv", "estate_id", "estate_name", "street");
        sink("street-indicators.csv", HEADER);
    }

    private void sink(String name, String... header) throws IOException {
        sinks.put(name, new Sink(root.resolve(DIR).resolve(name), header));
    }

    /** Adds one district's entities. */
    public void district(World.District d) throws IOException {
        long code = Long.parseLong(d.code());
        enterprises(d, Seeds.random(seed, code, ENTERPRISES));
        List<World.Estate> estates = firstPhases(d);
        committees(estates, Seeds.random(seed, code, COMMITTEES));
        estates(estates, Seeds.random(seed, code, ESTATES));
        streets(d, estates, Seeds.random(seed, code, STREETS));
    }

    private void enterprises(World.District d, SplittableRandom rng) throws IOException {
        Sink values = sinks.get("enterprise-indicators.csv");
        Sink credit = sinks.get("enterprise-credit-scores.csv");
        for (World.Enterprise e : d.enterprises()) {
            double q = rng.nextGaussian();
            for (int year : YEARS) {
                double y = q + 0.3 * rng.nextGaussian();
                String p = Integer.toString(year);
                value(
                        values,
                        rng,
                        "enterprise",
                        e.creditCode(),
                        e.name(),
                        p,
                        "satisfaction",
                        clamp(78 + 8 * y, 40, 100),
                        1,
                        "分",
                        "业主满意度调查");
                exact(
                        values,
                        "enterprise",
                        e.creditCode(),
                        e.name(),
                        p,
                        "satisfaction_respondents",
                        rng.nextDouble() < 0.08 ? 5 + rng.nextInt(25) : 30 + rng.nextInt(400),
                        "人",
                        "业主满意度调查");
                value(
                        values,
                        rng,
                        "enterprise",
                        e.creditCode(),
                        e.name(),
                        p,
                        "complaint_rate",
                        Math.max(0.2, 6 - 1.6 * y + rng.nextGaussian()),
                        2,
                        "件/千户",
                        "12345热线");
                value(
                        values,
                        rng,
                        "enterprise",
                        e.creditCode(),
                        e.name(),
                        p,
                        "repair_timeliness",
                        clamp(88 + 5 * y, 50, 100),
                        1,
                        "%",
                        "住建局");
                value(
                        values,
                        rng,
                        "enterprise",
                        e.creditCode(),
                        e.name(),
                        p,
                        "fee_collection",
                        clamp(85 + 6 * y, 40, 100),
                        1,
                        "%",
                        "企业报送");
                int honours = rng.nextDouble() < 0.12 + 0.05 * Math.max(0, y) ? 1 + rng.nextInt(3) : 0;
                int penalties = rng.nextDouble() < 0.15 - 0.05 * Math.max(-1, Math.min(1, y)) ? 1 + rng.nextInt(2) : 0;
                exact(values, "enterprise", e.creditCode(), e.name(), p, "honours", honours, "次", "市住建局表彰");
                exact(values, "enterprise", e.creditCode(), e.name(), p, "penalties", penalties, "次", "行政处罚");
                if (rng.nextDouble() < 0.02) {
                    exact(values, "enterprise", e.creditCode(), e.name(), p, "major_accident", 1, "起", "应急管理局");
                }
                if (year == YEARS[YEARS.length - 1]) {
                    double score = clamp(Math.round(80 + 9 * y), 30, 100);
                    credit.row(
                            e.creditCode(),
                            e.name(),
                            fmt(score, 0),
                            score >= 90 ? "AAA" : score >= 80 ? "AA" : score >= 70 ? "A" : score >= 60 ? "B" : "C");
                }
            }
        }
    }

    private void committees(List<World.Estate> estates, SplittableRandom rng) throws IOException {
        Sink values = sinks.get("committee-evaluations.csv");
        Sink register = sinks.get("committees.csv");
        for (World.Estate e : estates) {
            if (e.committeeChair() == null) {
                continue;
            }
            String id = "YWH" + e.groupId().substring(1);
            register.row(id, e.name() + "业主委员会", e.street().name(), e.committeeChair());
            double q = rng.nextGaussian();
            for (int year : YEARS) {
                for (String half : new String[] {"H1", "H2"}) {
                    double y = q + 0.4 * rng.nextGaussian();
                    values.row(
                            id,
                            year + half,
                            cell(rng, clamp(82 + 7 * y, 40, 100), 1),
                            cell(rng, clamp(75 + 9 * y, 30, 100), 1),
                            fmt(rng.nextDouble() < 0.08 ? 3 + rng.nextInt(17) : 20 + rng.nextInt(150), 0),
                            cell(rng, clamp(80 + 10 * y, 20, 100), 0),
                            cell(rng, Math.max(0, Math.round(4 + 1.5 * y + rng.nextGaussian())), 0),
                            cell(rng, Math.max(0, Math.round(3 - 1.2 * y + rng.nextGaussian())), 0));
                }
            }
        }
    }

    private void estates(List<World.Estate> estates, SplittableRandom rng) throws IOException {
        Sink values = sinks.get("estate-indicators.csv");
        Sink register = sinks.get("estates.csv");
        for (World.Estate e : estates) {
            register.row(e.groupId(), e.name(), e.street().name());
            double q = rng.nextGaussian() + (e.propertyService().equals("professional") ? 0.4 : -0.3);
            for (int year : YEARS) {
                double y = q + 0.3 * rng.nextGaussian();
                values.row(
                        e.groupId(),
                        Integer.toString(year),
                        e.partyOrg() ? "1" : "0",
                        e.committeeChair() != null ? "1" : "0",
                        e.propertyService().equals("professional") ? "1" : "0",
                        cell(rng, clamp(74 + 9 * y, 30, 100), 1),
                        cell(rng, clamp(70 + 12 * y, 10, 100), 1),
                        cell(rng, Math.max(0, Math.round(2 - 0.8 * y + rng.nextGaussian())), 0));
            }
        }
    }

    /** One value of a wide file: missing (3%), an outlier ten times too large (1%), or the value. */
    private static String cell(SplittableRandom rng, double v, int decimals) {
        double u = rng.nextDouble();
        return u < 0.03 ? "" : fmt(u < 0.04 ? v * 10 : v, decimals);
    }

    private void streets(World.District d, List<World.Estate> estates, SplittableRandom rng) throws IOException {
        Sink values = sinks.get("street-indicators.csv");
        for (World.Street s : d.streets()) {
            int n = 0;
            int party = 0;
            int committee = 0;
            int professional = 0;
            for (World.Estate e : estates) {
                if (e.street().code().equals(s.code())) {
                    n++;
                    party += e.partyOrg() ? 1 : 0;
                    committee += e.committeeChair() != null ? 1 : 0;
                    professional += e.propertyService().equals("professional") ? 1 : 0;
                }
            }
            if (n == 0) {
                continue;
            }
            double q = rng.nextGaussian();
            for (int year : YEARS) {
                double y = q + 0.3 * rng.nextGaussian();
                String p = Integer.toString(year);
                exact(
                        values,
                        "street",
                        s.code(),
                        s.name(),
                        p,
                        "party_coverage",
                        round(100.0 * party / n, 1),
                        "%",
                        "组织部");
                exact(
                        values,
                        "street",
                        s.code(),
                        s.name(),
                        p,
                        "committee_coverage",
                        round(100.0 * committee / n, 1),
                        "%",
                        "民政局");
                exact(
                        values,
                        "street",
                        s.code(),
                        s.name(),
                        p,
                        "professional_coverage",
                        round(100.0 * professional / n, 1),
                        "%",
                        "住建局");
                value(
                        values,
                        rng,
                        "street",
                        s.code(),
                        s.name(),
                        p,
                        "whistle_response",
                        clamp(85 + 6 * y, 40, 100),
                        1,
                        "%",
                        "街乡吹哨·部门报到");
                value(
                        values,
                        rng,
                        "street",
                        s.code(),
                        s.name(),
                        p,
                        "complaint_days",
                        Math.max(0.5, 5 - 1.2 * y + 0.5 * rng.nextGaussian()),
                        1,
                        "天",
                        "12345热线");
            }
        }
    }

    /** One value, missing (3%) or an outlier ten times too large (1%). */
    private static void value(
            Sink sink,
            SplittableRandom rng,
            String kind,
            String id,
            String name,
            String period,
            String indicator,
            double v,
            int decimals,
            String unit,
            String source)
            throws IOException {
        double u = rng.nextDouble();
        String text = u < 0.03 ? "" : fmt(u < 0.04 ? v * 10 : v, decimals);
        sink.row(kind, id, name, period, indicator, text, unit, source);
    }

    private static void exact(
            Sink sink,
            String kind,
            String id,
            String name,
            String period,
            String indicator,
            double v,
            String unit,
            String source)
            throws IOException {
        sink.row(kind, id, name, period, indicator, fmt(v, v == Math.rint(v) ? 0 : 1), unit, source);
    }

    private static List<World.Estate> firstPhases(World.District d) {
        List<World.Estate> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (World.Estate e : d.estates()) {
            if (seen.add(e.groupId())) {
                out.add(e);
            }
        }
        return out;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double round(double v, int decimals) {
        double p = Math.pow(10, decimals);
        return Math.round(v * p) / p;
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** The schemes, copied from this module's resources. */
    private void schemes() throws IOException {
        Path dir = root.resolve("schemes");
        Files.createDirectories(dir);
        for (String s : SCHEMES) {
            try (InputStream in = RankingSamples.class.getResourceAsStream("/org/xiaoqu/samples/rank/schemes/" + s)) {
                Files.write(dir.resolve(s), in.readAllBytes());
            }
        }
    }

    /** Every file written, relative to the city's folder. */
    public List<String> files() {
        List<String> files = new ArrayList<>();
        sinks.keySet().forEach(n -> files.add(DIR + "/" + n));
        SCHEMES.forEach(s -> files.add("schemes/" + s));
        return files;
    }

    @Override
    public void close() throws IOException {
        for (Sink s : sinks.values()) {
            s.close();
        }
        schemes();
    }

    /** UTF-8 CSV, LF, quoted only where needed. */
    private static final class Sink implements AutoCloseable {
        private final Writer out;

        Sink(Path file, String... header) throws IOException {
            Files.createDirectories(file.getParent());
            out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
            row(header);
        }

        void row(String... cells) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                String c = cells[i];
                if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
                    out.write('"' + c.replace("\"", "\"\"") + '"');
                } else {
                    out.write(c);
                }
            }
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
