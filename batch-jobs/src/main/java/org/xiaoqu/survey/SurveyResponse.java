package org.xiaoqu.survey;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.source.NamedColumns;
import org.xiaoqu.source.NamedColumns.Column;

/**
 * One filled-in form: whom it is about and each item's answer.
 *
 * @param line its line in the responses file
 * @param estateId the estate (satisfaction), or empty
 * @param estateName the estate's name
 * @param enterpriseCode the property-service enterprise's credit code (satisfaction), or empty
 * @param enterpriseName the enterprise's name
 * @param committeeId the owners' committee (evaluation), or empty
 * @param answers one per item of the form, in its order
 */
public record SurveyResponse(
        long line,
        String estateId,
        String estateName,
        String enterpriseCode,
        String enterpriseName,
        String committeeId,
        List<Answer> answers) {

    /** An item's answer: a score, not applicable, missing (blank) or unreadable. */
    public record Answer(Kind kind, @Nullable BigDecimal score, String text) {
        public enum Kind {
            SCORE,
            NOT_APPLICABLE,
            MISSING,
            INVALID
        }

        static Answer parse(String text) {
            String t = text.strip();
            if (t.isEmpty()) {
                return new Answer(Kind.MISSING, null, t);
            }
            switch (t.toLowerCase(Locale.ROOT)) {
                case "不适用", "n/a", "na", "不涉及", "无此项" -> {
                    return new Answer(Kind.NOT_APPLICABLE, null, t);
                }
                default -> {}
            }
            try {
                BigDecimal s = new BigDecimal(t);
                if (s.signum() >= 0 && s.compareTo(BigDecimal.valueOf(SurveyForm.FULL_MARKS)) <= 0) {
                    return new Answer(Kind.SCORE, s, t);
                }
            } catch (NumberFormatException ignored) {
                // unreadable: reported, left out like a missing answer
            }
            return new Answer(Kind.INVALID, null, t);
        }
    }

    /** Reads the responses to {@code form}; the item columns are found by the item's id or title. */
    public static List<SurveyResponse> read(Path file, SurveyForm form) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.optional("estate_id", "小区编码", "小区编号"));
        columns.add(Column.optional("estate_name", "小区名称", "小区"));
        columns.add(Column.optional("enterprise_code", "物业企业信用代码", "统一社会信用代码"));
        columns.add(Column.optional("enterprise_name", "物业企业名称", "物业企业"));
        columns.add(Column.optional("committee_id", "业委会编号", "业主委员会编号"));
        for (SurveyForm.Item it : form.items()) {
            columns.add(Column.required("item:" + it.id(), it.id(), it.title()));
        }
        List<SurveyResponse> responses = new ArrayList<>();
        for (NamedColumns.Row row : NamedColumns.read(file, columns)) {
            String estate = row.get("estate_id");
            String committee = row.get("committee_id");
            if (form.kind() == SurveyForm.Kind.SATISFACTION && estate.isEmpty()) {
                throw new XiaoquException(
                        ExitCode.INPUT_REJECTED,
                        row.where() + ": estate_id: a satisfaction" + " response must name its estate (小区编码)");
            }
            if (form.kind() == SurveyForm.Kind.COMMITTEE_EVALUATION && committee.isEmpty()) {
                throw new XiaoquException(
                        ExitCode.INPUT_REJECTED,
                        row.where() + ": committee_id: an evaluation" + " must name its owners' committee (业委会编号)");
            }
            List<Answer> answers = new ArrayList<>();
            for (SurveyForm.Item it : form.items()) {
                answers.add(Answer.parse(row.get("item:" + it.id())));
            }
            responses.add(new SurveyResponse(
                    row.line(),
                    estate,
                    row.get("estate_name"),
                    row.get("enterprise_code"),
                    row.get("enterprise_name"),
                    committee,
                    answers));
        }
        return responses;
    }
}
