package org.xiaoqu.link.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xiaoqu.link.LinkConfig;

/**
 * One configured comparison: turns two prepared values into a level, {@code levels()-1} for exact agreement
 * down to 0 for "else", and -1 when either value is missing (a missing value is no evidence either way).
 */
public final class FieldComparator {
    /** The level of a pair where either value is missing. */
    public static final int MISSING = -1;

    private final LinkConfig.Comparison spec;
    private final double[] thresholds;
    private final DateTimeFormatter dateFormat;
    private volatile AddressIdf idf = AddressIdf.EMPTY;

    public FieldComparator(LinkConfig.Comparison spec) {
        this.spec = spec;
        this.thresholds =
                spec.thresholds().stream().mapToDouble(Double::doubleValue).toArray();
        this.dateFormat = DateTimeFormatter.ofPattern(spec.format(), Locale.ROOT);
    }

    public LinkConfig.Comparison spec() {
        return spec;
    }

    /** Number of levels, exact and else included. */
    public int levels() {
        return thresholds.length + 2;
    }

    public boolean isAddress() {
        return "address".equals(spec.comparator());
    }

    /** Sets the gram weights estimated from all values of this field (address comparator only). */
    public void useIdf(AddressIdf weights) {
        this.idf = weights;
    }

    /** The value as compared: trimmed, lower case for Latin text, normalised for addresses; "" is missing. */
    public String prepare(String raw) {
        String v = raw.trim();
        return switch (spec.comparator()) {
            case "address" -> ChineseText.normaliseAddress(v);
            case "pinyin" -> v;
            default -> v.toLowerCase(Locale.ROOT);
        };
    }

    /** A short name of a level for explanations: {@code exact}, {@code >=0.92}, {@code <=2}, {@code else}. */
    public String label(int level) {
        if (level == MISSING) {
            return "missing";
        }
        if (level == levels() - 1) {
            return "exact";
        }
        if (level == 0) {
            return "else";
        }
        double t = thresholds[levels() - 2 - level];
        String bound = t == Math.rint(t) ? String.valueOf((long) t) : String.valueOf(t);
        return switch (spec.comparator()) {
            case "levenshtein", "numeric", "date" -> "<=" + bound;
            case "pinyin" -> t >= 1 ? "homophone" : ">=" + bound;
            default -> ">=" + bound;
        };
    }

    /** The level of value i of two prepared records (n-grams cached on the records). */
    int level(Prepared ra, Prepared rb, int i) {
        if ("ngram".equals(spec.comparator()) && spec.n() <= 4) {
            String a = ra.values()[i];
            String b = rb.values()[i];
            if (a.isEmpty() || b.isEmpty()) {
                return MISSING;
            }
            if (a.equals(b)) {
                return levels() - 1;
            }
            return bySimilarity(Similarity.jaccard(ra.grams(i, spec.n()), rb.grams(i, spec.n())));
        }
        return level(ra.values()[i], rb.values()[i]);
    }

    /** The level of two prepared values. */
    public int level(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return MISSING;
        }
        if (a.equals(b)) {
            return levels() - 1;
        }
        return switch (spec.comparator()) {
            case "exact" -> 0;
            case "jaro-winkler" -> bySimilarity(Similarity.jaroWinkler(a, b));
            case "ngram" -> bySimilarity(Similarity.ngramJaccard(a, b, spec.n()));
            case "address" -> bySimilarity(idf.cosine(a, b, spec.n()));
            case "pinyin" -> bySimilarity(pinyinSimilarity(a, b));
            case "levenshtein" -> byDistance(Similarity.levenshtein(a, b));
            case "numeric" -> byDistance(numericDistance(a, b));
            case "date" -> byDistance(dayDistance(a, b));
            default -> throw new IllegalStateException(spec.comparator());
        };
    }

    private int bySimilarity(double s) {
        for (int i = 0; i < thresholds.length; i++) {
            if (s >= thresholds[i]) {
                return levels() - 2 - i;
            }
        }
        return 0;
    }

    private int byDistance(double d) {
        for (int i = 0; i < thresholds.length; i++) {
            if (d <= thresholds[i]) {
                return levels() - 2 - i;
            }
        }
        return 0;
    }

    /** 1 for homophones (every character can be read alike), else Jaro–Winkler of the pinyin strings. */
    static double pinyinSimilarity(String a, String b) {
        if (ChineseText.sameSound(a, b)) {
            return 1;
        }
        String pa = ChineseText.pinyin(a);
        String pb = ChineseText.pinyin(b);
        return pa.equals(pb) ? 1 : Similarity.jaroWinkler(pa, pb);
    }

    private static double numericDistance(String a, String b) {
        try {
            return Math.abs(Double.parseDouble(a) - Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return Double.POSITIVE_INFINITY;
        }
    }

    private double dayDistance(String a, String b) {
        try {
            LocalDate da = LocalDate.parse(a, dateFormat);
            LocalDate db = LocalDate.parse(b, dateFormat);
            return Math.abs(ChronoUnit.DAYS.between(da, db));
        } catch (DateTimeParseException e) {
            return Double.POSITIVE_INFINITY;
        }
    }

    /** Comparators for every comparison of a configuration, in order. */
    public static List<FieldComparator> of(LinkConfig config) {
        List<FieldComparator> out = new ArrayList<>();
        config.comparisons().forEach(c -> out.add(new FieldComparator(c)));
        return out;
    }
}
