package org.xiaoqu.vote;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.source.NamedColumns;
import org.xiaoqu.source.NamedColumns.Column;

/**
 * One row of the e-vote export: who voted on which matter, when, through which unit.
 *
 * @param line the line in the export
 * @param votedAt when, or null when the time could not be read
 * @param votedAtText the time as written
 * @param unitId the unit the owner voted through
 * @param ownerId the voter's id
 * @param ownerName the voter's name
 * @param matterId the matter's id
 * @param choice the choice, or null when it could not be read
 * @param choiceText the choice as written
 */
public record Ballot(
        long line,
        @Nullable LocalDateTime votedAt,
        String votedAtText,
        String unitId,
        String ownerId,
        String ownerName,
        String matterId,
        @Nullable Choice choice,
        String choiceText) {

    /** 同意, 反对, 弃权: abstaining takes part in the vote but does not approve. */
    public enum Choice {
        AGREE("同意"),
        OPPOSE("反对"),
        ABSTAIN("弃权");

        private final String zh;

        Choice(String zh) {
            this.zh = zh;
        }

        public String zh() {
            return zh;
        }

        static @Nullable Choice parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "同意", "赞成", "agree", "yes" -> AGREE;
                case "反对", "不同意", "oppose", "no" -> OPPOSE;
                case "弃权", "abstain" -> ABSTAIN;
                default -> null;
            };
        }
    }

    static final List<Column> COLUMNS = List.of(
            Column.required("voted_at", "投票时间", "表决时间", "提交时间"),
            Column.required("unit_id", "房屋编号", "房号编码", "专有部分编号"),
            Column.required("owner_id", "业主编号", "投票人编号", "业主证件号"),
            Column.optional("owner_name", "业主姓名", "投票人"),
            Column.required("matter_id", "表决事项", "事项编号", "议题"),
            Column.required("choice", "表决意见", "投票意见", "意见"));

    /** Reads an e-vote export; rows that cannot be read stay as ballots and are rejected by the tally. */
    public static List<Ballot> read(Path file) {
        List<Ballot> ballots = new ArrayList<>();
        for (NamedColumns.Row row : NamedColumns.read(file, COLUMNS)) {
            String at = row.get("voted_at");
            LocalDateTime t = null;
            try {
                t = LocalDateTime.parse(at.length() == 16 ? at.replace(' ', 'T') + ":00" : at.replace(' ', 'T'));
            } catch (RuntimeException ignored) {
                // kept, rejected as INVALID by the tally
            }
            ballots.add(new Ballot(
                    row.line(),
                    t,
                    at,
                    row.get("unit_id"),
                    row.get("owner_id"),
                    row.get("owner_name"),
                    row.get("matter_id"),
                    Choice.parse(row.get("choice")),
                    row.get("choice")));
        }
        return ballots;
    }
}
