package org.xiaoqu.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.config.ConfigLoader;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.imports.Sources;

/**
 * The partitioned, spilled reconciliation gives exactly what reconciling every record in memory gives: the same
 * discrepancies and ledger in the same order, the same scores, whatever the partition size.
 */
class PartitionedReconcileTest {
    static final Path CITY = Path.of("..", "samples", "city").toAbsolutePath().normalize();
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    @Test
    void partitionsOneAfterAnotherAreTheWholeReconciledInMemory(@TempDir Path work) throws Exception {
        XiaoquConfig config = ConfigLoader.load(CITY.resolve("xiaoqu.yaml"));
        CreditSettings settings = CreditSettings.of(config);
        CreditScheme scheme = CreditScheme.load(settings.scheme());
        Reconciler reconciler = new Reconciler(settings, AS_OF, scheme);
        Scorer scorer = new Scorer(scheme, AS_OF);

        List<CreditRecord> all = new ArrayList<>();
        for (String id : settings.precedence()) {
            CreditSources.read(
                    id,
                    Sources.specs(config, config.source(id).orElseThrow(), Sources.BudgetOverride.NONE),
                    all::add,
                    new TreeMap<>());
        }
        Reconciler.Result whole = reconciler.reconcile(all);
        assertThat(whole.discrepancies()).hasSizeGreaterThan(100);

        for (long size : new long[] {1, 25, 1_000_000}) {
            Path dir = Files.createDirectories(work.resolve("size-" + size));
            PartitionedReconcile run = new PartitionedReconcile(settings, reconciler, scorer, Map.of(), dir, 2, size);
            PartitionedReconcile.Read read = run.read(config);
            assertThat(read.records()).isEqualTo(all.size());
            List<Discrepancy> discrepancies = new ArrayList<>();
            List<LedgerEntry> ledger = new ArrayList<>();
            List<Scorer.Score> scores = new ArrayList<>();
            List<Integer> order = new ArrayList<>();
            long[] unresolved = {0};
            run.reconcile(read, piece -> {
                order.add(piece.index());
                discrepancies.addAll(piece.partition().discrepancies());
                ledger.addAll(piece.partition().ledger());
                scores.addAll(piece.scores());
                unresolved[0] += piece.partition().unresolved();
            });

            assertThat(order).as("partitions of %d records", size).isSorted().doesNotHaveDuplicates();
            if (size == 1) {
                assertThat(order).hasSize(read.enterprises().recordsByCode().size());
            }
            if (size == 1_000_000) {
                assertThat(order).containsExactly(0);
            }
            assertThat(discrepancies).as("partitions of %d records", size).isEqualTo(whole.discrepancies());
            assertThat(ledger).isEqualTo(whole.ledger());
            assertThat(scores).isEqualTo(scorer.score(whole.ledger(), Map.of()));
            assertThat(unresolved[0]).isEqualTo(whole.unresolved());
            assertThat(read.enterprises().names()).isEqualTo(whole.names());
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left).as("spill files left behind").isEmpty();
            }
        }
    }

    @Test
    void partitionsAreCutBetweenEnterprisesAndTheEmptyCodeGoesFirst() {
        Map<String, Long> sizes = new TreeMap<>(Map.of("A", 3L, "B", 1L, "C", 1L, "D", 5L, "E", 1L));
        List<String> starts = PartitionedReconcile.starts(sizes, 2);
        assertThat(starts).containsExactly("B", "D", "E");
        assertThat(PartitionedReconcile.partitionOf("", starts)).isZero();
        assertThat(PartitionedReconcile.partitionOf("A", starts)).isZero();
        assertThat(PartitionedReconcile.partitionOf("B", starts)).isEqualTo(1);
        assertThat(PartitionedReconcile.partitionOf("C", starts)).isEqualTo(1);
        assertThat(PartitionedReconcile.partitionOf("D", starts)).isEqualTo(2);
        assertThat(PartitionedReconcile.partitionOf("E", starts)).isEqualTo(3);
        assertThat(PartitionedReconcile.starts(sizes, 100)).isEmpty();
    }
}
