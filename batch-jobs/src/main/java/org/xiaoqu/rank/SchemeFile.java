package org.xiaoqu.rank;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ranking scheme file exactly as written (nothing resolved yet). Its JSON Schema is {@code
 * schemas/config/rank-scheme.schema.json} in the schemas module; keep the two in step. {@link SchemeLoader}
 * validates it into a {@link RankScheme}.
 */
public record SchemeFile(
        @Nullable String id,
        @Nullable String title,
        @Nullable String titleEn,
        @Nullable String entityKind,
        @Nullable Period period,
        @Nullable Entities entities,
        @Nullable List<Source> sources,
        @Nullable List<Indicator> indicators,
        @Nullable Normalisation normalisation,
        @Nullable Winsorise winsorise,
        @Nullable Weighting weighting,
        @Nullable Aggregation aggregation,
        @Nullable Missing missing,
        @Nullable List<Veto> vetoes,
        @Nullable List<Adjustment> adjustments,
        @Nullable Caps adjustmentCaps,
        @Nullable Double scale,
        @Nullable Integer rounding,
        @Nullable Ties ties,
        @Nullable Grades grades,
        @Nullable Sensitivity sensitivity) {

    /** {@code period:} the year ranked and how half-year values make the year. */
    public record Period(@Nullable Integer year, @Nullable String halfYears, @Nullable List<Double> halfYearWeights) {}

    /** {@code entities:} an optional register of the entities (ids, names, the group used for imputation). */
    public record Entities(
            @Nullable String source,
            @Nullable String idColumn,
            @Nullable String nameColumn,
            @Nullable String groupColumn,
            @Nullable String personColumn) {}

    /** One entry of {@code sources:}: a file, the imported indicator table, or another job's output. */
    public record Source(
            @Nullable String id,
            @Nullable String file,
            @Nullable String job,
            @Nullable String table,
            @Nullable String format,
            @Nullable String idColumn,
            @Nullable String nameColumn,
            @Nullable String periodColumn,
            @Nullable Boolean optional,
            @Nullable String fallbackFile) {}

    /** One entry of {@code indicators:}. */
    public record Indicator(
            @Nullable String id,
            @Nullable String name,
            @Nullable String nameEn,
            @Nullable String source,
            @Nullable String column,
            @Nullable String direction,
            @Nullable String unit,
            @Nullable Double weight,
            @Nullable Double target,
            @Nullable String sampleColumn,
            @Nullable Double minSample) {}

    public record Normalisation(@Nullable String method, @Nullable Double lower, @Nullable Double upper) {}

    public record Winsorise(@Nullable Double lower, @Nullable Double upper) {}

    public record Weighting(
            @Nullable String method,
            @Nullable List<List<String>> pairwise,
            @Nullable String randomIndex,
            @Nullable Double maxConsistencyRatio) {}

    public record Aggregation(@Nullable String method, @Nullable Double v) {}

    public record Missing(@Nullable String policy, @Nullable Double minAvailability) {}

    /** One entry of {@code vetoes:} 一票否决. */
    public record Veto(
            @Nullable String id,
            @Nullable String name,
            @Nullable String source,
            @Nullable String column,
            @Nullable Double atLeast) {}

    /** One entry of {@code adjustments:} a bonus or penalty item. */
    public record Adjustment(
            @Nullable String id,
            @Nullable String name,
            @Nullable String source,
            @Nullable String column,
            @Nullable String kind,
            @Nullable Double pointsPerUnit,
            @Nullable Double cap) {}

    public record Caps(@Nullable Double bonus, @Nullable Double penalty) {}

    public record Ties(@Nullable String method, @Nullable List<String> breakers) {}

    public record Grades(@Nullable String by, @Nullable List<Band> bands) {}

    /** A grade band: {@code min} score (by score) or {@code share} of ranked entities (by rank share). */
    public record Band(
            @Nullable String grade, @Nullable String gradeEn, @Nullable Double min, @Nullable Double share) {}

    public record Sensitivity(
            @Nullable String weights,
            @Nullable Double spread,
            @Nullable Double concentration,
            @Nullable List<String> normalisations,
            @Nullable List<String> aggregations,
            @Nullable Double stableShare) {}
}
