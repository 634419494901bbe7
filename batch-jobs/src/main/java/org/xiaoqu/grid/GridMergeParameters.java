package org.xiaoqu.grid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.xiaoqu.schemas.InputKind;
import org.xiaoqu.source.Encoding;
import org.xiaoqu.source.RejectBudget;
import org.xiaoqu.source.SourceSpec;

/**
 * The merge job's parameters. Identity = the sources' ids and checksums + the base department + the reviewers'
 * decisions so far (their count and last id) + a run label (default: none): the same inputs and decisions are the
 * same job instance, so re-running changes nothing and a failed run resumes. The sources' file specs travel as a
 * non-identifying parameter.
 */
public final class GridMergeParameters {
    static final String INPUTS = "grid.inputs";
    static final String BASE = "grid.base.department";
    static final String DECISIONS = "grid.decisions";
    static final String LABEL = "grid.label";
    static final String SOURCES = "grid.sources";
    static final String EXCEL = "grid.excel";
    static final String LANG = "grid.lang";

    private static final ObjectMapper JSON = new ObjectMapper();

    private GridMergeParameters() {}

    /**
     * @param decisions a fingerprint of the decisions table ({@link GridReview#fingerprint})
     * @param label an identifying label, to force a new run over unchanged inputs (empty: none)
     */
    public static JobParameters of(
            List<GridSource> sources,
            String baseDepartment,
            String decisions,
            String label,
            boolean excel,
            String lang) {
        StringBuilder inputs = new StringBuilder();
        List<Map<String, Object>> json = new ArrayList<>();
        for (GridSource s : sources) {
            inputs.append(s.id()).append('=').append(s.checksum()).append(';');
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("department", s.department());
            m.put("kind", s.kind());
            m.put("crs", s.crs());
            m.put("checksum", s.checksum());
            m.put("load", s.load());
            List<Map<String, Object>> files = new ArrayList<>();
            for (SourceSpec f : s.specs()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("file", f.file().toString());
                fm.put("encoding", f.encoding().name());
                fm.put("sheet", f.sheet());
                fm.put("columns", f.columns());
                files.add(fm);
            }
            m.put("files", files);
            json.add(m);
        }
        try {
            // one parameter per source: the job repository keeps a parameter in 2,500 characters
            JobParametersBuilder b = new JobParametersBuilder()
                    .addString(INPUTS, sha(inputs.toString()))
                    .addString(BASE, baseDepartment)
                    .addString(DECISIONS, decisions)
                    .addString(LABEL, label)
                    .addString(SOURCES, Integer.toString(json.size()), false)
                    .addString(EXCEL, Boolean.toString(excel), false)
                    .addString(LANG, lang, false);
            for (int i = 0; i < json.size(); i++) {
                b.addString(SOURCES + "." + i, JSON.writeValueAsString(json.get(i)), false);
            }
            return b.toJobParameters();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<GridSource> sources(JobParameters p) {
        try {
            int n = Integer.parseInt(p.getString(SOURCES));
            List<GridSource> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Map<String, Object> m = JSON.readValue(p.getString(SOURCES + "." + i), new TypeReference<>() {});
                String id = (String) m.get("id");
                String department = (String) m.get("department");
                String kind = (String) m.get("kind");
                String crs = (String) m.get("crs");
                List<SourceSpec> specs = new ArrayList<>();
                for (Map<String, Object> f : (List<Map<String, Object>>) m.get("files")) {
                    specs.add(new SourceSpec(
                            id,
                            department,
                            InputKind.of(kind),
                            Path.of((String) f.get("file")),
                            Encoding.valueOf((String) f.get("encoding")),
                            (String) f.get("sheet"),
                            (Map<String, String>) f.get("columns"),
                            crs,
                            new RejectBudget(null, 1.0)));
                }
                Number load = (Number) m.get("load");
                out.add(new GridSource(
                        id,
                        department,
                        kind,
                        crs,
                        specs,
                        (String) m.get("checksum"),
                        load == null ? null : load.longValue()));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt grid merge parameters", e);
        }
    }

    private static String sha(String s) {
        try {
            var md = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(md.digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
