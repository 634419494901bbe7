package org.xiaoqu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.samples.world.CreditCodes;

/** The truth says what the records are: checked against the records the departments' files really hold. */
class TruthConsistencyTest {
    @TempDir
    static Path city;

    static GeneratorResult result;
    static Map<String, Map<String, String>> buildings;
    static List<Map<String, String>> truth;
    static Map<String, JsonNode> sources;

    @BeforeAll
    static void generate() throws IOException {
        result = CityGenerator.generate(new GeneratorRequest(city, 3_000, 21, NoiseLevel.MEDIUM));
        buildings = new HashMap<>();
        for (Map<String, String> b : CityFiles.rows(city.resolve("truth/buildings.csv"))) {
            buildings.put(b.get("building_id"), b);
        }
        truth = CityFiles.rows(city.resolve("truth/records.csv"));
        sources = new HashMap<>();
        JsonNode yaml = new ObjectMapper(new YAMLFactory())
                .readTree(city.resolve("xiaoqu.yaml").toFile());
        for (JsonNode s : yaml.get("sources")) {
            sources.put(s.get("id").asText(), s);
        }
    }

    @Test
    void everyMembershipRecordHasExactlyOneTruthRowNamingARealBuilding() throws IOException {
        for (JsonNode s : sources.values()) {
            if (!s.get("kind").asText().equals("grid-membership")) {
                continue;
            }
            String id = s.get("id").asText();
            String key = s.get("columns").get("record_id").asText();
            List<String> inFile = records(s).stream().map(r -> r.get(key)).toList();
            Set<String> inTruth = truth.stream()
                    .filter(t -> t.get("source_id").equals(id))
                    .map(t -> t.get("record_id"))
                    .collect(Collectors.toSet());
            assertThat(inFile).as(id).doesNotHaveDuplicates().hasSize(inTruth.size());
            assertThat(inTruth).as(id).containsExactlyInAnyOrderElementsOf(inFile);
        }
        assertThat(truth).allSatisfy(t -> assertThat(buildings).containsKey(t.get("building_id")));
        assertThat(buildings).hasSize(3_000);
    }

    @Test
    void recordsShowTheNoiseTheTruthNames() throws IOException {
        Map<String, Map<String, String>> byRecord = new HashMap<>();
        truth.forEach(t -> byRecord.put(t.get("record_id"), t));
        int checked = 0;
        for (Map<String, String> r : records(sources.get("zongzhi-buildings"))) {
            Map<String, String> t = byRecord.get(r.get("序号"));
            Map<String, String> b = buildings.get(t.get("building_id"));
            Set<String> noise = Set.of(t.get("noise").split("\\|"));
            assertThat(r.get("网格编码").equals(b.get("true_grid_code")))
                    .as("grid of %s", r)
                    .isEqualTo(!noise.contains("GRID_CONFLICT"));
            assertThat(r.get("所属区县").isEmpty()).as("district of %s", r).isEqualTo(noise.contains("NO_DISTRICT"));
            if (noise.contains("NO_DISTRICT")) {
                assertThat(r.get("详细地址")).doesNotContain(b.get("district"));
            }
            if (noise.contains("FULLWIDTH_DIGITS")) {
                assertThat(r.get("楼栋")).containsPattern("[０-９]");
            }
            if (noise.contains("DOORPLATE_ONLY")) {
                assertThat(r.get("小区名称")).isEmpty();
                assertThat(r.get("详细地址")).contains(b.get("road") + b.get("road_number"));
            }
            if (t.get("noise").isEmpty()) {
                assertThat(r.get("小区名称")).isEqualTo(b.get("estate_name") + b.get("phase"));
                assertThat(r.get("楼栋")).isEqualTo(b.get("building_no") + "栋");
                assertThat(r.get("详细地址")).startsWith("长沙市" + b.get("district") + b.get("street"));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    @Test
    void ambiguousRecordsNameTheOtherPhasesBuildingsOfTheSameNumber() {
        List<Map<String, String>> ambiguous =
                truth.stream().filter(t -> t.get("ambiguous").equals("true")).toList();
        assertThat(ambiguous).isNotEmpty();
        for (Map<String, String> t : ambiguous) {
            Map<String, String> b = buildings.get(t.get("building_id"));
            assertThat(t.get("candidates")).isNotEmpty();
            for (String c : t.get("candidates").split("\\|")) {
                Map<String, String> other = buildings.get(c);
                assertThat(other.get("estate_group_id")).isEqualTo(b.get("estate_group_id"));
                assertThat(other.get("building_no")).isEqualTo(b.get("building_no"));
                assertThat(other.get("phase")).isNotEqualTo(b.get("phase"));
            }
        }
    }

    @Test
    void aBuildingIsMissingFromExactlyTheDepartmentsWithoutARecordOfIt() {
        Map<String, Set<String>> present = new HashMap<>();
        for (Map<String, String> t : truth) {
            present.computeIfAbsent(t.get("building_id"), k -> new HashSet<>())
                    .add(sources.get(t.get("source_id")).get("department").asText());
        }
        Set<String> departments = Set.of("综治", "公安", "城管", "民政", "消防", "住建");
        for (Map<String, String> b : buildings.values()) {
            Set<String> missing = b.get("missing_from").isEmpty()
                    ? Set.of()
                    : Set.of(b.get("missing_from").split("\\|"));
            Set<String> expected = new HashSet<>(departments);
            expected.removeAll(missing);
            assertThat(present.getOrDefault(b.get("building_id"), Set.of()))
                    .as(b.get("building_id"))
                    .isEqualTo(expected);
        }
    }

    @Test
    void truthCountsAgreeWithTheGeneratorsNoiseCounters() {
        Map<NoiseKind, Long> counted = new HashMap<>();
        Set<String> perBuilding = new HashSet<>();
        for (Map<String, String> t : truth) {
            for (String k : t.get("noise").split("\\|")) {
                if (k.isEmpty()) {
                    continue;
                }
                boolean once = k.equals("GRID_CONFLICT") || k.equals("UNIT_LINES");
                if (!once || perBuilding.add(k + t.get("source_id") + t.get("building_id"))) {
                    counted.merge(NoiseKind.valueOf(k), 1L, Long::sum);
                }
            }
        }
        long missing = buildings.values().stream()
                .filter(b -> !b.get("missing_from").isEmpty())
                .mapToLong(b -> b.get("missing_from").split("\\|").length)
                .sum();
        counted.put(NoiseKind.MISSING, missing);
        for (GeneratorResult.NoiseMeasure m : result.noise()) {
            if (m.kind() != NoiseKind.INVALID_CREDIT_CODE) {
                assertThat(counted.getOrDefault(m.kind(), 0L))
                        .as(m.kind().name())
                        .isEqualTo(m.applied());
            }
        }
        assertThat(counted)
                .containsKeys(NoiseKind.GRID_CONFLICT, NoiseKind.UNIT_LINES, NoiseKind.DUPLICATE, NoiseKind.BUR_CODE);
    }

    @Test
    void creditCodesAreValidExceptWhereBrokenOnPurpose() throws IOException {
        long broken = 0;
        Map<String, String> writtenToTrue = new HashMap<>();
        for (Map<String, String> e : CityFiles.rows(city.resolve("truth/enterprises.csv"))) {
            assertThat(CreditCodes.isValid(e.get("credit_code")))
                    .as(e.get("credit_code"))
                    .isTrue();
            writtenToTrue.put(e.get("written_code"), e.get("credit_code"));
        }
        for (Map<String, String> e : CityFiles.rows(city.resolve("住建/物业企业.csv"))) {
            String code = e.get("统一社会信用代码");
            String valid = writtenToTrue.get(code);
            assertThat(CreditCodes.isValid(code)).as(code).isEqualTo(code.equals(valid));
            broken += code.equals(valid) ? 0 : 1;
        }
        for (Map<String, String> e : CityFiles.rows(city.resolve("truth/estates.csv"))) {
            String written = e.get("written_enterprise_code");
            assertThat(CreditCodes.isValid(written) || written.isEmpty())
                    .isEqualTo(written.equals(e.get("enterprise_code")));
            broken += written.equals(e.get("enterprise_code")) ? 0 : 1;
        }
        GeneratorResult.NoiseMeasure invalid = result.noise().stream()
                .filter(m -> m.kind() == NoiseKind.INVALID_CREDIT_CODE)
                .findFirst()
                .orElseThrow();
        assertThat(broken).isEqualTo(invalid.applied());
    }

    @Test
    void yamlDescribesEveryDepartmentalFileWithHeadersThatExist() throws IOException {
        // 14 grid and register sources, 7 credit sources
        assertThat(sources).hasSize(21);
        Set<String> departments = new HashSet<>();
        for (JsonNode s : sources.values()) {
            departments.add(s.get("department").asText());
            List<Map<String, String>> rows = records(s);
            assertThat(rows).as(s.get("id").asText()).isNotEmpty();
            Set<String> headers = rows.get(0).keySet();
            s.get("columns").fields().forEachRemaining(c -> assertThat(headers)
                    .as(s.get("id").asText())
                    .contains(c.getValue().asText()));
            if (s.has("crs")) {
                assertThat(s.get("crs").asText()).isIn("WGS-84", "GCJ-02", "BD-09");
            }
        }
        // six grid departments, plus 省住建厅, 信用湖南, 街道 and 12345热线 for credit
        assertThat(departments).hasSize(10);
    }

    @Test
    void theStrictConfigLoaderAcceptsTheGeneratedYaml() {
        org.xiaoqu.config.XiaoquConfig config = org.xiaoqu.config.ConfigLoader.load(city.resolve("xiaoqu.yaml"));
        assertThat(config.sources()).hasSize(21);
        assertThat(config.credit()).isNotNull();
        assertThat(config.credit().ledger()).isEqualTo("sheng-ledger");
        assertThat(config.source("chengguan-buildings").orElseThrow().crs()).isEqualTo("BD-09");
        assertThat(config.source("zongzhi-buildings").orElseThrow().encoding()).isEqualTo("gb18030");
    }

    /** The rows of a source's file (or files, when it names a glob). */
    static List<Map<String, String>> records(JsonNode source) throws IOException {
        String file = source.get("file").asText();
        List<Map<String, String>> rows = new ArrayList<>();
        if (!file.contains("*")) {
            return CityFiles.rows(city.resolve(file));
        }
        Path dir = city.resolve(file).getParent();
        String prefix = Path.of(file).getFileName().toString().replace("*.xlsx", "");
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted()
                    .toList()) {
                rows.addAll(CityFiles.rows(p));
            }
        }
        return rows;
    }
}
