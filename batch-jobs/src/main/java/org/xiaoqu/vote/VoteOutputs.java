package org.xiaoqu.vote;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.xiaoqu.report.BarChart;
import org.xiaoqu.report.ExcelBook;
import org.xiaoqu.report.HtmlTable;
import org.xiaoqu.report.KeyFigure;
import org.xiaoqu.report.Masking;
import org.xiaoqu.report.ReportLang;
import org.xiaoqu.report.StoredTable;
import org.xiaoqu.report.TableWriter;
import org.xiaoqu.report.TableWriters;
import org.xiaoqu.schemas.OutputSchema;
import org.xiaoqu.store.Dialect;

/**
 * Writes a tally: outcomes.csv, ballots.csv (the audit), publication.csv (voters always masked), summary.json,
 * report.html, with {@code --excel} vote.xlsx and people's CSVs with a BOM in people/; and the outcomes and the
 * audit into the store under the run's id.
 */
final class VoteOutputs {
    static final OutputSchema OUTCOMES = OutputSchema.load("vote/outcomes");
    static final OutputSchema BALLOTS = OutputSchema.load("vote/ballots");
    static final OutputSchema PUBLICATION = OutputSchema.load("vote/publication");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VoteOutputs() {}

    static List<List<?>> outcomeRows(VoteTally t) {
        List<List<?>> rows = new ArrayList<>();
        for (MatterOutcome o : t.outcomes()) {
            List<Object> r = new ArrayList<>();
            r.add(t.rules().meeting());
            r.add(t.rules().estateId());
            r.add(o.rule().id());
            r.add(o.rule().matter().item());
            r.add(o.rule().title());
            r.add(o.totalArea());
            r.add(o.totalOwners());
            r.add(o.participatingArea());
            r.add(o.participatingOwners());
            r.add(o.approvingArea());
            r.add(o.approvingOwners());
            r.add(o.opposingOwners());
            r.add(o.abstainingOwners());
            for (Ratio ratio :
                    List.of(o.participationArea(), o.participationOwners(), o.approvalArea(), o.approvalOwners())) {
                r.add(ratio.toString());
                r.add(ratio.percent(4));
            }
            r.add(o.rule().participation().toString());
            r.add(o.rule().approval().toString());
            r.add(o.quorate());
            r.add(o.result().name());
            rows.add(r);
        }
        return rows;
    }

    /**
     * Whether the voter is the developer voting for its unsold units: a company, not a person, so its name and
     * credit code are never masked.
     */
    static boolean developer(VoteTally t, Ballot b) {
        OwnerRegister.Unit u = t.register().unit(b.unitId());
        return u != null && u.unsold() && u.ownerId().equals(b.ownerId());
    }

    static String name(VoteTally t, Ballot b, Masking masking) {
        return developer(t, b) ? b.ownerName() : String.valueOf(masking.name(b.ownerName()));
    }

    static List<List<?>> ballotRows(VoteTally t, Masking masking) {
        List<List<?>> rows = new ArrayList<>();
        for (AuditedBallot a : t.audit()) {
            Ballot b = a.ballot();
            rows.add(java.util.Arrays.asList(
                    b.line(),
                    b.votedAtText(),
                    b.unitId(),
                    developer(t, b) ? b.ownerId() : masking.id(b.ownerId()),
                    name(t, b, masking),
                    b.matterId(),
                    b.choice() == null ? b.choiceText() : b.choice().zh(),
                    a.status().name(),
                    a.detail(),
                    a.countedArea()));
        }
        return rows;
    }

    /** The publication: sorted by matter, unit and time, whatever order the platform exported. */
    static List<List<?>> publicationRows(VoteTally t) {
        List<AuditedBallot> sorted = new ArrayList<>(t.audit());
        sorted.sort(
                java.util.Comparator.comparing((AuditedBallot a) -> a.ballot().matterId())
                        .thenComparing(a -> a.ballot().unitId())
                        .thenComparing(a -> a.ballot().votedAtText())
                        .thenComparingLong(a -> a.ballot().line()));
        List<List<?>> rows = new ArrayList<>();
        for (AuditedBallot a : sorted) {
            Ballot b = a.ballot();
            rows.add(List.of(
                    b.matterId(),
                    b.unitId(),
                    name(t, b, Masking.on()),
                    b.choice() == null ? b.choiceText() : b.choice().zh(),
                    b.votedAtText(),
                    a.status().zh()));
        }
        return rows;
    }

    static void write(VoteTally t, VoteRequest request, Path dir) throws IOException {
        ReportLang lang = ReportLang.of(request.lang());
        Masking masking = Masking.of(request.showPersonalData());
        List<List<?>> outcomes = outcomeRows(t);
        List<List<?>> ballots = ballotRows(t, masking);
        List<List<?>> publication = publicationRows(t);
        table(dir.resolve("outcomes.csv"), OUTCOMES, Masking.off(), outcomes);
        table(dir.resolve("ballots.csv"), BALLOTS, Masking.off(), ballots);
        table(dir.resolve("publication.csv"), PUBLICATION, Masking.off(), publication);
        if (request.excel()) {
            Path people = Files.createDirectories(dir.resolve("people"));
            try (TableWriter w = TableWriters.peopleCsv(people.resolve("outcomes.csv"), OUTCOMES, lang, masking)) {
                w.writeAll(outcomes);
            }
            try (TableWriter w = TableWriters.peopleCsv(people.resolve("ballots.csv"), BALLOTS, lang, masking)) {
                w.writeAll(ballots);
            }
            try (TableWriter w =
                    TableWriters.peopleCsv(people.resolve("publication.csv"), PUBLICATION, lang, Masking.on())) {
                w.writeAll(publication);
            }
            try (ExcelBook book = ExcelBook.create(dir.resolve("vote.xlsx"), lang, masking)) {
                book.sheet(OUTCOMES.title(lang.chinese()), OUTCOMES, outcomes);
                book.sheet(BALLOTS.title(lang.chinese()), BALLOTS, ballots);
            }
            try (ExcelBook book = ExcelBook.create(dir.resolve("publication.xlsx"), lang, Masking.on())) {
                book.sheet(PUBLICATION.title(lang.chinese()), PUBLICATION, publication);
            }
        }
        JSON.writeValue(dir.resolve("summary.json").toFile(), summary(t));
        VoteReport.build(t, lang, masking, Instant.now()).writeTo(dir.resolve("report.html"));
    }

    private static void table(Path file, OutputSchema schema, Masking masking, List<List<?>> rows) throws IOException {
        try (TableWriter w = TableWriters.csv(file, schema, masking)) {
            w.writeAll(rows);
        }
    }

    static Map<String, Object> summary(VoteTally t) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("meeting", t.rules().meeting());
        s.put("estateId", t.rules().estateId());
        s.put("units", t.register().units());
        s.put("owners", t.register().owners());
        s.put("totalArea", t.register().totalArea());
        Map<String, Object> statuses = new LinkedHashMap<>();
        t.countsByStatus().forEach((k, v) -> statuses.put(k.name(), v));
        s.put("ballots", statuses);
        List<Map<String, Object>> matters = new ArrayList<>();
        for (MatterOutcome o : t.outcomes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("matter", o.rule().id());
            m.put("item", o.rule().matter().item());
            m.put("result", o.result().name());
            m.put("participationArea", o.participationArea().toString());
            m.put("participationOwners", o.participationOwners().toString());
            m.put("approvalArea", o.approvalArea().toString());
            m.put("approvalOwners", o.approvalOwners().toString());
            matters.add(m);
        }
        s.put("matters", matters);
        return s;
    }

    static void store(VoteTally t, DataSource dataSource, Dialect dialect, long runId) throws SQLException {
        StoredTable.delete(dataSource, dialect, "XQ_VOTE_OUTCOME", runId);
        StoredTable.delete(dataSource, dialect, "XQ_VOTE_BALLOT", runId);
        StoredTable.insert(dataSource, dialect, "XQ_VOTE_OUTCOME", OUTCOMES, runId, outcomeRows(t));
        StoredTable.insert(dataSource, dialect, "XQ_VOTE_BALLOT", BALLOTS, runId, ballotRows(t, Masking.off()));
    }

    static HtmlTable outcomeTable(VoteTally t, ReportLang lang) {
        HtmlTable table = HtmlTable.of(List.of(
                lang.pick("事项", "Matter"),
                lang.pick("第278条", "Art. 278 item"),
                lang.pick("内容", "Title"),
                lang.pick("参与面积占比", "Participating area"),
                lang.pick("参与人数占比", "Participating owners"),
                lang.pick("同意面积占比", "Approving area"),
                lang.pick("同意人数占比", "Approving owners"),
                lang.pick("门槛(参与/同意)", "Thresholds (participation / approval)"),
                lang.pick("结果", "Result")));
        for (MatterOutcome o : t.outcomes()) {
            table.row(List.of(
                    o.rule().id(),
                    o.rule().matter().item(),
                    o.rule().title(),
                    show(o.participationArea()),
                    show(o.participationOwners()),
                    show(o.approvalArea()),
                    show(o.approvalOwners()),
                    o.rule().participation() + " / " + o.rule().approval(),
                    lang.pick(o.result().zh(), o.result().en())));
        }
        return table;
    }

    static String show(Ratio r) {
        return r.percent(2).toPlainString() + "% (" + r + ")";
    }

    static BarChart ratioChart(MatterOutcome o, ReportLang lang) {
        String key = o.result() == MatterOutcome.Result.PASSED ? "ok" : "bad";
        return BarChart.horizontal(o.rule().id() + " " + o.rule().title() + " — "
                        + lang.pick(o.result().zh(), o.result().en()))
                .bar(lang.pick("参与面积", "participating area"), pct(o.participationArea()), key)
                .bar(lang.pick("参与人数", "participating owners"), pct(o.participationOwners()), key)
                .bar(lang.pick("同意面积", "approving area"), pct(o.approvalArea()), key)
                .bar(lang.pick("同意人数", "approving owners"), pct(o.approvalOwners()), key)
                .unit("%");
    }

    private static double pct(Ratio r) {
        return r.percent(4).doubleValue();
    }

    static KeyFigure figure(String label, Object value) {
        return new KeyFigure(label, String.valueOf(value));
    }
}
