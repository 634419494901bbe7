package org.xiaoqu.rank;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The files of a ranking run: {@code ranking.csv} (one row per entity, ranked first; the fixed columns, then each
 * indicator's raw value, normalised value and contribution), {@code contributions.csv} (the same per-indicator
 * values one row each, for machines), {@code weights.csv} and {@code summary.json}. UTF-8, no BOM, numbers in a
 * fixed format: the same inputs give the same bytes.
 */
public final class RankOutputs {
    public static final String RANKING = "ranking.csv";
    public static final String CONTRIBUTIONS = "contributions.csv";
    public static final String WEIGHTS = "weights.csv";
    public static final String SUMMARY = "summary.json";

    /** The fixed leading columns of ranking.csv (the Table Schema {@code rank/ranking}). */
    public static final List<String> RANKING_COLUMNS = List.of(
            "rank",
            "entity_id",
            "entity_name",
            "group",
            "score",
            "grade",
            "grade_en",
            "status",
            "composite",
            "bonus",
            "penalty",
            "availability",
            "vetoes",
            "previous_rank",
            "rank_change",
            "previous_score",
            "score_change",
            "median_rank",
            "rank_q05",
            "rank_q95",
            "grade_stability",
            "grade_unstable",
            "explanation_en",
            "explanation_zh");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RankOutputs() {}

    /** Writes every file into {@code dir}; returns the counts for the run's summary. */
    public static Map<String, Object> write(
            Path dir,
            RankResult result,
            Sensitivity.@Nullable Outcome sensitivity,
            String runLabel,
            List<String> peopleFiles)
            throws IOException {
        List<String> files = new ArrayList<>(List.of(RANKING, CONTRIBUTIONS, WEIGHTS, SUMMARY));
        files.addAll(peopleFiles);
        RankScheme s = result.scheme();
        List<RankScheme.Indicator> ind = result.indicators();
        Map<String, Integer> sensIndex = new LinkedHashMap<>();
        List<String> rankedIds = result.prepared().rankedIds();
        for (int a = 0; a < rankedIds.size(); a++) {
            sensIndex.put(rankedIds.get(a), a);
        }
        List<String> header = new ArrayList<>(RANKING_COLUMNS);
        for (RankScheme.Indicator i : ind) {
            header.add(i.id() + "_raw");
            header.add(i.id() + "_normalised");
            header.add(i.id() + "_contribution");
        }
        int vetoed = 0;
        int unstable = 0;
        try (CSVPrinter csv = printer(dir.resolve(RANKING), header);
                CSVPrinter contrib = printer(
                        dir.resolve(CONTRIBUTIONS),
                        List.of(
                                "entity_id",
                                "indicator",
                                "raw_value",
                                "imputed",
                                "normalised",
                                "weight",
                                "contribution"))) {
            for (RankedEntity e : result.entities()) {
                Integer si = sensIndex.get(e.id());
                int k = si == null ? -1 : si;
                Explanation.Text text = Explanation.of(result, e, sensitivity, k);
                List<Object> row = new ArrayList<>(header.size());
                row.add(e.ranked() ? Integer.toString(e.rank()) : "");
                row.add(e.id());
                row.add(e.name());
                row.add(e.group() == null ? "" : e.group());
                row.add(e.ranked() ? fixed(e.score(), s.rounding()) : "");
                row.add(e.grade());
                row.add(e.gradeEn());
                row.add(e.status());
                row.add(e.ranked() ? fixed(e.composite(), 6) : "");
                row.add(e.ranked() ? fixed(e.bonus(), 2) : "");
                row.add(e.ranked() ? fixed(e.penalty(), 2) : "");
                row.add(fixed(e.availability(), 4));
                row.add(String.join("|", e.vetoes()));
                row.add(e.previousRank() == null ? "" : e.previousRank().toString());
                row.add(e.previousRank() == null || !e.ranked() ? "" : Integer.toString(e.previousRank() - e.rank()));
                row.add(e.previousScore() == null ? "" : fixed(e.previousScore(), s.rounding()));
                row.add(
                        e.previousScore() == null || !e.ranked()
                                ? ""
                                : fixed(RankEngine.round(e.score() - e.previousScore(), s.rounding()), s.rounding()));
                if (sensitivity != null && k >= 0) {
                    row.add(Integer.toString(sensitivity.median()[k]));
                    row.add(Integer.toString(sensitivity.q05()[k]));
                    row.add(Integer.toString(sensitivity.q95()[k]));
                    row.add(fixed(sensitivity.gradeStable()[k], 4));
                    row.add(sensitivity.unstable()[k] ? "true" : "false");
                    unstable += sensitivity.unstable()[k] ? 1 : 0;
                } else {
                    row.add("");
                    row.add("");
                    row.add("");
                    row.add("");
                    row.add("");
                }
                row.add(text.en());
                row.add(text.zh());
                vetoed += e.status().equals("VETOED") ? 1 : 0;
                for (int j = 0; j < ind.size(); j++) {
                    row.add(number(e.raw()[j]));
                    row.add(e.ranked() ? fixed(e.normalised()[j], 6) : "");
                    row.add(e.ranked() ? fixed(e.contribution()[j], 4) : "");
                    contrib.printRecord(
                            e.id(),
                            ind.get(j).id(),
                            number(e.raw()[j]),
                            e.imputed()[j] ? "true" : "false",
                            e.ranked() ? fixed(e.normalised()[j], 6) : "",
                            fixed(result.weights()[j], 6),
                            e.ranked() ? fixed(e.contribution()[j], 4) : "");
                }
                csv.printRecord(row);
            }
        }
        try (CSVPrinter w = printer(
                dir.resolve(WEIGHTS),
                List.of("indicator", "name", "name_en", "source", "direction", "unit", "weight", "method"))) {
            for (int j = 0; j < ind.size(); j++) {
                RankScheme.Indicator i = ind.get(j);
                w.printRecord(
                        i.id(),
                        i.name(),
                        i.nameEn(),
                        i.source(),
                        i.benefit() ? "benefit" : "cost",
                        i.unit(),
                        fixed(result.weights()[j], 6),
                        s.weighting().id());
            }
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("entities", result.entities().size());
        counts.put("ranked", result.rankedCount());
        counts.put("notRanked", result.entities().size() - result.rankedCount());
        counts.put("vetoed", vetoed);
        counts.put("indicators", ind.size());
        if (sensitivity != null) {
            counts.put("draws", sensitivity.draws());
            counts.put("gradeUnstable", unstable);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", RankJobConfiguration.JOB);
        summary.put("run", runLabel);
        summary.put("scheme", s.id());
        summary.put("title", s.title());
        summary.put("entityKind", s.entityKind());
        summary.put("year", s.year());
        summary.put("normalisation", s.normalisation().id());
        summary.put("weighting", s.weighting().id());
        summary.put("aggregation", s.aggregation().id());
        summary.put("ties", s.denseRanks() ? "dense" : "competition (1224)");
        if (result.ahp() != null) {
            Map<String, Object> ahp = new LinkedHashMap<>();
            ahp.put("lambdaMax", fixed(result.ahp().lambdaMax(), 4));
            ahp.put("consistencyIndex", fixed(result.ahp().ci(), 4));
            ahp.put("randomIndex", s.randomIndexName() + " RI=" + result.ahp().ri());
            ahp.put("consistencyRatio", fixed(result.ahp().cr(), 4));
            summary.put("ahp", ahp);
        }
        if (sensitivity != null) {
            Map<String, Object> sens = new LinkedHashMap<>();
            sens.put("draws", sensitivity.draws());
            sens.put("seed", sensitivity.seed());
            sens.put("weights", s.sensitivity().dirichlet() ? "dirichlet" : "uniform");
            sens.put(
                    "normalisations",
                    s.sensitivity().normalisations().stream().map(x -> x.id()).toList());
            sens.put(
                    "aggregations",
                    s.sensitivity().aggregations().stream().map(x -> x.id()).toList());
            sens.put("rankStep", sensitivity.rankStep());
            summary.put("sensitivity", sens);
        }
        summary.put("counts", counts);
        summary.put("notes", result.notes());
        summary.put("files", files);
        JSON.writeValue(dir.resolve(SUMMARY).toFile(), summary);
        return counts;
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .setRecordSeparator('\n')
                        .get());
    }

    static String fixed(double d, int decimals) {
        if (Double.isNaN(d)) {
            return "";
        }
        String t = String.format(Locale.ROOT, "%." + decimals + "f", d);
        return t.startsWith("-") && Double.parseDouble(t) == 0 ? t.substring(1) : t;
    }

    /** A raw value as its shortest decimal form (12.5, 3, 0.125). */
    static String number(double d) {
        if (Double.isNaN(d)) {
            return "";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
