package org.xiaoqu.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xiaoqu.config.ConfigLoader;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.TestStores;

/**
 * Nightly runs of a changing city (a copy of the committed one, changed by this test between nights): a building
 * demolished (its records gone from every department), an estate renamed in the register (its old name kept as
 * 曾用名) and in 民政's extract, a typo in an estate name corrected, a new building added. Every surviving building
 * keeps its id, the demolished one's id is retired and never reused, the new one gets a new id. H2 and PostgreSQL.
 */
class GridNightlyIT {
    private static final Charset GB = Charset.forName("GB18030");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void survivingBuildingsKeepTheirIdsAcrossNights(TestStores.Kind kind) throws IOException {
        Path city = dir.resolve("city");
        copy(GridMergeIT.CITY, city);
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            RunResult night1 = merge(store, city, "night1");
            Map<String, String> ids1 = crosswalk(night1.outputDir());

            // night 2: B430102000014 (福康府 14栋, not in 城管's workbook) is demolished; 福康府 is renamed 福康雅府
            // (the register keeps 福康府 as its old name; 民政 already writes the new name); 消防 adds 福康府 99#
            Map<String, String> truth = truth(city);
            Set<String> demolished = new HashSet<>();
            truth.forEach((ref, b) -> {
                if (b.equals("B430102000014")) {
                    demolished.add(ref);
                }
            });
            assertThat(demolished).isNotEmpty().noneMatch(r -> r.startsWith("chengguan"));
            for (String[] f : new String[][] {
                {"综治/网格楼栋.csv", "GB18030"},
                {"公安/实有房屋.csv", "UTF-8"},
                {"民政/社区楼栋.csv", "GB18030"},
                {"消防/消防楼栋.csv", "UTF-8"},
                {"住建/小区楼栋.csv", "UTF-8"}
            }) {
                Charset cs = f[1].equals("UTF-8") ? StandardCharsets.UTF_8 : GB;
                edit(city.resolve(f[0]), cs, lines -> lines.stream()
                        .filter(l ->
                                demolished.stream().noneMatch(r -> l.startsWith(r.substring(r.indexOf(':') + 1) + ",")))
                        .toList());
            }
            edit(city.resolve("住建/小区.csv"), StandardCharsets.UTF_8, lines -> lines.stream()
                    .map(l -> l.startsWith("E43010200001,福康府,,")
                            ? l.replace("E43010200001,福康府,,", "E43010200001,福康雅府,福康府,")
                            : l)
                    .toList());
            edit(city.resolve("民政/社区楼栋.csv"), GB, lines -> lines.stream()
                    .map(l -> l.replace(",福康府,", ",福康雅府,"))
                    .toList());
            edit(city.resolve("消防/消防楼栋.csv"), StandardCharsets.UTF_8, lines -> {
                List<String> out = new ArrayList<>(lines);
                out.add("XF4301029999901,XF430102001,长沙市芙蓉区福康府99#,12,,");
                return out;
            });
            RunResult night2 = merge(store, city, "night2");
            Map<String, String> ids2 = crosswalk(night2.outputDir());

            int kept = 0;
            for (var e : ids1.entrySet()) {
                if (ids2.containsKey(e.getKey())) {
                    assertThat(ids2.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
                    kept++;
                }
            }
            assertThat(kept).isGreaterThan(ids1.size() - 20);
            String demolishedId = ids1.get(demolished.iterator().next());
            assertThat(ids2).doesNotContainValue(demolishedId);
            List<String> lineage = GridMergeIT.lines(night2.outputDir().resolve("id_lineage.csv"));
            assertThat(lineage).anyMatch(l -> l.startsWith("RETIRE," + demolishedId + ","));
            String added = ids2.get("xiaofang-buildings:XF4301029999901");
            assertThat(added).isNotNull().doesNotContain(demolishedId);
            assertThat(ids1).doesNotContainValue(added);
            assertThat(lineage).anyMatch(l -> l.startsWith("NEW,," + added + ","));

            // night 3: nothing changed but the label: no id moves, no lineage
            RunResult night3 = merge(store, city, "night3");
            assertThat(crosswalk(night3.outputDir())).isEqualTo(ids2);
            assertThat(GridMergeIT.lines(night3.outputDir().resolve("id_lineage.csv")))
                    .hasSize(1);
        }
    }

    private RunResult merge(Store store, Path city, String label) {
        return GridMerge.run(
                store,
                new StopSignal(),
                Progress.NONE,
                ConfigLoader.load(city.resolve("xiaoqu.yaml")),
                new GridMerge.Options(
                        dir.resolve("out-" + label), dir.resolve("out"), GridMerge.DEFAULT_BASE, label, false, "en"));
    }

    static Map<String, String> crosswalk(Path out) throws IOException {
        Map<String, String> ids = new HashMap<>();
        for (String l : GridMergeIT.lines(out.resolve("building_crosswalk.csv"))
                .subList(
                        1,
                        GridMergeIT.lines(out.resolve("building_crosswalk.csv")).size())) {
            String[] f = l.split(",");
            ids.put(f[0] + ":" + f[1], f[4]);
        }
        return ids;
    }

    static Map<String, String> truth(Path city) throws IOException {
        Map<String, String> t = new HashMap<>();
        List<String> lines = Files.readAllLines(city.resolve("truth/records.csv"));
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            t.put(f[0] + ":" + f[1], f[2]);
        }
        return t;
    }

    static void edit(Path file, Charset cs, UnaryOperator<List<String>> change) throws IOException {
        String text = Files.readString(file, cs);
        boolean bom = text.startsWith("\ufeff");
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = List.of((bom ? text.substring(1) : text).split("\r?\n"));
        List<String> changed = change.apply(lines);
        Files.writeString(file, (bom ? "\ufeff" : "") + String.join(eol, changed) + eol, cs);
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
