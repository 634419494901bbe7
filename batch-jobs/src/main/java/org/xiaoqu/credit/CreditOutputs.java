package org.xiaoqu.credit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xiaoqu.report.ExcelBook;
import org.xiaoqu.report.Masking;
import org.xiaoqu.report.ReportLang;
import org.xiaoqu.report.TableWriter;
import org.xiaoqu.report.TableWriters;
import org.xiaoqu.schemas.OutputSchema;

/** The tables of a run, one typed row per record, in the order of their Table Schemas (schemas/output/credit/). */
final class CreditOutputs {
    static final String DISCREPANCIES = "discrepancies.csv";
    static final String LEDGER = "ledger.csv";
    static final String SCORES = "scores.csv";
    static final String WORKBOOK = "credit.xlsx";

    static final OutputSchema DISCREPANCY_SCHEMA = OutputSchema.load("credit/discrepancies");
    static final OutputSchema LEDGER_SCHEMA = OutputSchema.load("credit/ledger");
    static final OutputSchema SCORE_SCHEMA = OutputSchema.load("credit/scores");

    private CreditOutputs() {}

    /** The rows of {@code items}, each built when it is iterated. */
    static <T> Iterable<List<Object>> rows(List<T> items, java.util.function.Function<T, List<Object>> row) {
        return () -> items.stream().map(row).iterator();
    }

    static List<Object> row(Discrepancy d) {
        List<Object> r = new ArrayList<>(13);
        r.add(d.kind().name());
        r.add(d.source());
        r.add(d.recordId());
        r.add(d.line());
        r.add(d.field());
        r.add(d.creditCode());
        r.add(d.enterpriseName());
        r.add(d.item());
        r.add(d.value());
        r.add(d.otherValue());
        r.add(d.otherSource());
        r.add(d.otherRecordId());
        r.add(d.detail());
        return r;
    }

    static List<Object> row(LedgerEntry e) {
        List<Object> r = new ArrayList<>(14);
        r.add(e.eventKey());
        r.add(e.creditCode());
        r.add(e.enterpriseName());
        r.add(e.item());
        r.add(e.itemName());
        r.add(e.category());
        r.add(e.eventDate());
        r.add(e.documentNo());
        r.add(e.points() == null ? null : e.points().stripTrailingZeros());
        r.add(e.validUntil());
        r.add(e.state().id());
        r.add(e.inLedger());
        r.add(e.supportedBy());
        r.add(e.provenance());
        return r;
    }

    static List<Object> row(Scorer.Score s) {
        List<Object> r = new ArrayList<>(12);
        r.add(s.creditCode());
        r.add(s.enterpriseName());
        r.add(s.score().stripTrailingZeros());
        r.add(s.grade());
        r.add(s.goodPoints().stripTrailingZeros());
        r.add(s.badPoints().stripTrailingZeros());
        r.add(s.veto());
        r.add(s.countedItems());
        r.add(s.counted());
        r.add(s.previousScore() == null ? null : s.previousScore().stripTrailingZeros());
        r.add(s.previousGrade());
        r.add(s.change() == null ? null : s.change().stripTrailingZeros());
        return r;
    }

    static void csv(Path file, OutputSchema schema, Iterable<? extends List<?>> rows) throws IOException {
        try (TableWriter w = TableWriters.csv(file, schema)) {
            for (List<?> row : rows) {
                w.write(row);
            }
        }
    }

    /** {@code --excel}: one workbook with the three tables and people's CSV files (BOM, Chinese headers). */
    static void forPeople(
            Path dir,
            ReportLang lang,
            Iterable<? extends List<?>> discrepancies,
            Iterable<? extends List<?>> ledger,
            Iterable<? extends List<?>> scores)
            throws IOException {
        Masking masking = Masking.off(); // enterprise data, no personal columns
        try (ExcelBook book = ExcelBook.create(dir.resolve(WORKBOOK), lang, masking)) {
            book.sheet(lang.pick("信用评分", "Scores"), SCORE_SCHEMA, scores);
            book.sheet(lang.pick("核对差异", "Discrepancies"), DISCREPANCY_SCHEMA, discrepancies);
            book.sheet(lang.pick("核对后台账", "Ledger"), LEDGER_SCHEMA, ledger);
        }
        Path people = Files.createDirectories(dir.resolve("people"));
        people(people.resolve(SCORES), SCORE_SCHEMA, lang, scores);
        people(people.resolve(DISCREPANCIES), DISCREPANCY_SCHEMA, lang, discrepancies);
        people(people.resolve(LEDGER), LEDGER_SCHEMA, lang, ledger);
    }

    private static void people(Path file, OutputSchema schema, ReportLang lang, Iterable<? extends List<?>> rows)
            throws IOException {
        try (TableWriter w = TableWriters.peopleCsv(file, schema, lang, Masking.off())) {
            for (List<?> row : rows) {
                w.write(row);
            }
        }
    }
}
