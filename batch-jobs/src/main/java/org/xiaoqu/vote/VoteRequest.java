package org.xiaoqu.vote;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.XiaoquException;

/**
 * What {@code xiaoqu vote tally} was asked: the rules file, and the register and ballots (by default those the
 * rules file names, relative to it).
 *
 * @param rules the rules file
 * @param register the owners' register
 * @param ballots the e-vote export
 * @param excel whether to write xlsx workbooks and CSVs with a BOM for people too
 * @param showPersonalData whether reports show voters' names and ids unmasked (the publication never does)
 * @param lang {@code zh} or {@code en}: the language of the report and the people's files
 */
public record VoteRequest(
        Path rules, Path register, Path ballots, boolean excel, boolean showPersonalData, String lang) {

    /** Resolves the register and ballots the rules file names when they are not given. */
    public static VoteRequest of(
            Path rules,
            @Nullable Path register,
            @Nullable Path ballots,
            boolean excel,
            boolean showPersonalData,
            String lang) {
        Path abs = rules.toAbsolutePath().normalize();
        VoteRules r = VoteRulesReader.read(abs);
        return new VoteRequest(
                abs,
                resolve(abs, register, r.register(), "register", "--register"),
                resolve(abs, ballots, r.ballots(), "ballots", "--ballots"),
                excel,
                showPersonalData,
                lang);
    }

    private static Path resolve(Path rules, @Nullable Path given, @Nullable String named, String key, String flag) {
        if (given != null) {
            return given.toAbsolutePath().normalize();
        }
        if (named == null) {
            throw XiaoquException.usage(rules + ": names no " + key + " file; add '" + key + ":' or give " + flag);
        }
        return rules.resolveSibling(named).normalize();
    }
}
