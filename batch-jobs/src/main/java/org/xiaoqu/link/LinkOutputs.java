package org.xiaoqu.link;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.xiaoqu.link.internal.Scoring;

/** Writes a run's files; rows are ordered in Java, deterministically. */
final class LinkOutputs {
    static final String PAIRS = "pairs.csv";
    static final String REVIEW = "review.csv";
    static final String CLUSTERS = "clusters.csv";
    static final String SUMMARY = "summary.json";
    static final String PARAMETERS = "parameters.json";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LinkOutputs() {}

    static List<String> write(LinkRun run, Path out) throws IOException {
        Files.createDirectories(out);
        List<String> comparisons = run.config.comparisons().stream()
                .map(LinkConfig.Comparison::name)
                .toList();
        List<String> header = new ArrayList<>(List.of(
                "left_source", "left_id", "right_source", "right_id", "match_weight", "match_probability", "decision"));
        comparisons.forEach(c -> {
            header.add(c + "_level");
            header.add(c + "_weight");
        });
        header.add("left_gap");
        header.add("right_gap");
        header.add("explanation");
        Integer[] order = run.scoring.order();
        try (CSVPrinter pairs = printer(out.resolve(PAIRS), header);
                CSVPrinter review = printer(out.resolve(REVIEW), header)) {
            for (int i : order) {
                byte d = run.scoring.decision[i];
                if (d == Scoring.NONE) {
                    continue;
                }
                LinkPair p = run.pair(i);
                List<Object> row = new ArrayList<>(List.of(
                        p.leftSource(),
                        p.leftId(),
                        p.rightSource(),
                        p.rightId(),
                        fmt(p.weight()),
                        String.format(Locale.ROOT, "%.6f", p.probability()),
                        p.decision().name().toLowerCase(Locale.ROOT)));
                p.comparisons().forEach(o -> {
                    row.add(o.label());
                    row.add(fmt(o.weight()));
                });
                row.add(fmtGap(run.scoring.gap(run.scoring.left[i])));
                row.add(fmtGap(run.scoring.gap(run.scoring.right[i])));
                row.add(p.explanation());
                (d == Scoring.MATCH ? pairs : review).printRecord(row);
            }
        }
        try (CSVPrinter clusters = printer(
                out.resolve(CLUSTERS),
                List.of(
                        "cluster_id",
                        "source",
                        "id",
                        "cluster_size",
                        "split",
                        "best_weight",
                        "second_weight",
                        "gap"))) {
            for (int r : run.recordOrder()) {
                RecordAssignment a = run.assignment(r);
                clusters.printRecord(
                        a.cluster(),
                        a.source(),
                        a.id(),
                        a.clusterSize(),
                        a.split(),
                        a.bestWeight() == null ? "" : fmt(a.bestWeight()),
                        a.secondWeight() == null ? "" : fmt(a.secondWeight()),
                        a.gap() == null ? "" : fmt(a.gap()));
            }
        }
        JSON.writeValue(out.resolve(SUMMARY).toFile(), run.summary);
        run.parameters.save(out.resolve(PARAMETERS));
        return List.of(PAIRS, REVIEW, CLUSTERS, SUMMARY, PARAMETERS);
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(
                w,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .setRecordSeparator('\n')
                        .get());
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String fmtGap(double gap) {
        return Double.isNaN(gap) ? "" : Double.isInfinite(gap) ? "inf" : fmt(gap);
    }
}
