package org.xiaoqu.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;

/** Scheme errors are one line naming file:line:column and what to write; the JSON Schema keeps in step. */
class SchemeLoaderTest {
    @TempDir
    Path dir;

    private static final String OK =
            """
            id: ok
            entityKind: estate
            period: {year: 2025}
            sources:
              - {id: v, file: v.csv}
            indicators:
              - {id: a, source: v, direction: benefit}
              - {id: b, source: v, direction: cost}
            grades: {bands: [{grade: A}]}
            """;

    private String error(String yaml) throws IOException {
        Path f = dir.resolve("scheme.yaml");
        Files.writeString(f, yaml);
        XiaoquException e = assertThrows(XiaoquException.class, () -> SchemeLoader.load(f, null));
        assertEquals(ExitCode.USAGE, e.exitCode());
        return e.getMessage().replace(f.toString(), "scheme.yaml");
    }

    @Test
    void unknownKeyNamesLineColumnAndTheNearestKey() throws IOException {
        String m = error(OK + "normalization: {method: min-max}\n");
        assertTrue(m.startsWith("scheme.yaml:10:1: unknown key 'normalization'"), m);
        assertTrue(m.contains("did you mean 'normalisation'?"), m);
    }

    @Test
    void unknownMethodNamesTheNearestOne() throws IOException {
        String m = error(OK + "aggregation: {method: topsys}\n");
        assertTrue(m.startsWith("scheme.yaml:10:"), m);
        assertTrue(
                m.contains("method 'topsys' is not one of weighted-arithmetic, geometric, topsis, vikor;"
                        + " did you mean 'topsis'?"),
                m);
    }

    @Test
    void undeclaredSourceAndTieBreaker() throws IOException {
        String m = error(OK.replace("{id: b, source: v,", "{id: b, source: w,"));
        assertTrue(m.startsWith("scheme.yaml:8:"), m);
        assertTrue(m.contains("'w' is not a declared source"), m);
        String t = error(OK + "ties: {breakers: [c]}\n");
        assertTrue(t.contains("tie-breaker 'c' is not an indicator of this scheme"), t);
    }

    @Test
    void inconsistentAhpJudgementsAreRefusedWithTheirRatio() throws IOException {
        // a > b strongly, b > c strongly, yet c > a strongly: a cycle, CR far above 0.1
        String m = error(
                """
                id: ahp
                entityKind: estate
                period: {year: 2025}
                sources: [{id: v, file: v.csv}]
                indicators:
                  - {id: a, source: v, direction: benefit}
                  - {id: b, source: v, direction: benefit}
                  - {id: c, source: v, direction: benefit}
                weighting:
                  method: ahp
                  pairwise:
                    - [1, 9, "1/9"]
                    - ["1/9", 1, 9]
                    - [9, "1/9", 1]
                grades: {bands: [{grade: A}]}
                """);
        assertTrue(m.startsWith("scheme.yaml:11:3: the pairwise judgements are inconsistent: consistency ratio"), m);
        assertTrue(m.contains("saaty-1980"), m);
    }

    @Test
    void geometricNeedsPositiveNormalisedValues() throws IOException {
        String m = error(OK + "aggregation: {method: geometric}\n");
        assertTrue(m.contains("the geometric mean needs positive normalised values"), m);
    }

    @Test
    void reweightIsRefusedForTopsis() throws IOException {
        String m = error(OK + "aggregation: {method: topsis}\nmissing: {policy: reweight}\n");
        assertTrue(m.contains("'reweight' works with weighted-arithmetic and geometric only"), m);
    }

    @Test
    void rankingCsvLeadingColumnsAreItsTableSchema() {
        assertEquals(
                RankOutputs.RANKING_COLUMNS,
                org.xiaoqu.schemas.OutputSchema.load("rank/ranking").names());
    }

    @Test
    void theJsonSchemaDeclaresEveryKeyTheLoaderReads() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/schemas/config/rank-scheme.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        check(SchemeFile.class, schema);
    }

    private static void check(Class<?> type, JsonNode node) {
        JsonNode props = node.has("items") ? node.get("items").get("properties") : node.get("properties");
        Set<String> declared = new TreeSet<>();
        props.fieldNames().forEachRemaining(declared::add);
        Set<String> read = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            read.add(c.getName());
            Class<?> t = c.getType();
            if (t.isRecord()) {
                check(t, props.get(c.getName()));
            } else if (java.util.List.class.isAssignableFrom(t)
                    && c.getGenericType() instanceof java.lang.reflect.ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> e
                    && e.isRecord()) {
                JsonNode list = props.get(c.getName());
                check(e, c.getName().equals("bands") ? list.get("items") : list);
            } else if (t.isRecord()) {
                check(t, props.get(c.getName()));
            }
        }
        assertEquals(read, declared, type.getSimpleName());
    }
}
