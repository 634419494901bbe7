package org.xiaoqu.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.xiaoqu.schemas.InputKind;
import org.xiaoqu.source.Encoding;
import org.xiaoqu.source.RejectBudget;
import org.xiaoqu.source.SourceSpec;

/**
 * The import job's parameters. Identity = source + business date + checksum + reject budget (no
 * incrementer): the same input is the same job instance, so a failed load resumes and a completed one is not loaded twice.
 * Everything else a step needs travels as non-identifying parameters.
 */
final class ImportParameters {
    static final String SOURCE = "source.id";
    static final String BUSINESS_DATE = "business.date";
    static final String CHECKSUM = "file.checksum";
    /** Identifying too: a file rejected over one budget is read again when imported under a larger one. */
    static final String BUDGET = "reject.budget";

    static final String SOURCE_JSON = "source.spec";
    static final String SHOW_PERSONAL = "show.personal.data";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportParameters() {}

    static JobParameters of(SourceFiles source, boolean showPersonalData) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (SourceSpec s : source.specs()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("file", s.file().toString());
            f.put("encoding", s.encoding().name());
            f.put("sheet", s.sheet());
            f.put("crs", s.crs());
            f.put("columns", s.columns());
            f.put("maxRejects", s.budget().maxRejects());
            f.put("maxRejectRatio", s.budget().maxRejectRatio());
            files.add(f);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("department", source.department());
        spec.put("kind", source.kind().id());
        spec.put("size", source.size());
        spec.put("files", files);
        try {
            return new JobParametersBuilder()
                    .addString(SOURCE, source.id())
                    .addString(BUSINESS_DATE, source.businessDate().toString())
                    .addString(CHECKSUM, source.checksum())
                    .addString(BUDGET, budget(source.specs().get(0).budget()))
                    .addString(SOURCE_JSON, JSON.writeValueAsString(spec), false)
                    .addString(SHOW_PERSONAL, Boolean.toString(showPersonalData), false)
                    .toJobParameters();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String budget(RejectBudget b) {
        return (b.maxRejects() == null ? "-" : b.maxRejects().toString()) + "/" + b.maxRejectRatio();
    }

    static SourceFiles source(JobParameters p) {
        return source(p.getString(SOURCE), p.getString(BUSINESS_DATE), p.getString(CHECKSUM), p.getString(SOURCE_JSON));
    }

    @SuppressWarnings("unchecked")
    static SourceFiles source(String id, String businessDate, String checksum, String specJson) {
        try {
            Map<String, Object> spec = JSON.readValue(specJson, new TypeReference<>() {});
            InputKind kind = InputKind.of((String) spec.get("kind"));
            String department = (String) spec.get("department");
            List<SourceSpec> specs = new ArrayList<>();
            for (Map<String, Object> f : (List<Map<String, Object>>) spec.get("files")) {
                Number maxRejects = (Number) f.get("maxRejects");
                specs.add(new SourceSpec(
                        id,
                        department,
                        kind,
                        Path.of((String) f.get("file")),
                        Encoding.valueOf((String) f.get("encoding")),
                        (String) f.get("sheet"),
                        (Map<String, String>) f.get("columns"),
                        (String) f.get("crs"),
                        new RejectBudget(
                                maxRejects == null ? null : maxRejects.longValue(),
                                ((Number) f.get("maxRejectRatio")).doubleValue())));
            }
            return new SourceFiles(
                    id,
                    department,
                    kind,
                    specs,
                    LocalDate.parse(businessDate),
                    checksum,
                    ((Number) spec.get("size")).longValue());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt import parameters", e);
        }
    }

    static boolean flag(@Nullable String value) {
        return Boolean.parseBoolean(value);
    }
}
