package org.xiaoqu.link;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.XiaoquException;

/**
 * A link configuration (the YAML file of {@code xiaoqu link --config}; JSON Schema
 * {@code schemas/config/link.schema.json}). Defaults are applied by the compact constructors, so a
 * configuration built in Java is validated exactly like one read from a file. README.md lists every key.
 *
 * @param version the configuration format version, 1
 * @param mode {@code link} (pairs across two sources) or {@code dedupe} (pairs within and across all sources)
 * @param sources the input files (CSV); may be empty when records are handed to the engine directly
 * @param truth an optional file of true pairs, for pairs-completeness and evaluation
 * @param comparisons what is compared, field by field, and at which levels
 * @param blocking the blocking keys, unioned; each key is a list of terms {@code field|transform|…}
 * @param maxBlockPairs a block that would produce more pairs is skipped (and counted) — a guard against
 *     keys like a very common surname
 * @param model how m, u and the prior are estimated, or where saved parameters are read from
 * @param threshold match probability at or above which a pair is linked
 * @param reviewFrom match probability at or above which a pair below {@code threshold} goes to review
 * @param minGap a link whose weight exceeds a record's runner-up candidate by fewer bits goes to review
 * @param oneToOne in link mode, keep at most one link per record (greedy, strongest first)
 * @param exclusive fields a cluster may hold only one non-empty value of (a building number, a district)
 * @param threads worker threads for blocking and comparison
 * @param partitionSize records per partition of the blocking spill (memory is bounded by the largest)
 */
public record LinkConfig(
        int version,
        Mode mode,
        List<Source> sources,
        @Nullable TruthFile truth,
        List<Comparison> comparisons,
        List<List<String>> blocking,
        long maxBlockPairs,
        Model model,
        double threshold,
        double reviewFrom,
        double minGap,
        boolean oneToOne,
        List<String> exclusive,
        int threads,
        int partitionSize) {

    /** The current configuration and parameter-file format version. */
    public static final int VERSION = 1;

    /** Linking two sources or de-duplicating one or more. */
    public enum Mode {
        LINK,
        DEDUPE;

        @com.fasterxml.jackson.annotation.JsonCreator
        static Mode of(String s) {
            return Mode.valueOf(s.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public LinkConfig {
        version = version == 0 ? VERSION : version;
        if (version != VERSION) {
            throw XiaoquException.usage("link configuration version " + version + " is not supported; use 1");
        }
        mode = Objects.requireNonNullElse(mode, Mode.DEDUPE);
        sources = List.copyOf(Objects.requireNonNullElse(sources, List.of()));
        comparisons = List.copyOf(Objects.requireNonNullElse(comparisons, List.of()));
        blocking = Objects.requireNonNullElse(blocking, List.<List<String>>of()).stream()
                .map(List::copyOf)
                .toList();
        maxBlockPairs = maxBlockPairs <= 0 ? 1_000_000 : maxBlockPairs;
        model = Objects.requireNonNullElseGet(model, () -> new Model(0, 0, 0, 0, 0, null, null));
        threshold = threshold == 0 ? 0.9 : threshold;
        reviewFrom = reviewFrom == 0 ? Math.min(0.5, threshold) : reviewFrom;
        exclusive = List.copyOf(Objects.requireNonNullElse(exclusive, List.of()));
        threads = threads <= 0 ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
        partitionSize = partitionSize <= 0 ? 100_000 : partitionSize;
        if (comparisons.isEmpty()) {
            throw XiaoquException.usage("link configuration: 'comparisons' is empty; declare at least one");
        }
        if (blocking.isEmpty()) {
            throw XiaoquException.usage("link configuration: 'blocking' is empty; declare at least one key");
        }
        if (!(threshold > 0 && threshold < 1) || !(reviewFrom > 0 && reviewFrom <= threshold)) {
            throw XiaoquException.usage("link configuration: need 0 < reviewFrom <= threshold < 1, got reviewFrom "
                    + reviewFrom + ", threshold " + threshold);
        }
        if (mode == Mode.LINK && !sources.isEmpty() && sources.size() != 2) {
            throw XiaoquException.usage("link configuration: mode link needs exactly two sources, got " + sources.size()
                    + "; use mode dedupe for one or several");
        }
        Set<String> names = new java.util.HashSet<>();
        for (Comparison c : comparisons) {
            if (!names.add(c.name())) {
                throw XiaoquException.usage("link configuration: comparison name '" + c.name() + "' is used twice");
            }
        }
        if (comparisons.size() > 15) {
            throw XiaoquException.usage("link configuration: at most 15 comparisons, got " + comparisons.size());
        }
    }

    /** The fields the engine reads from every record: compared, blocked on, or declared exclusive. */
    public Set<String> fields() {
        Set<String> out = new java.util.LinkedHashSet<>();
        comparisons.forEach(c -> out.add(c.field()));
        blocking.forEach(k -> k.forEach(t -> out.add(t.split("\\|", 2)[0].trim())));
        out.addAll(exclusive);
        return out;
    }

    /**
     * One input file.
     *
     * @param id the source's name in outputs
     * @param file the CSV file, relative to the configuration file's folder; {@code ${XIAOQU_BENCHMARKS}} is
     *     replaced by that environment variable or system property (default {@code ../shared/benchmarks})
     * @param encoding the character set, default UTF-8
     * @param delimiter the field separator, default a comma
     * @param idColumn the column holding the record's key, default the row number
     * @param columns field name → header as written in the file; unlisted fields are read by their own name
     * @param truthColumn a column from which the true entity is read (optional)
     * @param truthPattern a regular expression whose first group extracts the entity from truthColumn
     */
    public record Source(
            String id,
            String file,
            @Nullable String encoding,
            @Nullable String delimiter,
            @Nullable String idColumn,
            @Nullable Map<String, String> columns,
            @Nullable String truthColumn,
            @Nullable String truthPattern) {
        public Source {
            Objects.requireNonNull(id, "source id");
            Objects.requireNonNull(file, "source file");
            if (truthPattern != null) {
                Pattern.compile(truthPattern);
            }
        }
    }

    /**
     * A file of true pairs: each row names a record of the first source and one of the second (or, in dedupe
     * mode, two records of any source by id).
     */
    public record TruthFile(String file, String leftColumn, String rightColumn, @Nullable String encoding) {}

    /**
     * One comparison.
     *
     * @param name the name in explanations, default the field
     * @param field the field compared
     * @param comparator exact | jaro-winkler | levenshtein | ngram | numeric | date | pinyin | address
     * @param thresholds the similarity (or distance) bounds of the levels between exact and else, strictest
     *     first: similarities for jaro-winkler, ngram, pinyin, address; edit distances for levenshtein;
     *     absolute differences for numeric; days for date
     * @param n the gram size of ngram and address, default 2 (address) or 3
     * @param format the date pattern of date (java.time), default {@code yyyyMMdd}
     * @param termFrequency adjust the exact level's u by the value's own frequency
     */
    public record Comparison(
            @Nullable String name,
            String field,
            String comparator,
            @Nullable List<Double> thresholds,
            int n,
            @Nullable String format,
            boolean termFrequency) {
        static final Set<String> KINDS =
                Set.of("exact", "jaro-winkler", "levenshtein", "ngram", "numeric", "date", "pinyin", "address");

        public Comparison {
            Objects.requireNonNull(field, "comparison field");
            name = name == null ? field : name;
            comparator = Objects.requireNonNullElse(comparator, "exact");
            if (!KINDS.contains(comparator)) {
                throw XiaoquException.usage("link configuration: comparison '" + name + "' has comparator '"
                        + comparator + "'; use one of " + new java.util.TreeSet<>(KINDS));
            }
            thresholds = List.copyOf(Objects.requireNonNullElse(thresholds, List.of()));
            n = n <= 0 ? ("address".equals(comparator) ? 2 : 3) : n;
            format = format == null ? "yyyyMMdd" : format;
        }
    }

    /**
     * Parameter estimation.
     *
     * @param uPairs random pairs drawn to estimate u, default 200,000
     * @param seed the random seed, default 42
     * @param maxIterations EM iterations at most, default 100
     * @param tolerance EM stops when no parameter moves more, default 1e-6
     * @param prior the starting match share of candidate pairs, default 0.1
     * @param load a parameter file to reuse instead of estimating (relative to the config file)
     * @param save where to save the parameters as well as {@code parameters.json} in the output folder
     */
    public record Model(
            int uPairs,
            long seed,
            int maxIterations,
            double tolerance,
            double prior,
            @Nullable String load,
            @Nullable String save) {
        public Model {
            uPairs = uPairs <= 0 ? 200_000 : uPairs;
            seed = seed == 0 ? 42 : seed;
            maxIterations = maxIterations <= 0 ? 100 : maxIterations;
            tolerance = tolerance <= 0 ? 1e-6 : tolerance;
            prior = prior <= 0 ? 0.1 : prior;
        }
    }
}
