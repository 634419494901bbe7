package org.xiaoqu.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xiaoqu.link.internal.Clustering;
import org.xiaoqu.link.internal.Em;
import org.xiaoqu.link.internal.FieldComparator;
import org.xiaoqu.link.internal.Pipeline;
import org.xiaoqu.link.internal.Prepared;
import org.xiaoqu.link.internal.Scoring;

/** One run through the stages, holding the compact arrays the outputs are rendered from. */
final class LinkRun {
    private static final Logger log = LoggerFactory.getLogger(LinkRun.class);

    final Pipeline pipeline;
    final LinkConfig config;
    final ModelParameters parameters;
    final Scoring scoring;
    final Clustering clustering;
    final LinkSummary summary;
    final int[] clusterSize;

    LinkRun(
            Pipeline pipeline,
            java.util.Iterator<LinkRecord> records,
            long expected,
            @Nullable ModelParameters loaded) {
        this.pipeline = pipeline;
        this.config = pipeline.config();
        Map<String, Double> seconds = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        pipeline.read(records, expected);
        long t1 = lap(seconds, "read", t0);
        List<Pipeline.TaskResult> tasks = pipeline.compare();
        long t2 = lap(seconds, "block+compare", t1);
        long candidates =
                tasks.stream().mapToLong(Pipeline.TaskResult::candidates).sum();
        this.parameters = loaded != null ? loaded : estimate(tasks, candidates);
        long t3 = lap(seconds, "estimate", t2);
        scoring = new Scoring(pipeline, parameters);
        scoring.scoreAll();
        scoring.decide();
        long t4 = lap(seconds, "score", t3);
        List<List<@Nullable String>> exclusive = new ArrayList<>();
        pipeline.exclusiveValues().forEach(exclusive::add);
        clustering = new Clustering(pipeline.size(), scoring, exclusive, config.exclusive());
        clusterSize = new int[pipeline.size()];
        for (int c : clustering.cluster) {
            clusterSize[c]++;
        }
        lap(seconds, "cluster", t4);
        summary = summarise(tasks, candidates, seconds);
        log.info(
                "link: {} records, {} candidates, {} matches, {} in review, {} clusters",
                pipeline.size(),
                candidates,
                summary.matches(),
                summary.review(),
                summary.clusters());
    }

    private static long lap(Map<String, Double> seconds, String stage, long since) {
        long now = System.nanoTime();
        seconds.put(stage, Math.round((now - since) / 1e6) / 1e3);
        return now;
    }

    private ModelParameters estimate(List<Pipeline.TaskResult> tasks, long candidates) {
        List<FieldComparator> comparators = pipeline.comparators();
        int c = comparators.size();
        int[] levels = comparators.stream().mapToInt(FieldComparator::levels).toArray();
        double[][] u = estimateU(levels);
        long[] masks = blockingMasks();
        Map<Long, Long> masked = new java.util.HashMap<>();
        Map<Long, Long> plain = new java.util.HashMap<>();
        for (Pipeline.TaskResult t : tasks) {
            t.patterns().forEach((k, v) -> {
                masked.merge(k & masks[t.key()], v, Long::sum);
                plain.merge(k, v, Long::sum);
            });
        }
        if (plain.isEmpty()) {
            throw org.xiaoqu.common.XiaoquException.usage(
                    "link: the blocking keys produced no candidate pairs; nothing to estimate m from");
        }
        LinkConfig.Model model = config.model();
        Em.Estimate em = Em.run(masked, levels, u, model.prior(), model.maxIterations(), model.tolerance());
        Em.Estimate all = Em.run(plain, levels, u, model.prior(), model.maxIterations(), model.tolerance());
        double matches = em.lambda() * candidates;
        for (int i = 0; i < c; i++) {
            // a field seen unmasked only in keys that hold few matches has no reliable m of its own there
            if (em.evidence()[i] < Math.max(30, 0.2 * matches)) {
                em.m()[i] = all.m()[i];
                log.info(
                        "link: m of {} estimated from all candidates (too few matches outside its blocking keys)",
                        comparators.get(i).spec().name());
            }
        }
        List<ModelParameters.ComparisonParameters> out = new ArrayList<>();
        for (int i = 0; i < c; i++) {
            FieldComparator fc = comparators.get(i);
            List<String> labels = new ArrayList<>();
            List<Double> m = new ArrayList<>();
            List<Double> uu = new ArrayList<>();
            for (int l = 0; l < levels[i]; l++) {
                labels.add(fc.label(l));
                m.add(em.m()[i][l]);
                uu.add(u[i][l]);
            }
            out.add(new ModelParameters.ComparisonParameters(
                    fc.spec().name(), fc.spec().comparator(), labels, m, uu));
        }
        log.info("link: EM converged in {} iterations, match share of candidates {}", em.iterations(), em.lambda());
        return new ModelParameters(LinkConfig.VERSION, em.lambda(), em.iterations(), model.uPairs(), candidates, out);
    }

    /**
     * Per blocking key, the pattern mask that hides the comparisons of the fields the key blocks on: pairs
     * blocked on a field agree on it far more often than random non-matches do, which u (from random pairs)
     * cannot explain, and EM would call them matches. A field is hidden only where another key leaves it
     * free to estimate (Splink's training on one blocking rule at a time, folded into one EM).
     */
    private long[] blockingMasks() {
        List<FieldComparator> comparators = pipeline.comparators();
        List<java.util.Set<String>> keyFields = new ArrayList<>();
        for (List<String> key : config.blocking()) {
            java.util.Set<String> fields = new java.util.HashSet<>();
            key.forEach(term -> fields.add(term.split("\\|", 2)[0].trim()));
            keyFields.add(fields);
        }
        long[] masks = new long[keyFields.size()];
        for (int k = 0; k < masks.length; k++) {
            long mask = -1L;
            for (int i = 0; i < comparators.size(); i++) {
                String field = comparators.get(i).spec().field();
                boolean freeElsewhere = keyFields.stream().anyMatch(f -> !f.contains(field));
                if (keyFields.get(k).contains(field) && freeElsewhere) {
                    mask &= ~(0xFL << (4 * i));
                }
            }
            masks[k] = mask;
        }
        return masks;
    }

    /** u per level from random pairs of the reservoir samples (across the two sources in link mode). */
    private double[][] estimateU(int[] levels) {
        Random random = new Random(config.model().seed());
        List<List<Prepared>> res = pipeline.samples();
        boolean link = config.mode() == LinkConfig.Mode.LINK && res.size() == 2;
        List<Prepared> pooled = new ArrayList<>();
        res.forEach(pooled::addAll);
        long[][] counts = new long[levels.length][];
        for (int i = 0; i < levels.length; i++) {
            counts[i] = new long[levels[i]];
        }
        int pairs = config.model().uPairs();
        if (pooled.size() >= 2
                && (!link || (!res.get(0).isEmpty() && !res.get(1).isEmpty()))) {
            for (int n = 0; n < pairs; n++) {
                Prepared a;
                Prepared b;
                if (link) {
                    a = res.get(0).get(random.nextInt(res.get(0).size()));
                    b = res.get(1).get(random.nextInt(res.get(1).size()));
                } else {
                    int x = random.nextInt(pooled.size());
                    int y = random.nextInt(pooled.size() - 1);
                    a = pooled.get(x);
                    b = pooled.get(y >= x ? y + 1 : y);
                }
                byte[] lv = pipeline.levels(a, b);
                for (int i = 0; i < lv.length; i++) {
                    if (lv[i] >= 0) {
                        counts[i][lv[i]]++;
                    }
                }
            }
        }
        double[][] u = new double[levels.length][];
        for (int i = 0; i < levels.length; i++) {
            long total = 0;
            for (long v : counts[i]) {
                total += v;
            }
            u[i] = new double[levels[i]];
            for (int l = 0; l < levels[i]; l++) {
                // add-one smoothing: a level never seen among random pairs is rare, not impossible
                u[i][l] = (counts[i][l] + 1.0) / (total + levels[i]);
            }
        }
        return u;
    }

    private LinkSummary summarise(List<Pipeline.TaskResult> tasks, long candidates, Map<String, Double> seconds) {
        Map<String, Long> records = new LinkedHashMap<>();
        for (int s = 0; s < pipeline.sourceNames().size(); s++) {
            records.put(pipeline.sourceNames().get(s), pipeline.recordsIn(s));
        }
        Map<String, Long> perKey = new LinkedHashMap<>();
        long skippedBlocks = 0;
        long skippedPairs = 0;
        long found = 0;
        for (Pipeline.TaskResult t : tasks) {
            perKey.merge(pipeline.keyText(t.key()), t.candidates(), Long::sum);
            skippedBlocks += t.skippedBlocks();
            skippedPairs += t.skippedPairs();
            found += t.truePairs();
        }
        long truePairs = pipeline.truePairs();
        long matches = 0;
        long review = 0;
        for (int i = 0; i < scoring.count; i++) {
            if (scoring.decision[i] == Scoring.MATCH) {
                matches++;
            } else if (scoring.decision[i] == Scoring.REVIEW) {
                review++;
            }
        }
        long clusters = 0;
        for (int r = 0; r < clusterSize.length; r++) {
            if (clusterSize[r] > 1) {
                clusters++;
            }
        }
        List<LinkSummary.SplitReport> splits = new ArrayList<>();
        for (Clustering.Split s : clustering.splits) {
            List<String> ids = new ArrayList<>();
            for (int r = 0; r < pipeline.size(); r++) {
                if (clustering.wasSplit[r] && clustering.cluster[r] == r && sameComponent(r, s)) {
                    ids.add(clusterId(r));
                }
            }
            splits.add(new LinkSummary.SplitReport(s.field(), s.values(), ids));
        }
        return new LinkSummary(
                config.mode().name().toLowerCase(java.util.Locale.ROOT),
                records,
                perKey,
                pipeline.partitions(),
                candidates,
                List.of(skippedBlocks, skippedPairs),
                truePairs < 0 ? null : truePairs,
                truePairs < 0 ? null : found,
                truePairs <= 0 ? null : (double) found / truePairs,
                matches,
                review,
                scoring.droppedByOneToOne,
                clusters,
                splits,
                parameters.lambda(),
                parameters.emIterations(),
                seconds);
    }

    private boolean sameComponent(int clusterRoot, Clustering.Split s) {
        return clustering.componentOf(clusterRoot) == clustering.componentOf(s.component());
    }

    String clusterId(int root) {
        return pipeline.sourceName(root) + ":" + pipeline.id(root);
    }

    LinkPair pair(int i) {
        List<FieldComparator> comparators = pipeline.comparators();
        int c = comparators.size();
        int t = pipeline.tfCount();
        List<LinkPair.Outcome> outcomes = new ArrayList<>(c);
        int tj = 0;
        for (int k = 0; k < c; k++) {
            int level = scoring.levels[i * c + k];
            float tf = -1;
            if (tj < t && pipeline.tfComparison(tj) == k) {
                tf = scoring.tf[i * t + tj++];
            }
            outcomes.add(new LinkPair.Outcome(
                    comparators.get(k).spec().name(),
                    level,
                    comparators.get(k).label(level) + (tf >= 0 ? "+tf" : ""),
                    scoring.weightOf(k, level, tf)));
        }
        int a = scoring.left[i];
        int b = scoring.right[i];
        LinkPair.Decision d =
                switch (scoring.decision[i]) {
                    case Scoring.MATCH -> LinkPair.Decision.MATCH;
                    case Scoring.REVIEW -> LinkPair.Decision.REVIEW;
                    default -> LinkPair.Decision.DROPPED_ONE_TO_ONE;
                };
        return new LinkPair(
                pipeline.sourceName(a),
                pipeline.id(a),
                pipeline.sourceName(b),
                pipeline.id(b),
                scoring.weight[i],
                Scoring.probability(scoring.weight[i]),
                d,
                outcomes);
    }

    RecordAssignment assignment(int r) {
        double best = scoring.best[r];
        double second = scoring.second[r];
        double gap = scoring.gap(r);
        return new RecordAssignment(
                pipeline.sourceName(r),
                pipeline.id(r),
                clusterId(clustering.cluster[r]),
                clusterSize[clustering.cluster[r]],
                clustering.wasSplit[r],
                Double.isInfinite(best) ? null : best,
                Double.isInfinite(second) ? null : second,
                Double.isNaN(gap) || Double.isInfinite(gap) ? null : gap);
    }

    /** Record indexes sorted by cluster id, then source and id: the row order of clusters.csv. */
    Integer[] recordOrder() {
        Integer[] idx = new Integer[pipeline.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (x, y) -> {
            int cx = clustering.cluster[x];
            int cy = clustering.cluster[y];
            int cmp = cx == cy ? 0 : pipeline.sourceName(cx).compareTo(pipeline.sourceName(cy));
            if (cmp == 0 && cx != cy) {
                cmp = pipeline.id(cx).compareTo(pipeline.id(cy));
            }
            if (cmp != 0) {
                return cmp;
            }
            cmp = pipeline.sourceName(x).compareTo(pipeline.sourceName(y));
            return cmp != 0 ? cmp : pipeline.id(x).compareTo(pipeline.id(y));
        });
        return idx;
    }
}
