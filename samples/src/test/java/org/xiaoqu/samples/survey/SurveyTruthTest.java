package org.xiaoqu.samples.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.xiaoqu.survey.SurveyAggregate;
import org.xiaoqu.survey.SurveyForm;
import org.xiaoqu.survey.SurveyResponse;

/** The aggregation reproduces every true indicator value of the committed sample city, planted n/a and all. */
class SurveyTruthTest {
    static final Path CITY = Path.of("city");

    @Test
    void theAggregationReproducesTheTrueValues() throws IOException {
        Map<String, Map<String, String>> truth = new LinkedHashMap<>();
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(Files.newBufferedReader(CITY.resolve("truth/survey-indicators.csv")))) {
            for (var r : parser) {
                truth.put(r.get("entity_kind") + "|" + r.get("entity_id"), r.toMap());
            }
        }
        List<SurveyAggregate.Entity> all = new ArrayList<>();
        int withoutValue = 0;
        int naFull = 0;
        int missing = 0;
        for (String f : List.of(SurveySamples.SATISFACTION + "/问卷.yaml", SurveySamples.EVALUATION + "/评价表.yaml")) {
            Path formFile = CITY.resolve(f);
            SurveyForm form = SurveyForm.read(formFile);
            SurveyAggregate a =
                    SurveyAggregate.of(form, SurveyResponse.read(formFile.resolveSibling(form.responses()), form));
            for (SurveyAggregate.Entity e : a.entities()) {
                var t = truth.get(e.kind().id() + "|" + e.id());
                assertThat(t).as("%s %s", e.kind(), e.id()).isNotNull();
                assertThat(e.responses()).isEqualTo(Integer.parseInt(t.get("responses")));
                assertThat(e.points()).isEqualByComparingTo(new BigDecimal(t.get("points")));
                assertThat(e.fullMarks()).isEqualTo(Long.parseLong(t.get("full_marks")));
                if (t.get("value").isEmpty()) {
                    assertThat(e.value()).isNull();
                    withoutValue++;
                } else {
                    assertThat(e.value()).isEqualByComparingTo(new BigDecimal(t.get("value")));
                }
                naFull += e.naFull();
                missing += e.missing();
                all.add(e);
            }
        }
        assertThat(all).hasSize(truth.size());
        // the planted cases are there: entities below the minimum, n/a counted full, missing answers
        assertThat(withoutValue).isPositive();
        assertThat(naFull).isPositive();
        assertThat(missing).isPositive();
    }
}
