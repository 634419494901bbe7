package org.xiaoqu.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The aggregation of one form's responses. A response scores the points of its answered items, plus full marks for
 * each "not applicable" the form counts as full marks, out of full marks for the same items; "not applicable"
 * elsewhere, missing and unreadable answers are left out (and counted apart). An entity's value is its pooled
 * points over its pooled full marks, as a percentage rounded half up to two decimals — exact decimal arithmetic,
 * no floating point — or none when it has fewer responses than the form's minimum.
 *
 * @param form the form
 * @param entities one per entity, sorted by kind (enterprise, owners-committee, estate) and id
 */
public record SurveyAggregate(SurveyForm form, List<Entity> entities) {

    /** The entity kinds of {@code indicator-value}, in its order. */
    public enum EntityKind {
        ENTERPRISE("enterprise"),
        OWNERS_COMMITTEE("owners-committee"),
        ESTATE("estate");

        private final String id;

        EntityKind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * One entity's figures.
     *
     * @param kind what it is
     * @param id its key (estate id, credit code, committee id)
     * @param name its name
     * @param responses responses with at least one item scored (or counted full)
     * @param emptyResponses responses with nothing to score
     * @param scored answers with a score
     * @param naFull "not applicable" answers counted as full marks
     * @param naLeftOut "not applicable" answers left out
     * @param missing blank answers
     * @param invalid unreadable answers
     * @param points the points
     * @param fullMarks the full marks of the same answers
     * @param value the value (0–100, two decimals), or null below the minimum responses
     */
    public record Entity(
            EntityKind kind,
            String id,
            String name,
            int responses,
            int emptyResponses,
            int scored,
            int naFull,
            int naLeftOut,
            int missing,
            int invalid,
            BigDecimal points,
            long fullMarks,
            @Nullable BigDecimal value) {}

    /** Aggregates {@code responses} of {@code form}. */
    public static SurveyAggregate of(SurveyForm form, List<SurveyResponse> responses) {
        Map<String, Builder> byKey = new TreeMap<>();
        for (SurveyResponse r : responses) {
            if (form.kind() == SurveyForm.Kind.SATISFACTION) {
                builder(byKey, EntityKind.ESTATE, r.estateId(), r.estateName()).add(form, r);
                if (!r.enterpriseCode().isEmpty()) {
                    builder(byKey, EntityKind.ENTERPRISE, r.enterpriseCode(), r.enterpriseName())
                            .add(form, r);
                }
            } else {
                builder(byKey, EntityKind.OWNERS_COMMITTEE, r.committeeId(), r.estateName())
                        .add(form, r);
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (Builder b : byKey.values()) {
            entities.add(b.build(form.minResponses()));
        }
        return new SurveyAggregate(form, List.copyOf(entities));
    }

    private static Builder builder(Map<String, Builder> byKey, EntityKind kind, String id, String name) {
        return byKey.computeIfAbsent(kind.ordinal() + "|" + id, k -> new Builder(kind, id, name));
    }

    private static final class Builder {
        final EntityKind kind;
        final String id;
        final String name;
        int responses, empty, scored, naFull, naLeftOut, missing, invalid;
        BigDecimal points = BigDecimal.ZERO;
        long full;

        Builder(EntityKind kind, String id, String name) {
            this.kind = kind;
            this.id = id;
            this.name = name;
        }

        void add(SurveyForm form, SurveyResponse r) {
            BigDecimal p = BigDecimal.ZERO;
            long f = 0;
            for (int i = 0; i < form.items().size(); i++) {
                SurveyResponse.Answer a = r.answers().get(i);
                switch (a.kind()) {
                    case SCORE -> {
                        scored++;
                        p = p.add(a.score());
                        f += SurveyForm.FULL_MARKS;
                    }
                    case NOT_APPLICABLE -> {
                        if (form.items().get(i).naFullMarks()) {
                            naFull++;
                            p = p.add(BigDecimal.valueOf(SurveyForm.FULL_MARKS));
                            f += SurveyForm.FULL_MARKS;
                        } else {
                            naLeftOut++;
                        }
                    }
                    case MISSING -> missing++;
                    case INVALID -> invalid++;
                }
            }
            if (f == 0) {
                empty++;
                return;
            }
            responses++;
            points = points.add(p);
            full += f;
        }

        Entity build(int minResponses) {
            BigDecimal value = responses < minResponses || full == 0
                    ? null
                    : points.multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(full), 2, RoundingMode.HALF_UP);
            return new Entity(
                    kind, id, name, responses, empty, scored, naFull, naLeftOut, missing, invalid, points, full, value);
        }
    }
}
