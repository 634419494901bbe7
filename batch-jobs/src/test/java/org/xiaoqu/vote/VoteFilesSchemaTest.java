package org.xiaoqu.vote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas of the rules file and the survey form name exactly the keys their readers accept, and the
 * report's Chinese reasons say the same thing as the audit's.
 */
class VoteFilesSchemaTest {
    private static List<String> keys(JsonNode properties) {
        List<String> k = new ArrayList<>();
        properties.fieldNames().forEachRemaining(k::add);
        return k;
    }

    private static JsonNode schema(String name) throws Exception {
        try (InputStream in = VoteFilesSchemaTest.class.getResourceAsStream("/schemas/config/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .toList();
    }

    @Test
    void schemasMatchTheReaders() throws Exception {
        JsonNode rules = schema("vote-rules.schema.json");
        assertThat(keys(rules.get("properties")))
                .containsExactlyElementsOf(components(VoteRulesReader.FileRules.class));
        assertThat(keys(rules.at("/properties/matters/items/properties")))
                .containsExactlyElementsOf(components(VoteRulesReader.FileMatter.class));
        JsonNode form = schema("survey-form.schema.json");
        Class<?> fileForm = Class.forName("org.xiaoqu.survey.SurveyForm$FileForm");
        Class<?> fileItem = Class.forName("org.xiaoqu.survey.SurveyForm$FileItem");
        assertThat(keys(form.get("properties"))).containsExactlyElementsOf(components(fileForm));
        assertThat(keys(form.at("/properties/items/items/properties"))).containsExactlyElementsOf(components(fileItem));
    }

    @Test
    void reasonsInChinese() {
        LocalDateTime opens = LocalDateTime.parse("2026-10-01T08:00");
        Matter m = Matter.item(4);
        VoteRules rules = new VoteRules(
                "T",
                "E",
                "x",
                "t",
                opens,
                opens.plusDays(7),
                VoteRules.Duplicates.LAST,
                null,
                null,
                List.of(new VoteRules.MatterRule("M", m, "t", m.statutoryParticipation(), m.statutoryApproval())));
        OwnerRegister register =
                new OwnerRegister(List.of(new OwnerRegister.Unit("U1", "O1", "甲", "O1", BigDecimal.ONE, false, false)));
        VoteTally t = VoteTally.of(
                rules,
                register,
                List.of(
                        new Ballot(2, opens, "a", "U1", "O1", "甲", "M", Ballot.Choice.AGREE, "同意"),
                        new Ballot(3, opens.plusHours(1), "b", "U1", "O1", "甲", "M", Ballot.Choice.OPPOSE, "反对"),
                        new Ballot(4, opens, "c", "U9", "O1", "甲", "M", Ballot.Choice.AGREE, "同意")));
        assertThat(VoteReport.reasonZh(t, t.audit().get(0))).isEqualTo("以第 3 行的选票为准(最后一次有效投票)");
        assertThat(VoteReport.reasonZh(t, t.audit().get(2))).isEqualTo("房屋 U9 不在业主名册中");
    }
}
