package org.xiaoqu.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.config.ConfigLoader;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.TestStores;

/**
 * The merge over the committed sample city (medium noise) on H2 and PostgreSQL: the quality floors against its
 * truth, the same ids on a second run, "unchanged" on a repeat, and a reviewer's decision honoured by the next run.
 */
class GridMergeIT {
    static final Path CITY = Path.of("..", "samples", "city").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void mergesTheSampleCityWithStableIdsAndHonoursDecisions(TestStores.Kind kind) throws IOException {
        XiaoquConfig config = ConfigLoader.load(CITY.resolve("xiaoqu.yaml"));
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            Map<String, String> progress = new ConcurrentHashMap<>();
            RunResult first = merge(store, config, "first", "run1", new Progress() {
                @Override
                public void update(String job, String step, long items) {
                    throw new AssertionError("the merge reports done/total and a unit");
                }

                @Override
                public void update(String job, String step, long done, long total, String unit) {
                    progress.put(job + " " + step, done + "/" + total + " " + unit);
                }
            });
            assertThat(first.exitCode()).isEqualTo(ExitCode.OK);
            // each step's last report (no record of the committed city is of unknown district)
            assertThat(progress).containsOnlyKeys("grid-merge prepare", "grid-merge match", "grid-merge publish");
            assertThat(progress.get("grid-merge prepare")).isEqualTo("18415/0 records");
            String districts = progress.get("grid-merge match");
            assertThat(districts).matches("(\\d+)/\\1 districts").isNotEqualTo("1/1 districts");
            assertThat(progress.get("grid-merge publish")).isEqualTo(districts);
            Path out1 = first.outputDir();
            GridEvaluationResult q = GridEvaluation.evaluate(CITY.resolve("truth"), out1);
            assertThat(q.f1()).isGreaterThanOrEqualTo(0.98);
            assertThat(q.reviewShare()).isLessThanOrEqualTo(2 * q.ambiguousShare());
            assertThat(first.counts().get("records")).isEqualTo(18_415L);
            for (String f : List.of(
                    "unified_buildings.csv",
                    "building_crosswalk.csv",
                    "grid_crosswalk.csv",
                    "conflicts.csv",
                    "unmatched.csv",
                    "review.csv",
                    "id_lineage.csv",
                    "summary.json",
                    "report.html")) {
                assertThat(out1.resolve(f)).exists();
            }
            assertThat(lines(out1.resolve("unified_buildings.csv")).get(1)).matches("UB430102\\d{7},430102,.*");
            // summary.json is the same bytes in every process (Map.of's order is salted per JVM)
            var departments = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(out1.resolve("summary.json").toFile())
                    .get("departments");
            assertThat(departments.size()).isGreaterThan(3);
            departments.forEach(rates -> {
                List<String> names = new java.util.ArrayList<>();
                rates.fieldNames().forEachRemaining(names::add);
                assertThat(names).containsExactly("records", "linkedAcross", "review", "unmatched");
            });

            // the same inputs again: nothing to do
            assertThat(merge(store, config, "first", "run1b").status()).isEqualTo("UNCHANGED");

            // a forced second run: every record keeps its building's id, no lineage event
            RunResult second = merge(store, config, "second", "run2");
            assertThat(lines(second.outputDir().resolve("building_crosswalk.csv")))
                    .isEqualTo(lines(out1.resolve("building_crosswalk.csv")));
            assertThat(lines(second.outputDir().resolve("id_lineage.csv"))).hasSize(1);

            // a reviewer sends the first close call to its first candidate
            Path export = dir.resolve("review-export.csv");
            int rows = GridReview.export(store, second.executionId(), export);
            assertThat(rows).isGreaterThan(0);
            List<org.apache.commons.csv.CSVRecord> review;
            try (var in = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
                in.skip(1); // BOM
                review = org.apache.commons.csv.CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)
                        .getRecords();
            }
            String[] first1 = review.stream()
                    .filter(r -> !r.get("candidate_1_record").isEmpty())
                    .findFirst()
                    .orElseThrow()
                    .values();
            String record = first1[0] + ":" + first1[1];
            String candidate = first1[5];
            Path decided = dir.resolve("decided.csv");
            try (var w = Files.newBufferedWriter(decided, StandardCharsets.UTF_8);
                    var p = new org.apache.commons.csv.CSVPrinter(
                            w,
                            org.apache.commons.csv.CSVFormat.DEFAULT
                                    .builder()
                                    .setHeader(GridReview.EXPORT_HEADER)
                                    .get())) {
                List<String> row = new java.util.ArrayList<>(List.of(java.util.Arrays.copyOf(first1, 11)));
                row.addAll(List.of("1", "", "", "", "", "checked on site"));
                p.printRecord(row);
            }
            assertThat(GridReview.apply(store, decided).recorded()).isEqualTo(1);
            RunResult third = merge(store, config, "second", "run3");
            assertThat(third.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(lines(third.outputDir().resolve("building_crosswalk.csv")))
                    .contains(first1[0] + "," + first1[1] + "," + first1[2] + "," + candidate.substring(2, 8) + ","
                            + candidate + ",1.0,DECISION_MUST_LINK");
            assertThat(lines(third.outputDir().resolve("review.csv")))
                    .noneMatch(l -> l.startsWith(first1[0] + "," + first1[1] + ","));
            assertThat(record).isNotEmpty();
        }
    }

    private RunResult merge(Store store, XiaoquConfig config, String label, String out) {
        return merge(store, config, label, out, Progress.NONE);
    }

    private RunResult merge(Store store, XiaoquConfig config, String label, String out, Progress progress) {
        return GridMerge.run(
                store,
                new StopSignal(),
                progress,
                config,
                new GridMerge.Options(
                        dir.resolve(out), dir.resolve("out"), GridMerge.DEFAULT_BASE, label, false, "en"));
    }

    static List<String> lines(Path f) throws IOException {
        return Files.readAllLines(f, StandardCharsets.UTF_8);
    }
}
