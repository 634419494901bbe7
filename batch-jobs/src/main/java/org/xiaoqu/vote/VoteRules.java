package org.xiaoqu.vote;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A vote's rules file (表决规则, YAML; JSON Schema {@code schemas/config/vote-rules.schema.json}): the meeting,
 * its voting window, how duplicate ballots are settled, where the register and the ballots are, and the matters
 * put to the vote with their thresholds.
 *
 * @param meeting the meeting's id (业主大会会议编号)
 * @param estateId the estate's id
 * @param estateName the estate's name
 * @param title the meeting's title
 * @param opens the first moment a ballot counts (local time of the estate)
 * @param closes the last moment a ballot counts; a ballot after it is late
 * @param duplicates which of an owner's several valid ballots on one matter counts
 * @param register the owners' register, relative to the rules file
 * @param ballots the e-vote export, relative to the rules file
 * @param matters the matters, in the order of the ballot paper
 */
public record VoteRules(
        String meeting,
        String estateId,
        String estateName,
        String title,
        LocalDateTime opens,
        LocalDateTime closes,
        Duplicates duplicates,
        @Nullable String register,
        @Nullable String ballots,
        List<MatterRule> matters) {
    public VoteRules {
        matters = List.copyOf(matters);
    }

    /** Which of an owner's several valid ballots on one matter counts; the others are reported superseded. */
    public enum Duplicates {
        LAST,
        FIRST
    }

    /**
     * One matter on the ballot paper.
     *
     * @param id the matter's id as the e-vote export writes it (M1, 议题1…)
     * @param matter which of art. 278's nine matters it is
     * @param title what is decided
     * @param participation the participation threshold (of area and of owners), never below two thirds
     * @param approval the approval threshold (of participating area and owners), never below the statutory one
     */
    public record MatterRule(String id, Matter matter, String title, Threshold participation, Threshold approval) {}

    /** The matter of {@code id}, or null. */
    public @Nullable MatterRule matter(String id) {
        for (MatterRule m : matters) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }
}
