package org.xiaoqu.credit;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.report.RowSpill;
import org.xiaoqu.report.TableWriter;
import org.xiaoqu.report.TableWriters;
import org.xiaoqu.schemas.CreditDiscrepancy;

/**
 * Writes the partitions of a run as they come, in code order: the three CSV files, the store's tables (on a thread
 * of their own, so that the database's work overlaps the rest), and (for
 * {@code --excel}) spill files the workbook is written from at the end; and keeps what the summary and the report
 * need — counts, five sample rows per class, the scores, and the enterprises with most discrepancies with their
 * rows — but never the tables themselves.
 */
final class ReconcileWriter implements Closeable {
    /** Rows per class kept as a sample in summary.json. */
    static final int SAMPLE = 5;

    /** An enterprise of the report's drill-down with its rows. */
    record Detail(Scorer.Score score, List<Discrepancy> discrepancies, List<LedgerEntry> events) {}

    private final CreditStore store;
    private final long runId;
    private final long maxRows;
    private final TableWriter discrepancyCsv;
    private final TableWriter ledgerCsv;
    private final TableWriter scoreCsv;
    private final @Nullable RowSpill shownSpill;
    private final @Nullable RowSpill ledgerSpill;
    private final @Nullable RowSpill scoreSpill;

    private final Map<CreditDiscrepancy, Long> byClass = new EnumMap<>(CreditDiscrepancy.class);
    private final Map<String, Map<String, Long>> bySource = new TreeMap<>();
    private final Map<String, Long> byField = new TreeMap<>();
    private final Map<String, List<List<Object>>> sample = new LinkedHashMap<>();
    private final List<Scorer.Score> scores = new ArrayList<>();
    private final PriorityQueue<Detail> worst;
    private final int drillDown;
    private long discrepancies;
    private long events;
    private long unresolved;
    private boolean csvClosed;
    private final ExecutorService storeThread = PartitionedReconcile.daemons("xiaoqu-credit-store-", 1);
    /** The previous partition's rows on their way into the store, if any. */
    private @Nullable Future<?> storing;

    /**
     * @param out the run's folder
     * @param work a folder for the spill files of {@code --excel}
     * @param maxRows rows of discrepancies.csv (the store and the counts have all)
     * @param excel whether to keep the rows for the workbook
     * @param drillDown enterprises with most discrepancies to keep with their rows
     */
    ReconcileWriter(CreditStore store, long runId, Path out, Path work, long maxRows, boolean excel, int drillDown)
            throws IOException {
        this.store = store;
        this.runId = runId;
        this.maxRows = maxRows;
        this.drillDown = drillDown;
        this.worst = new PriorityQueue<>(MOST_DISCREPANCIES.reversed());
        for (CreditDiscrepancy c : CreditDiscrepancy.values()) {
            byClass.put(c, 0L);
        }
        store.clear(runId);
        discrepancyCsv = TableWriters.csv(out.resolve(CreditOutputs.DISCREPANCIES), CreditOutputs.DISCREPANCY_SCHEMA);
        ledgerCsv = TableWriters.csv(out.resolve(CreditOutputs.LEDGER), CreditOutputs.LEDGER_SCHEMA);
        scoreCsv = TableWriters.csv(out.resolve(CreditOutputs.SCORES), CreditOutputs.SCORE_SCHEMA);
        shownSpill = excel ? RowSpill.create(work.resolve("discrepancies.rows")) : null;
        ledgerSpill = excel ? RowSpill.create(work.resolve("ledger.rows")) : null;
        scoreSpill = excel ? RowSpill.create(work.resolve("scores.rows")) : null;
    }

    /** The drill-down's order: most discrepancies first, then by code. */
    static final Comparator<Detail> MOST_DISCREPANCIES = Comparator.comparingInt(
                    (Detail d) -> -d.discrepancies().size())
            .thenComparing(d -> d.score().creditCode());

    /** Writes one partition (partitions in code order). */
    void accept(PartitionedReconcile.Piece piece) throws Exception {
        Reconciler.Partition p = piece.partition();
        List<List<Object>> discrepancyRows = new ArrayList<>(p.discrepancies().size());
        for (Discrepancy d : p.discrepancies()) {
            List<Object> row = CreditOutputs.row(d);
            discrepancyRows.add(row);
            count(d, row);
            if (discrepancies++ < maxRows) {
                discrepancyCsv.write(row);
                if (shownSpill != null) {
                    shownSpill.write(row);
                }
            }
        }
        List<List<Object>> ledgerRows = new ArrayList<>(p.ledger().size());
        for (LedgerEntry e : p.ledger()) {
            List<Object> row = CreditOutputs.row(e);
            ledgerRows.add(row);
            ledgerCsv.write(row);
            if (ledgerSpill != null) {
                ledgerSpill.write(row);
            }
        }
        List<List<Object>> scoreRows = new ArrayList<>(piece.scores().size());
        for (Scorer.Score s : piece.scores()) {
            List<Object> row = CreditOutputs.row(s);
            scoreRows.add(row);
            scoreCsv.write(row);
            if (scoreSpill != null) {
                scoreSpill.write(row);
            }
        }
        // the store takes the rows on a thread of its own, at most one partition behind
        stored();
        storing = storeThread.submit(() -> {
            store.append(runId, discrepancyRows, ledgerRows, scoreRows);
            return null;
        });
        scores.addAll(piece.scores());
        events += p.ledger().size();
        unresolved += p.unresolved();
        keepWorst(p, piece.scores());
    }

    /** Waits for the previous partition's rows to be stored. */
    private void stored() throws Exception {
        if (storing != null) {
            PartitionedReconcile.take(storing);
            storing = null;
        }
    }

    private void count(Discrepancy d, List<Object> row) {
        byClass.merge(d.kind(), 1L, Long::sum);
        bySource.computeIfAbsent(d.source(), k -> new TreeMap<>())
                .merge(d.kind().name(), 1L, Long::sum);
        if (!d.field().isEmpty()) {
            byField.merge(d.field(), 1L, Long::sum);
        }
        List<List<Object>> s = sample.computeIfAbsent(d.kind().name(), k -> new ArrayList<>());
        if (s.size() < SAMPLE) {
            s.add(row);
        }
    }

    /** Keeps the {@code drillDown} enterprises with most discrepancies so far, with their rows. */
    private void keepWorst(Reconciler.Partition p, List<Scorer.Score> partitionScores) {
        Map<String, List<Discrepancy>> mine = new HashMap<>();
        for (Discrepancy d : p.discrepancies()) {
            mine.computeIfAbsent(d.creditCode(), k -> new ArrayList<>()).add(d);
        }
        Map<String, List<LedgerEntry>> theirEvents = null;
        for (Scorer.Score s : partitionScores) {
            Detail candidate = new Detail(s, mine.getOrDefault(s.creditCode(), List.of()), List.of());
            if (worst.size() == drillDown && MOST_DISCREPANCIES.compare(candidate, worst.peek()) >= 0) {
                continue;
            }
            if (theirEvents == null) {
                theirEvents = new HashMap<>();
                for (LedgerEntry e : p.ledger()) {
                    theirEvents
                            .computeIfAbsent(e.creditCode(), k -> new ArrayList<>())
                            .add(e);
                }
            }
            worst.add(new Detail(s, candidate.discrepancies(), theirEvents.getOrDefault(s.creditCode(), List.of())));
            if (worst.size() > drillDown) {
                worst.poll();
            }
        }
    }

    Map<CreditDiscrepancy, Long> byClass() {
        return byClass;
    }

    Map<String, Map<String, Long>> bySource() {
        return bySource;
    }

    Map<String, Long> byField() {
        return byField;
    }

    Map<String, List<List<Object>>> sample() {
        return sample;
    }

    /** Every enterprise's score, in code order. */
    List<Scorer.Score> scores() {
        return scores;
    }

    /** The enterprises with most discrepancies, most first. */
    List<Detail> worst() {
        List<Detail> w = new ArrayList<>(worst);
        w.sort(MOST_DISCREPANCIES);
        return w;
    }

    long discrepancies() {
        return discrepancies;
    }

    long events() {
        return events;
    }

    long unresolved() {
        return unresolved;
    }

    /** Finishes the CSV files; then, with {@code --excel}, writes the workbook and people's CSV files. */
    void finish(Path out, org.xiaoqu.report.ReportLang lang) throws Exception {
        stored();
        closeCsv();
        if (shownSpill != null && ledgerSpill != null && scoreSpill != null) {
            CreditOutputs.forPeople(out, lang, shownSpill.rows(), ledgerSpill.rows(), scoreSpill.rows());
        }
    }

    private void closeCsv() throws IOException {
        if (!csvClosed) {
            csvClosed = true;
            try (discrepancyCsv;
                    ledgerCsv;
                    scoreCsv) {
                // closed in reverse order, each even when another fails
            }
        }
    }

    @Override
    public void close() throws IOException {
        storeThread.shutdownNow();
        closeCsv();
        for (RowSpill s : new RowSpill[] {shownSpill, ledgerSpill, scoreSpill}) {
            if (s != null) {
                s.close();
            }
        }
    }
}
