package org.xiaoqu.rank;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.rank.internal.Aggregate;
import org.xiaoqu.rank.internal.Normalise;

/**
 * A validated ranking scheme: everything {@link RankEngine} needs to turn indicator values into ranks, grades and
 * explanations. Built by {@link SchemeLoader}; immutable.
 */
public record RankScheme(
        Path file,
        String id,
        String title,
        String titleEn,
        String entityKind,
        int year,
        HalfYears halfYears,
        double[] halfYearWeights,
        @Nullable Register register,
        List<Source> sources,
        List<Indicator> indicators,
        Normalise.Method normalisation,
        double lower,
        double upper,
        double @Nullable [] winsorise,
        WeightMethod weighting,
        double @Nullable [][] pairwise,
        String randomIndexName,
        double maxConsistencyRatio,
        Aggregate.Method aggregation,
        double vikorV,
        MissingPolicy missing,
        double minAvailability,
        List<Veto> vetoes,
        List<Adjustment> adjustments,
        double bonusCap,
        double penaltyCap,
        double scale,
        int rounding,
        boolean denseRanks,
        List<String> tieBreakers,
        boolean gradesByShare,
        List<Band> bands,
        SensitivitySpec sensitivity) {

    /** How the two half-years make the year when a value is given per half-year. */
    public enum HalfYears {
        MEAN("mean"),
        SUM("sum"),
        LAST("last"),
        WEIGHTED("weighted"),
        H1("h1"),
        H2("h2");

        final String id;

        HalfYears(String id) {
            this.id = id;
        }
    }

    public enum WeightMethod {
        FIXED("fixed"),
        EQUAL("equal"),
        AHP("ahp"),
        ENTROPY("entropy"),
        CRITIC("critic");

        final String id;

        WeightMethod(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public enum MissingPolicy {
        EXCLUDE("exclude"),
        IMPUTE_MEAN("impute-mean"),
        IMPUTE_MEDIAN("impute-median"),
        REWEIGHT("reweight");

        final String id;

        MissingPolicy(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** Where a source's rows come from. */
    public enum SourceKind {
        FILE,
        JOB,
        TABLE
    }

    /**
     * A source of values: a file ({@code path}), the latest completed run of another job ({@code job} and the
     * file {@code path} names inside its output folder), or the imported indicator table. Long format is the
     * {@code indicator-value} input kind (one value a row); wide has one column per indicator and {@code
     * idColumn} naming the entity. {@code fallback}, when declared, is a file of the same shape read instead when
     * the source is absent (e.g. a stand-in for the credit job's scores.csv while that job has not run).
     */
    public record Source(
            String id,
            SourceKind kind,
            @Nullable Path path,
            @Nullable String job,
            boolean wide,
            String idColumn,
            @Nullable String nameColumn,
            @Nullable String periodColumn,
            boolean optional,
            @Nullable Path fallback) {}

    /** The entity register: ids, names and the group imputation works within. */
    public record Register(
            String source,
            String idColumn,
            @Nullable String nameColumn,
            @Nullable String groupColumn,
            @Nullable String personColumn) {}

    /**
     * A scored indicator. {@code weight} is the declared fixed weight (NaN when weights are not fixed); a value whose
     * sample size ({@code sampleColumn} in the same source, e.g. a survey's respondents) is below {@code minSample}
     * counts as missing.
     */
    public record Indicator(
            String id,
            String name,
            String nameEn,
            String source,
            String column,
            boolean benefit,
            String unit,
            double weight,
            double target,
            @Nullable String sampleColumn,
            double minSample) {}

    /** 一票否决: an entity whose value in {@code column} is at least {@code atLeast} gets the lowest grade. */
    public record Veto(String id, String name, String source, String column, double atLeast) {}

    /** A bonus (added) or penalty (subtracted) item: value × pointsPerUnit, at most {@code cap} points. */
    public record Adjustment(
            String id, String name, String source, String column, boolean bonus, double pointsPerUnit, double cap) {}

    /** A grade band: from {@code min} score up (by score), or the next {@code share} of ranked entities. */
    public record Band(String grade, String gradeEn, double min, double share) {}

    /**
     * What {@code --sensitivity} perturbs: weights by a Dirichlet draw around the scheme's weights ({@code
     * concentration}) or uniformly by ±{@code spread}; alternative normalisations and aggregations drawn uniformly
     * when listed; an entity's grade is stable when at least {@code stableShare} of draws keep it.
     */
    public record SensitivitySpec(
            boolean dirichlet,
            double spread,
            double concentration,
            List<Normalise.Method> normalisations,
            List<Aggregate.Method> aggregations,
            double stableShare) {}

    /** Lowest grade: where vetoed entities go. */
    public Band lowestBand() {
        return bands.get(bands.size() - 1);
    }
}
