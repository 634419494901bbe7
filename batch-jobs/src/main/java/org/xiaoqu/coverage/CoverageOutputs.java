package org.xiaoqu.coverage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.report.ExcelBook;
import org.xiaoqu.report.Masking;
import org.xiaoqu.report.ReportLang;
import org.xiaoqu.report.StoredTable;
import org.xiaoqu.report.TableWriter;
import org.xiaoqu.report.TableWriters;
import org.xiaoqu.schemas.OutputSchema;
import org.xiaoqu.store.Dialect;

/** Writes areas.csv, missing.csv, summary.json, report.html (and with --excel coverage.xlsx, people/*.csv). */
final class CoverageOutputs {
    static final OutputSchema AREAS = OutputSchema.load("coverage/areas");
    static final OutputSchema MISSING = OutputSchema.load("coverage/missing");
    static final String AREA_TABLE = "XQ_COVERAGE_AREA";
    static final String MISSING_TABLE = "XQ_COVERAGE_MISSING";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CoverageOutputs() {}

    static List<List<?>> areaRows(CoverageResult r, ReportLang lang) {
        List<List<?>> rows = new ArrayList<>();
        for (CoverageResult.Area a : r.areas()) {
            rows.add(Arrays.asList(
                    a.level().name(),
                    a.code(),
                    a.name(),
                    a.indicator().name(),
                    lang.pick(a.indicator().zh(), a.indicator().en()),
                    a.target() == null ? null : a.target().movePointRight(2),
                    a.estates(),
                    a.qualifying(),
                    a.count(),
                    a.sharePct(),
                    a.meetsTarget(),
                    a.previousPct(),
                    a.changePct()));
        }
        return rows;
    }

    static List<List<?>> missingRows(CoverageResult r, ReportLang lang) {
        List<List<?>> rows = new ArrayList<>();
        for (CoverageResult.Missing m : r.missing()) {
            CoverageEstate e = m.estate();
            rows.add(Arrays.asList(
                    e.estateId(),
                    e.name(),
                    e.districtCode(),
                    e.district(),
                    e.street(),
                    e.community(),
                    m.indicator().name(),
                    lang.pick(m.indicator().zh(), m.indicator().en()),
                    m.value(),
                    e.source()));
        }
        return rows;
    }

    static void write(CoverageResult r, ReportLang lang, boolean excel, Path dir, @Nullable String gridNote)
            throws IOException {
        List<List<?>> areas = areaRows(r, lang);
        List<List<?>> missing = missingRows(r, lang);
        try (TableWriter w = TableWriters.csv(dir.resolve("areas.csv"), AREAS)) {
            w.writeAll(areas);
        }
        try (TableWriter w = TableWriters.csv(dir.resolve("missing.csv"), MISSING)) {
            w.writeAll(missing);
        }
        if (excel) {
            Path people = Files.createDirectories(dir.resolve("people"));
            try (TableWriter w = TableWriters.peopleCsv(people.resolve("areas.csv"), AREAS, lang, Masking.on())) {
                w.writeAll(areas);
            }
            try (TableWriter w = TableWriters.peopleCsv(people.resolve("missing.csv"), MISSING, lang, Masking.on())) {
                w.writeAll(missing);
            }
            try (ExcelBook book = ExcelBook.create(dir.resolve("coverage.xlsx"), lang, Masking.on())) {
                book.sheet(AREAS.title(lang.chinese()), AREAS, areas);
                book.sheet(MISSING.title(lang.chinese()), MISSING, missing);
            }
        }
        JSON.writeValue(dir.resolve("summary.json").toFile(), summary(r, gridNote));
        CoverageReport.build(r, lang, gridNote).writeTo(dir.resolve("report.html"));
    }

    static Map<String, Object> summary(CoverageResult r, @Nullable String gridNote) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("estates", r.estates().size());
        s.put(
                "unregistered",
                r.estates().stream().filter(e -> e.source().equals("grid")).count());
        s.put("previousRun", r.previousRun());
        s.put("grid", gridNote);
        List<Map<String, Object>> top = new ArrayList<>();
        for (CoverageResult.Area a : r.areas()) {
            if (a.level() != CoverageResult.Level.CITY) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("city", a.code());
            m.put("indicator", a.indicator().name());
            m.put("qualifying", a.qualifying());
            m.put("holding", a.count());
            m.put("sharePct", a.sharePct());
            m.put("targetPct", a.target() == null ? null : a.target().movePointRight(2));
            m.put("meetsTarget", a.meetsTarget());
            m.put("changePct", a.changePct());
            top.add(m);
        }
        s.put("cities", top);
        s.put("missing", r.missing().size());
        return s;
    }

    static void store(CoverageResult r, DataSource ds, Dialect dialect, long runId) throws SQLException {
        StoredTable.delete(ds, dialect, AREA_TABLE, runId);
        StoredTable.delete(ds, dialect, MISSING_TABLE, runId);
        StoredTable.insert(ds, dialect, AREA_TABLE, AREAS, runId, areaRows(r, ReportLang.ZH));
        StoredTable.insert(ds, dialect, MISSING_TABLE, MISSING, runId, missingRows(r, ReportLang.ZH));
    }

    static double value(@Nullable BigDecimal b) {
        return b == null ? 0 : b.doubleValue();
    }
}
