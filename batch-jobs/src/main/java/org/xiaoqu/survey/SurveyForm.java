package org.xiaoqu.survey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.XiaoquException;

/**
 * A survey form (问卷/评价表, YAML; JSON Schema {@code schemas/config/survey-form.schema.json}).
 *
 * @param survey the survey's id
 * @param kind what is surveyed, which decides the entities its values are for
 * @param period the assessment period ({@code 2026}, {@code 2026H2}…) as {@code indicator-value} writes it
 * @param indicator the indicator code the values carry
 * @param responses the responses file, relative to the form
 * @param minResponses the responses an entity needs for a value
 * @param items the scored items
 */
public record SurveyForm(
        String survey,
        Kind kind,
        String period,
        String indicator,
        @Nullable String responses,
        int minResponses,
        List<Item> items) {
    /** The highest score of an item. */
    public static final int FULL_MARKS = 5;

    public SurveyForm {
        items = List.copyOf(items);
    }

    /** Resident satisfaction (values per estate and per enterprise) or committee evaluation (per committee). */
    public enum Kind {
        SATISFACTION,
        COMMITTEE_EVALUATION
    }

    /**
     * A scored item.
     *
     * @param id the column of the responses file holding it (its id or its title)
     * @param title what is asked
     * @param naFullMarks whether "not applicable" counts as full marks (else it is left out)
     */
    public record Item(String id, String title, boolean naFullMarks) {}

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record FileItem(
            @JsonProperty("id") @Nullable String id,
            @JsonProperty("title") @Nullable String title,
            @JsonProperty("naFullMarks") @Nullable Boolean naFullMarks) {}

    record FileForm(
            @JsonProperty("survey") @Nullable String survey,
            @JsonProperty("kind") @Nullable String kind,
            @JsonProperty("period") @Nullable String period,
            @JsonProperty("indicator") @Nullable String indicator,
            @JsonProperty("responses") @Nullable String responses,
            @JsonProperty("minResponses") @Nullable Integer minResponses,
            @JsonProperty("items") @Nullable List<FileItem> items) {}

    /** Reads and checks a form file (exit 2 on a mistake, naming the key). */
    public static SurveyForm read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw XiaoquException.usage(file + ": no such survey form");
        }
        FileForm f;
        try {
            f = YAML.readValue(file.toFile(), FileForm.class);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw XiaoquException.usage(file + (loc == null ? "" : ": line " + loc.getLineNr()) + ": "
                    + e.getOriginalMessage() + "; see the survey form reference (README of org.xiaoqu.survey)");
        } catch (IOException e) {
            throw XiaoquException.usage(file + ": cannot read: " + e.getMessage());
        }
        if (f == null) {
            throw XiaoquException.usage(file + ": empty survey form");
        }
        String survey = required(file, "survey", f.survey());
        Kind kind;
        String k = required(file, "kind", f.kind());
        switch (k) {
            case "satisfaction" -> kind = Kind.SATISFACTION;
            case "committee-evaluation" -> kind = Kind.COMMITTEE_EVALUATION;
            default ->
                throw XiaoquException.usage(
                        file + ": kind: '" + k + "' is not one of satisfaction, committee-evaluation");
        }
        String period = required(file, "period", f.period());
        if (!period.matches("[0-9]{4}(-?(H[12]|Q[1-4]|0[1-9]|1[0-2]))?")) {
            throw XiaoquException.usage(
                    file + ": period: '" + period + "' is not like 2026, 2026H2, 2026Q3 or 2026-06");
        }
        int min = f.minResponses() == null ? 1 : f.minResponses();
        if (min < 1) {
            throw XiaoquException.usage(file + ": minResponses must be at least 1, not " + min);
        }
        if (f.items() == null || f.items().isEmpty()) {
            throw XiaoquException.usage(file + ": items: at least one scored item is needed");
        }
        List<Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < f.items().size(); i++) {
            FileItem it = f.items().get(i);
            String id = required(file, "items[" + i + "].id", it.id());
            if (!ids.add(id)) {
                throw XiaoquException.usage(file + ": items[" + i + "].id: '" + id + "' appears twice");
            }
            items.add(new Item(id, it.title() == null ? id : it.title(), Boolean.TRUE.equals(it.naFullMarks())));
        }
        return new SurveyForm(
                survey, kind, period, required(file, "indicator", f.indicator()), f.responses(), min, items);
    }

    private static String required(Path file, String key, @Nullable String v) {
        if (v == null || v.isBlank()) {
            throw XiaoquException.usage(file + ": " + key + " is required");
        }
        return v.strip();
    }
}
