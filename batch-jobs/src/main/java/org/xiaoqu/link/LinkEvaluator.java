package org.xiaoqu.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.XiaoquException;

/**
 * Pairwise precision, recall, F1 and cluster-level B-cubed F1 of a link run against the truth (a truth column
 * of the sources or a truth file of pairs, as the configuration declares). Records without a truth are their
 * own entity.
 */
public final class LinkEvaluator {
    private LinkEvaluator() {}

    /** Evaluates the outputs of {@code xiaoqu link} in {@code out} against the truth its configuration declares. */
    public static LinkEvaluation evaluate(Path configFile, Path out) {
        LinkConfig config = LinkConfigs.read(configFile);
        if (config.truth() == null && config.sources().stream().allMatch(s -> s.truthColumn() == null)) {
            throw XiaoquException.usage(configFile + ": declares no truth (a source's truthColumn or a truth file)");
        }
        CsvSources csv = new CsvSources(config, configFile.toAbsolutePath().getParent());
        Map<String, String> truth = new HashMap<>();
        for (Iterator<LinkRecord> it = csv.records(Set.of()); it.hasNext(); ) {
            LinkRecord r = it.next();
            truth.put(key(r.source(), r.id()), r.entity() == null ? "self/" + key(r.source(), r.id()) : r.entity());
        }
        List<String[]> links = new ArrayList<>();
        long review = 0;
        for (CSVRecord row : read(out.resolve(LinkOutputs.PAIRS))) {
            links.add(new String[] {
                key(row.get("left_source"), row.get("left_id")), key(row.get("right_source"), row.get("right_id"))
            });
        }
        for (CSVRecord ignored : read(out.resolve(LinkOutputs.REVIEW))) {
            review++;
        }
        Map<String, String> clusters = new HashMap<>();
        for (CSVRecord row : read(out.resolve(LinkOutputs.CLUSTERS))) {
            clusters.put(key(row.get("source"), row.get("id")), row.get("cluster_id"));
        }
        return evaluate(
                links,
                clusters,
                truth,
                config.mode() == LinkConfig.Mode.LINK ? config.sources().get(0).id() : null,
                review);
    }

    /**
     * Evaluates an in-memory outcome against a truth map of "source/id" → entity ({@link #key}); in link mode
     * only pairs across the two sources are true pairs.
     */
    public static LinkEvaluation evaluate(LinkOutcome outcome, Map<String, String> truth, boolean link) {
        String leftSource =
                link ? outcome.summary().records().keySet().iterator().next() : null;
        List<String[]> links = new ArrayList<>();
        long review = 0;
        for (LinkPair p : outcome.pairs()) {
            if (p.decision() == LinkPair.Decision.MATCH) {
                links.add(new String[] {key(p.leftSource(), p.leftId()), key(p.rightSource(), p.rightId())});
            } else if (p.decision() == LinkPair.Decision.REVIEW) {
                review++;
            }
        }
        Map<String, String> clusters = new HashMap<>();
        outcome.records().forEach(r -> clusters.put(key(r.source(), r.id()), r.cluster()));
        return evaluate(links, clusters, truth, leftSource, review);
    }

    /** The key of a record in truth maps: {@code source/id}. */
    public static String key(String source, String id) {
        return source + "/" + id;
    }

    static LinkEvaluation evaluate(
            List<String[]> links,
            Map<String, String> clusters,
            Map<String, String> truth,
            @Nullable String leftSource,
            long review) {
        boolean link = leftSource != null;
        Set<String> seen = new HashSet<>();
        long tp = 0;
        long predicted = 0;
        for (String[] l : links) {
            if (!seen.add(l[0] + "\u0000" + l[1])) {
                continue;
            }
            predicted++;
            String ea = truth.get(l[0]);
            if (ea != null && ea.equals(truth.get(l[1]))) {
                tp++;
            }
        }
        // true pairs: per entity, all pairs (dedupe) or left × right (link)
        Map<String, long[]> sizes = new HashMap<>();
        String left = leftSource == null ? "" : leftSource + "/";
        truth.forEach((k, e) ->
                sizes.computeIfAbsent(e, x -> new long[2])[leftSource == null || k.startsWith(left) ? 0 : 1]++);
        long truePairs = 0;
        for (long[] s : sizes.values()) {
            truePairs += link ? s[0] * s[1] : (s[0] + s[1]) * (s[0] + s[1] - 1) / 2;
        }
        double precision = predicted == 0 ? 1 : (double) tp / predicted;
        double recall = truePairs == 0 ? 1 : (double) tp / truePairs;
        double[] b = bcubed(clusters, truth);
        return new LinkEvaluation(
                predicted, truePairs, tp, precision, recall, f1(precision, recall), b[0], b[1], f1(b[0], b[1]), review);
    }

    private static double[] bcubed(Map<String, String> clusters, Map<String, String> truth) {
        Map<String, Map<String, Integer>> overlap = new HashMap<>();
        Map<String, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> entitySize = new HashMap<>();
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String c = clusters.getOrDefault(e.getKey(), "self/" + e.getKey());
            String t = e.getValue();
            overlap.computeIfAbsent(c, x -> new HashMap<>()).merge(t, 1, Integer::sum);
            clusterSize.merge(c, 1, Integer::sum);
            entitySize.merge(t, 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        long n = 0;
        for (Map.Entry<String, Map<String, Integer>> c : overlap.entrySet()) {
            for (Map.Entry<String, Integer> t : c.getValue().entrySet()) {
                int k = t.getValue();
                p += (double) k * k / clusterSize.get(c.getKey());
                r += (double) k * k / entitySize.get(t.getKey());
                n += k;
            }
        }
        return n == 0 ? new double[] {1, 1} : new double[] {p / n, r / n};
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Iterable<CSVRecord> read(Path file) {
        try {
            Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw XiaoquException.usage(file + ": cannot read (run xiaoqu link first): " + e.getMessage());
        }
    }
}
