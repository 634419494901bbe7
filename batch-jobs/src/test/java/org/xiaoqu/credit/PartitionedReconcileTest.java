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
import org.xiaoqu.common.CreditCode;
import org.xiaoqu.config.ConfigLoader;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.imports.Sources;
import org.xiaoqu.schemas.CreditDiscrepancy;

/**
 * The partitioned, spilled reconciliation gives exactly what reconciling every record in memory gives: the same
 * discrepancies and ledger in the same order, the same scores, whatever the partition size.
 */
class PartitionedReconcileTest {
    static final Path CITY = Path.of("..", "samples", "city").toAbsolutePath().normalize();
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    @Test
    void partitionsOneAfterAnotherAreTheWholeReconciledInMemory(@TempDir Path work) throws Exception {
        Reconciler.Result whole = partitionedIsWhole(ConfigLoader.load(CITY.resolve("xiaoqu.yaml")), work);
        assertThat(whole.discrepancies()).hasSizeGreaterThan(100);
    }

    /**
     * Here the start of the code is wrong too, so that the name and the document number decide — the number through
     * the spill files when partitioned (the sample city's typos take these routes as well, CreditWriter.TYPO_SHARE).
     */
    @Test
    void aWrongCodeFindsItsEnterpriseByNameElseByDocumentNumberAlikeInMemoryAndPartitioned(@TempDir Path work)
            throws Exception {
        String a = code("91430102", "76543210");
        String b = code("91430103", "12345678");
        String wrong = "91430104999999990A";
        assertThat(CreditCode.isValid(wrong)).isFalse();
        Reconciler.Result whole = ledgerAndHousing(
                work,
                "L1," + a + ",长沙甲等物业服务有限公司,B01,不良,2025-01-10,DA1,-5,2026-01-09,有效\n"
                        + "L2," + b + ",湖南乙级物业管理有限公司,B01,不良,2025-02-10,DB1,-5,2026-02-09,有效\n"
                        + "L3," + b + ",湖南乙级物业管理有限公司,B02,不良,2025-03-10,DX5,-5,2026-03-09,有效\n",
                ""
                        // the same name but for 有限责任公司: by name
                        + "H1," + wrong + ",长沙甲等物业服务有限责任公司,B01,不良,2025-01-10,DA1,-5,2026-01-09,有效\n"
                        // no name: by the number, which the ledger wrote with b
                        + "H2," + wrong + ",,B01,不良,2025-02-10,DB1,-5,2026-02-09,有效\n"
                        // this source writes DX5 with a, the ledger with b: the ledger, read first, wins
                        + "H3," + a + ",长沙甲等物业服务有限公司,B03,不良,2025-04-10,DX5,-5,2026-04-09,有效\n"
                        + "H4," + wrong + ",,B02,不良,2025-03-10,DX5,-5,2026-03-09,有效\n"
                        // a number no valid code came with: no enterprise
                        + "H5," + wrong + ",,B01,不良,2025-05-10,DZ9,-5,2026-05-09,有效\n");

        assertThat(matches(whole))
                .containsExactly(
                        Map.entry("H1", a + " name"),
                        Map.entry("H2", b + " document number"),
                        Map.entry("H4", b + " document number"),
                        Map.entry("H5", " none"));
        assertThat(whole.unresolved()).isEqualTo(1);
    }

    /**
     * Typos that change a code's first 16 characters: one name carried by two enterprises of one area (有限公司 and
     * 有限责任公司 are one name to the reconciler) goes to the one whose code the written code is a typo of, and O or I
     * for 0 or 1 is read as the digit the clerk meant.
     */
    @Test
    void aMistypedCodeGoesToTheEnterpriseOfItsNameWhoseCodeItIsATypoOf(@TempDir Path work) throws Exception {
        String a = code("91430102", "76543210");
        String twin = code("91430102", "55501234");
        String dropped = a.substring(0, 5) + a.substring(6) + "7"; // one character dropped, a digit added
        String swapped = twin.substring(0, 10) + twin.charAt(11) + twin.charAt(10) + twin.substring(12);
        String letter = a.substring(0, 6) + "O" + a.substring(7); // the 0 of 430102 written O
        String far = "914301020000000000";
        for (String wrong : List.of(dropped, swapped, letter, far)) {
            assertThat(CreditCode.isValid(wrong)).as(wrong).isFalse();
        }
        assertThat(dropped.substring(0, 16)).isNotEqualTo(a.substring(0, 16));
        assertThat(swapped.substring(0, 16)).isNotEqualTo(twin.substring(0, 16));
        Reconciler.Result whole = ledgerAndHousing(
                work,
                "L1," + a + ",长沙甲等物业服务有限公司,B01,不良,2025-01-10,DA1,-5,2026-01-09,有效\n" + "L2," + twin
                        + ",长沙甲等物业服务有限责任公司,B01,不良,2025-02-10,DB1,-5,2026-02-09,有效\n",
                "H1," + dropped + ",长沙甲等物业服务有限责任公司,B01,不良,2025-01-10,DA1,-5,2026-01-09,有效\n"
                        + "H2," + swapped + ",长沙甲等物业服务有限公司,B01,不良,2025-02-10,DB1,-5,2026-02-09,有效\n"
                        + "H3," + letter + ",,B02,不良,2025-03-10,DC1,-5,2026-03-09,有效\n"
                        // far from both codes (more than three typos) and in the area of both: the number decides
                        + "H4," + far + ",长沙甲等物业服务有限公司,B01,不良,2025-02-10,DB1,-5,2026-02-09,有效\n");

        assertThat(matches(whole))
                .containsExactly(
                        Map.entry("H1", a + " name"),
                        Map.entry("H2", twin + " name"),
                        Map.entry("H3", a + " the code's first 16 characters"),
                        Map.entry("H4", twin + " document number"));
        assertThat(whole.unresolved()).isZero();
    }

    /**
     * Reconciles a ledger and a housing bureau's records (CSV lines under the credit-record header; housing covers
     * B01–B03), in memory and partitioned alike ({@link #partitionedIsWhole}).
     */
    private static Reconciler.Result ledgerAndHousing(Path work, String ledger, String housing) throws Exception {
        String header = "记录编号,统一社会信用代码,企业名称,事项编码,信用类别,认定日期,文号,分值,有效期至,状态\n";
        Files.writeString(work.resolve("ledger.csv"), header + ledger);
        Files.writeString(work.resolve("housing.csv"), header + housing);
        Files.copy(CITY.resolve("credit-scheme.yaml"), work.resolve("credit-scheme.yaml"));
        Files.writeString(
                work.resolve("xiaoqu.yaml"),
                """
                sources:
                  - {id: ledger, department: 省住建厅, kind: credit-record, file: ledger.csv, encoding: utf-8}
                  - {id: housing, department: 住建, kind: credit-record, file: housing.csv, encoding: utf-8}
                credit:
                  scheme: credit-scheme.yaml
                  ledger: ledger
                  asOf: 2026-11-27
                  precedence: [ledger, housing]
                  covers: {housing: [B01, B02, B03]}
                """);
        return partitionedIsWhole(ConfigLoader.load(work.resolve("xiaoqu.yaml")), work.resolve("runs"));
    }

    /** Per record with an invalid code: the enterprise it was matched to and how. */
    private static Map<String, String> matches(Reconciler.Result result) {
        Map<String, String> how = new TreeMap<>();
        for (Discrepancy d : result.discrepancies()) {
            if (d.kind() == CreditDiscrepancy.INVALID_CODE) {
                how.put(d.recordId(), d.creditCode() + " " + d.detail().replaceAll(".*; matched by ", ""));
            }
        }
        return how;
    }

    /**
     * Reconciles the configured sources in memory, then partitioned into partitions of one record, of 25 and of all,
     * and checks that each gives what the whole gave; returns the whole.
     */
    private static Reconciler.Result partitionedIsWhole(XiaoquConfig config, Path work) throws Exception {
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

        for (long size : new long[] {1, 25, 1_000_000}) {
            Path dir = Files.createDirectories(work.resolve("size-" + size));
            PartitionedReconcile run =
                    new PartitionedReconcile(settings, reconciler, scorer, Map.of(), dir, 2, size, Integer.MAX_VALUE);
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
        return whole;
    }

    /** A valid code of an area and an organisation body of eight characters. */
    private static String code(String first8, String body8) {
        String first17 = first8 + body8 + CreditCode.organisationCheckCharacter(body8);
        return first17 + CreditCode.checkCharacter(first17);
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
        // 11 records in at most 3 partitions: cut at 4 records rather than 2
        assertThat(PartitionedReconcile.limit(sizes, 2, 3)).isEqualTo(4);
        assertThat(PartitionedReconcile.starts(sizes, PartitionedReconcile.limit(sizes, 2, 3)))
                .containsExactly("C", "E");
        assertThat(PartitionedReconcile.limit(sizes, 2, 100)).isEqualTo(2);
    }
}
