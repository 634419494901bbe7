package org.xiaoqu.rank;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.config.ConfigLoader;
import org.xiaoqu.config.Nearest;
import org.xiaoqu.rank.RankScheme.Band;
import org.xiaoqu.rank.RankScheme.SourceKind;
import org.xiaoqu.rank.internal.Aggregate;
import org.xiaoqu.rank.internal.Ahp;
import org.xiaoqu.rank.internal.Normalise;

/**
 * Reads a ranking scheme strictly: unknown keys name the nearest valid one, and every value that is not allowed is
 * one line naming the file, line and column and what to write instead (exit 2). An AHP matrix whose consistency
 * ratio exceeds the declared maximum is refused here, before any data is read.
 */
public final class SchemeLoader {
    public static final List<String> ENTITY_KINDS = List.of("enterprise", "owners-committee", "estate", "street");
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final Pattern INDICATOR_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");

    private final Path file;
    private final List<String> lines;

    private SchemeLoader(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** Loads {@code file}; {@code year} (when not null) replaces the scheme's {@code period.year}. */
    public static RankScheme load(Path file, @Nullable Integer year) {
        Path abs = file.toAbsolutePath().normalize();
        SchemeFile raw = ConfigLoader.readStrict(
                abs,
                SchemeFile.class,
                "ranking scheme",
                "see samples/city/schemes/ for examples",
                "see samples/city/schemes/ for examples");
        if (raw == null) {
            throw XiaoquException.usage(abs + ": the ranking scheme is empty");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(abs);
        } catch (IOException e) {
            lines = List.of();
        }
        return new SchemeLoader(abs, lines).resolve(raw, year);
    }

    private RankScheme resolve(SchemeFile f, @Nullable Integer yearOverride) {
        String id = required("id", f.id());
        if (!ID.matcher(id).matches()) {
            throw error(
                    "id", id, "id '" + id + "' must be lower-case letters, digits and '-' (it names runs and files)");
        }
        String kind = oneOf("entityKind", required("entityKind", f.entityKind()), ENTITY_KINDS);
        SchemeFile.Period period = f.period() == null ? new SchemeFile.Period(null, null, null) : f.period();
        Integer year = yearOverride != null ? yearOverride : period.year();
        if (year == null) {
            throw error("period", null, "'period.year' is required (or give --year)");
        }
        RankScheme.HalfYears halfYears = RankScheme.HalfYears.MEAN;
        if (period.halfYears() != null) {
            String h = oneOf("halfYears", period.halfYears(), ids(RankScheme.HalfYears.values()));
            halfYears = Arrays.stream(RankScheme.HalfYears.values())
                    .filter(x -> x.id.equals(h))
                    .findFirst()
                    .orElseThrow();
        }
        double[] halfWeights = {0.5, 0.5};
        if (halfYears == RankScheme.HalfYears.WEIGHTED) {
            List<Double> w = period.halfYearWeights();
            if (w == null || w.size() != 2) {
                throw error("halfYearWeights", null, "'halfYears: weighted' needs 'halfYearWeights: [w1, w2]'");
            }
            halfWeights = new double[] {w.get(0), w.get(1)};
        }

        List<RankScheme.Source> sources = new ArrayList<>();
        Set<String> sourceIds = new HashSet<>();
        for (SchemeFile.Source s : list(f.sources())) {
            String sid = required("sources[].id", s.id());
            if (!sourceIds.add(sid)) {
                throw error("id", sid, "source '" + sid + "' is declared twice");
            }
            int given = (s.file() != null && s.job() == null ? 1 : 0)
                    + (s.job() != null ? 1 : 0)
                    + (s.table() != null ? 1 : 0);
            if (given != 1) {
                throw error(
                        "id",
                        sid,
                        "source '" + sid + "' needs exactly one of 'file', 'job' (with 'file')" + " or 'table'");
            }
            SourceKind sk = s.job() != null ? SourceKind.JOB : s.table() != null ? SourceKind.TABLE : SourceKind.FILE;
            if (sk == SourceKind.TABLE && !"indicator-value".equals(s.table())) {
                throw error(
                        "table",
                        s.table(),
                        "source '" + sid + "': table '" + s.table()
                                + "' is not one xiaoqu imports for rankings (use 'indicator-value')");
            }
            if (sk == SourceKind.JOB && s.file() == null) {
                throw error(
                        "job",
                        s.job(),
                        "source '" + sid + "': 'job' needs 'file', the file in that job's"
                                + " output folder (e.g. scores.csv)");
            }
            String format = s.format() == null ? (sk == SourceKind.JOB ? "wide" : "long") : s.format();
            oneOf("format", format, List.of("long", "wide"));
            boolean wide = format.equals("wide");
            if (sk == SourceKind.TABLE && wide) {
                throw error("format", format, "source '" + sid + "': the imported table is in long format");
            }
            String idColumn = s.idColumn() != null ? s.idColumn() : wide ? null : "entity_id";
            if (idColumn == null) {
                throw error(
                        "id",
                        sid,
                        "source '" + sid + "': a wide source needs 'idColumn' (the column naming the" + " entity)");
            }
            Path path = sk == SourceKind.TABLE
                    ? null
                    : sk == SourceKind.JOB
                            ? Path.of(s.file())
                            : file.getParent().resolve(s.file()).normalize();
            sources.add(new RankScheme.Source(
                    sid,
                    sk,
                    path,
                    s.job(),
                    wide,
                    idColumn,
                    s.nameColumn(),
                    s.periodColumn(),
                    Boolean.TRUE.equals(s.optional()),
                    s.fallbackFile() == null
                            ? null
                            : file.getParent().resolve(s.fallbackFile()).normalize()));
        }
        if (sources.isEmpty()) {
            throw error("sources", null, "'sources' must list at least one source of values");
        }

        RankScheme.Register register = null;
        if (f.entities() != null) {
            SchemeFile.Entities e = f.entities();
            String src = source("entities.source", required("entities.source", e.source()), sourceIds);
            register = new RankScheme.Register(
                    src,
                    e.idColumn() == null ? "entity_id" : e.idColumn(),
                    e.nameColumn(),
                    e.groupColumn(),
                    e.personColumn());
        }

        SchemeFile.Weighting wf =
                f.weighting() == null ? new SchemeFile.Weighting(null, null, null, null) : f.weighting();
        String wm = oneOf("method", wf.method() == null ? "equal" : wf.method(), ids(RankScheme.WeightMethod.values()));
        RankScheme.WeightMethod weighting = Arrays.stream(RankScheme.WeightMethod.values())
                .filter(x -> x.id.equals(wm))
                .findFirst()
                .orElseThrow();

        SchemeFile.Normalisation nf =
                f.normalisation() == null ? new SchemeFile.Normalisation(null, null, null) : f.normalisation();
        Normalise.Method normalisation = Normalise.Method.of(
                oneOf("method", nf.method() == null ? "min-max" : nf.method(), ids(Normalise.Method.values())));
        double lower = nf.lower() == null ? 0 : nf.lower();
        double upper = nf.upper() == null ? 1 : nf.upper();
        if (!(upper > lower)) {
            throw error("upper", null, "normalisation.upper must be above normalisation.lower");
        }

        List<RankScheme.Indicator> indicators = new ArrayList<>();
        Set<String> indicatorIds = new HashSet<>();
        for (SchemeFile.Indicator i : list(f.indicators())) {
            String iid = required("indicators[].id", i.id());
            if (!INDICATOR_ID.matcher(iid).matches()) {
                throw error("id", iid, "indicator id '" + iid + "' must be letters, digits, '_', '.' or '-'");
            }
            if (!indicatorIds.add(iid)) {
                throw error("id", iid, "indicator '" + iid + "' is declared twice");
            }
            String src = source("source", required("indicator '" + iid + "': source", i.source()), sourceIds);
            String dir = oneOf(
                    "direction",
                    required("indicator '" + iid + "': direction", i.direction()),
                    List.of("benefit", "cost"));
            double weight = Double.NaN;
            if (weighting == RankScheme.WeightMethod.FIXED) {
                if (i.weight() == null || !(i.weight() > 0)) {
                    throw error(
                            "id",
                            iid,
                            "indicator '" + iid + "' needs a positive 'weight' under 'weighting:" + " fixed'");
                }
                weight = i.weight();
            } else if (i.weight() != null) {
                throw error(
                        "weight",
                        null,
                        "indicator '" + iid + "': 'weight' is only read under 'weighting:"
                                + " fixed' (this scheme weighs by " + wm + "); remove it");
            }
            double target = Double.NaN;
            if (normalisation == Normalise.Method.TARGET) {
                if (i.target() == null) {
                    throw error("id", iid, "indicator '" + iid + "' needs 'target' under distance-to-target");
                }
                target = i.target();
            }
            indicators.add(new RankScheme.Indicator(
                    iid,
                    i.name() == null ? iid : i.name(),
                    i.nameEn() == null ? (i.name() == null ? iid : i.name()) : i.nameEn(),
                    src,
                    i.column() == null ? iid : i.column(),
                    dir.equals("benefit"),
                    i.unit() == null ? "" : i.unit(),
                    weight,
                    target,
                    i.sampleColumn(),
                    minSample(iid, i.sampleColumn(), i.minSample())));
        }
        if (indicators.isEmpty()) {
            throw error("indicators", null, "'indicators' must list at least one indicator");
        }

        double[][] pairwise = null;
        String riName = wf.randomIndex() == null ? "saaty-1980" : wf.randomIndex();
        oneOf("randomIndex", riName, List.of("saaty-1980", "saaty-2005"));
        double maxCr = wf.maxConsistencyRatio() == null ? 0.1 : wf.maxConsistencyRatio();
        if (weighting == RankScheme.WeightMethod.AHP) {
            pairwise = pairwise(wf.pairwise(), indicators.size());
            try {
                Ahp.Result r = Ahp.of(pairwise, riName.equals("saaty-2005") ? Ahp.RI_SAATY_2005 : Ahp.RI_SAATY_1980);
                if (r.cr() > maxCr) {
                    throw error(
                            "pairwise",
                            null,
                            String.format(
                                    java.util.Locale.ROOT,
                                    "the pairwise judgements are inconsistent: consistency ratio %.3f exceeds %.2f"
                                            + " (λmax %.3f, RI %.2f, %s); revise the judgements",
                                    r.cr(),
                                    maxCr,
                                    r.lambdaMax(),
                                    r.ri(),
                                    riName));
                }
            } catch (IllegalArgumentException e) {
                throw error("pairwise", null, "weighting.pairwise: " + e.getMessage());
            }
        } else if (wf.pairwise() != null) {
            throw error("pairwise", null, "'pairwise' is only read under 'weighting: ahp'");
        }

        SchemeFile.Aggregation af = f.aggregation() == null ? new SchemeFile.Aggregation(null, null) : f.aggregation();
        Aggregate.Method aggregation = Aggregate.Method.of(oneOf(
                "method", af.method() == null ? "weighted-arithmetic" : af.method(), ids(Aggregate.Method.values())));
        double v = af.v() == null ? 0.5 : af.v();
        if (v < 0 || v > 1) {
            throw error("v", null, "aggregation.v (VIKOR's weight of group utility) must be between 0 and 1");
        }
        if (aggregation == Aggregate.Method.GEOMETRIC && !positive(normalisation, lower)) {
            throw error(
                    "method",
                    "geometric",
                    "the geometric mean needs positive normalised values: use"
                            + " 'normalisation: {method: min-max, lower: 1, upper: 100}' (or rank or distance-to-target"
                            + " with lower > 0)");
        }

        SchemeFile.Missing mf = f.missing() == null ? new SchemeFile.Missing(null, null) : f.missing();
        String mp =
                oneOf("policy", mf.policy() == null ? "exclude" : mf.policy(), ids(RankScheme.MissingPolicy.values()));
        RankScheme.MissingPolicy missing = Arrays.stream(RankScheme.MissingPolicy.values())
                .filter(x -> x.id.equals(mp))
                .findFirst()
                .orElseThrow();
        if (missing == RankScheme.MissingPolicy.REWEIGHT
                && (aggregation == Aggregate.Method.TOPSIS || aggregation == Aggregate.Method.VIKOR)) {
            throw error(
                    "policy",
                    "reweight",
                    "'reweight' works with weighted-arithmetic and geometric only;"
                            + " TOPSIS and VIKOR need every value: use impute-mean or impute-median");
        }
        double minAvailability = mf.minAvailability() == null ? 0.5 : mf.minAvailability();
        if (minAvailability < 0 || minAvailability > 1) {
            throw error("minAvailability", null, "missing.minAvailability must be a share between 0 and 1");
        }

        List<RankScheme.Veto> vetoes = new ArrayList<>();
        for (SchemeFile.Veto x : list(f.vetoes())) {
            String vid = required("vetoes[].id", x.id());
            vetoes.add(new RankScheme.Veto(
                    vid,
                    x.name() == null ? vid : x.name(),
                    source("source", required("veto '" + vid + "': source", x.source()), sourceIds),
                    x.column() == null ? vid : x.column(),
                    x.atLeast() == null ? 1 : x.atLeast()));
        }
        List<RankScheme.Adjustment> adjustments = new ArrayList<>();
        for (SchemeFile.Adjustment x : list(f.adjustments())) {
            String aid = required("adjustments[].id", x.id());
            String k = oneOf("kind", required("adjustment '" + aid + "': kind", x.kind()), List.of("bonus", "penalty"));
            adjustments.add(new RankScheme.Adjustment(
                    aid,
                    x.name() == null ? aid : x.name(),
                    source("source", required("adjustment '" + aid + "': source", x.source()), sourceIds),
                    x.column() == null ? aid : x.column(),
                    k.equals("bonus"),
                    x.pointsPerUnit() == null ? 1 : x.pointsPerUnit(),
                    x.cap() == null ? Double.POSITIVE_INFINITY : x.cap()));
        }
        SchemeFile.Caps caps = f.adjustmentCaps() == null ? new SchemeFile.Caps(null, null) : f.adjustmentCaps();

        int rounding = f.rounding() == null ? 2 : f.rounding();
        if (rounding < 0 || rounding > 8) {
            throw error("rounding", null, "rounding (decimals kept before ranking) must be between 0 and 8");
        }
        SchemeFile.Ties tf = f.ties() == null ? new SchemeFile.Ties(null, null) : f.ties();
        String tm = oneOf("method", tf.method() == null ? "competition" : tf.method(), List.of("competition", "dense"));
        List<String> breakers = new ArrayList<>();
        for (String b : list(tf.breakers())) {
            if (!indicatorIds.contains(b)) {
                throw error(
                        "breakers",
                        b,
                        "tie-breaker '" + b + "' is not an indicator of this scheme" + Nearest.hint(b, indicatorIds));
            }
            breakers.add(b);
        }

        SchemeFile.Grades gf = f.grades() == null ? new SchemeFile.Grades(null, null) : f.grades();
        String by = oneOf("by", gf.by() == null ? "score" : gf.by(), List.of("score", "rank-share"));
        List<Band> bands = bands(by.equals("rank-share"), list(gf.bands()));

        SchemeFile.Sensitivity sf = f.sensitivity() == null
                ? new SchemeFile.Sensitivity(null, null, null, null, null, null)
                : f.sensitivity();
        String sw =
                oneOf("weights", sf.weights() == null ? "dirichlet" : sf.weights(), List.of("dirichlet", "uniform"));
        List<Normalise.Method> sn = new ArrayList<>();
        for (String s : list(sf.normalisations())) {
            Normalise.Method m = Normalise.Method.of(oneOf("normalisations", s, ids(Normalise.Method.values())));
            if (m == Normalise.Method.TARGET && indicators.stream().anyMatch(i -> Double.isNaN(i.target()))) {
                throw error("normalisations", s, "distance-to-target needs a 'target' on every indicator");
            }
            sn.add(m);
        }
        List<Aggregate.Method> sa = new ArrayList<>();
        for (String s : list(sf.aggregations())) {
            Aggregate.Method m = Aggregate.Method.of(oneOf("aggregations", s, ids(Aggregate.Method.values())));
            if (m == Aggregate.Method.GEOMETRIC && !positive(normalisation, lower)) {
                throw error("aggregations", s, "geometric needs positive normalised values (see aggregation)");
            }
            sa.add(m);
        }
        double spread = sf.spread() == null ? 0.2 : sf.spread();
        double concentration = sf.concentration() == null ? 50 : sf.concentration();
        if (spread < 0 || spread >= 1 || !(concentration > 0)) {
            throw error("sensitivity", null, "sensitivity.spread must be in [0, 1) and concentration positive");
        }
        double stable = sf.stableShare() == null ? 0.9 : sf.stableShare();

        return new RankScheme(
                file,
                id,
                f.title() == null ? id : f.title(),
                f.titleEn() == null ? (f.title() == null ? id : f.title()) : f.titleEn(),
                kind,
                year,
                halfYears,
                halfWeights,
                register,
                List.copyOf(sources),
                List.copyOf(indicators),
                normalisation,
                lower,
                upper,
                winsorise(f.winsorise()),
                weighting,
                pairwise,
                riName,
                maxCr,
                aggregation,
                v,
                missing,
                minAvailability,
                List.copyOf(vetoes),
                List.copyOf(adjustments),
                caps.bonus() == null ? Double.POSITIVE_INFINITY : caps.bonus(),
                caps.penalty() == null ? Double.POSITIVE_INFINITY : caps.penalty(),
                f.scale() == null ? 100 : f.scale(),
                rounding,
                tm.equals("dense"),
                List.copyOf(breakers),
                by.equals("rank-share"),
                bands,
                new RankScheme.SensitivitySpec(
                        sw.equals("dirichlet"), spread, concentration, List.copyOf(sn), List.copyOf(sa), stable));
    }

    private double minSample(String id, @Nullable String column, @Nullable Double min) {
        if ((column == null) != (min == null)) {
            throw error("id", id, "indicator '" + id + "': 'sampleColumn' and 'minSample' go together");
        }
        return min == null ? 0 : min;
    }

    private static boolean positive(Normalise.Method normalisation, double lower) {
        return switch (normalisation) {
            case MIN_MAX -> lower > 0;
            default -> false;
        };
    }

    private double @Nullable [] winsorise(SchemeFile.@Nullable Winsorise w) {
        if (w == null) {
            return null;
        }
        double lo = w.lower() == null ? 0 : w.lower();
        double hi = w.upper() == null ? 1 : w.upper();
        if (lo < 0 || hi > 1 || !(lo < hi)) {
            throw error("winsorise", null, "winsorise.lower and upper are quantiles with 0 ≤ lower < upper ≤ 1");
        }
        return new double[] {lo, hi};
    }

    private List<Band> bands(boolean byShare, List<SchemeFile.Band> declared) {
        if (declared.isEmpty()) {
            throw error("grades", null, "'grades.bands' must list at least one grade, best first");
        }
        List<Band> bands = new ArrayList<>();
        double previousMin = Double.POSITIVE_INFINITY;
        double shares = 0;
        for (int k = 0; k < declared.size(); k++) {
            SchemeFile.Band b = declared.get(k);
            String g = required("grades.bands[].grade", b.grade());
            boolean last = k == declared.size() - 1;
            double min = Double.NEGATIVE_INFINITY;
            double share = Double.NaN;
            if (byShare) {
                if (b.min() != null) {
                    throw error("min", null, "grade '" + g + "': bands by rank share take 'share', not 'min'");
                }
                if (b.share() == null) {
                    if (!last) {
                        throw error("grade", g, "grade '" + g + "' needs 'share' (only the last band may omit it)");
                    }
                    share = 1 - shares;
                } else {
                    share = b.share();
                    shares += share;
                }
                if (shares > 1 + 1e-9) {
                    throw error("share", null, "the grade shares add up to more than 1");
                }
            } else {
                if (b.share() != null) {
                    throw error("share", null, "grade '" + g + "': bands by score take 'min', not 'share'");
                }
                if (b.min() == null) {
                    if (!last) {
                        throw error("grade", g, "grade '" + g + "' needs 'min' (only the last band may omit it)");
                    }
                } else {
                    min = b.min();
                    if (!(min < previousMin)) {
                        throw error(
                                "min",
                                null,
                                "grade '" + g + "': bands go from the best down, each 'min' below" + " the one before");
                    }
                    previousMin = min;
                }
            }
            bands.add(new Band(g, b.gradeEn() == null ? g : b.gradeEn(), min, share));
        }
        return List.copyOf(bands);
    }

    private double[][] pairwise(@Nullable List<List<String>> rows, int n) {
        if (rows == null || rows.size() != n) {
            throw error(
                    "pairwise",
                    null,
                    "'weighting: ahp' needs 'pairwise': an " + n + " × " + n
                            + " matrix, one row per indicator in the order they are listed");
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            if (rows.get(i).size() != n) {
                throw error(
                        "pairwise",
                        null,
                        "pairwise row " + (i + 1) + " has " + rows.get(i).size() + " values; it needs " + n);
            }
            for (int j = 0; j < n; j++) {
                a[i][j] = judgement(rows.get(i).get(j), i, j);
            }
        }
        return a;
    }

    private double judgement(String s, int i, int j) {
        String t = s.trim();
        try {
            int slash = t.indexOf('/');
            if (slash > 0) {
                return Double.parseDouble(t.substring(0, slash)) / Double.parseDouble(t.substring(slash + 1));
            }
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw error(
                    "pairwise",
                    null,
                    "pairwise row " + (i + 1) + ", column " + (j + 1) + ": '" + s
                            + "' is not a number or a fraction such as 1/3");
        }
    }

    private String source(String key, String id, Set<String> sourceIds) {
        if (!sourceIds.contains(id)) {
            throw error(
                    key.substring(key.lastIndexOf('.') + 1),
                    id,
                    "'" + id + "' is not a declared source"
                            + Nearest.hint(id, sourceIds) + " (sources: "
                            + String.join(", ", new java.util.TreeSet<>(sourceIds)) + ")");
        }
        return id;
    }

    private String required(String key, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw error(key.substring(key.lastIndexOf('.') + 1).replace("[]", ""), null, "'" + key + "' is required");
        }
        return value.trim();
    }

    private String oneOf(String key, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw error(
                    key,
                    value,
                    key + " '" + value + "' is not one of " + String.join(", ", allowed)
                            + Nearest.hint(value, allowed));
        }
        return value;
    }

    private static <T> List<T> list(@Nullable List<T> l) {
        return l == null ? List.of() : l;
    }

    private static List<String> ids(Enum<?>[] values) {
        List<String> ids = new ArrayList<>();
        for (Enum<?> e : values) {
            if (e instanceof Normalise.Method m) {
                ids.add(m.id());
            } else if (e instanceof Aggregate.Method m) {
                ids.add(m.id());
            } else if (e instanceof RankScheme.WeightMethod m) {
                ids.add(m.id);
            } else if (e instanceof RankScheme.MissingPolicy m) {
                ids.add(m.id);
            } else if (e instanceof RankScheme.HalfYears m) {
                ids.add(m.id);
            }
        }
        return ids;
    }

    /** A usage error at the line (and column) where {@code key} (with {@code value}, when given) is written. */
    private XiaoquException error(String key, @Nullable String value, String message) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = line.indexOf(key + ":");
            if (at >= 0 && (value == null || line.indexOf(value, at) >= 0)) {
                int col = value == null ? at + 1 : line.indexOf(value, at) + 1;
                return XiaoquException.usage(file + ":" + (i + 1) + ":" + col + ": " + message);
            }
        }
        if (value != null) {
            for (int i = 0; i < lines.size(); i++) {
                int at = lines.get(i).indexOf(value);
                if (at >= 0) {
                    return XiaoquException.usage(file + ":" + (i + 1) + ":" + (at + 1) + ": " + message);
                }
            }
        }
        return XiaoquException.usage(file + ": " + message);
    }
}
