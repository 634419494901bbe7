package org.xiaoqu.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.TestStores;

/**
 * The whole job on both stores, on a register and export built to sit on the thresholds: participation of
 * exactly 2/3 (enough), approval of exactly 1/2 (not "more than half") and of exactly 3/4 (enough), participation of
 * exactly 1/2 (not enough); with a superseded, a late, a non-owner's, a disputed unit's and an unknown matter's
 * ballot. The outcomes file is compared with the expected file byte for byte.
 */
class VoteJobIT {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws Exception {
        return Path.of(VoteJobIT.class.getResource("/vote/boundary/" + name).toURI());
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void tallyOnTheBoundariesWritesTheExpectedOutcomeAuditPublicationAndStoreRows(TestStores.Kind kind)
            throws Exception {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            VoteRequest request = VoteRequest.of(fixture("rules.yaml"), null, null, true, false, "zh");
            RunResult r =
                    new VoteTallier(store, new StopSignal(), Progress.NONE).tally(request, dir.resolve("out"), null);

            assertThat(r.status()).isEqualTo("COMPLETED");
            assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(r.counts())
                    .containsEntry("owners", 6)
                    .containsEntry("ballots", 16)
                    .containsEntry("counted", 11L);
            Path out = r.outputDir();
            assertThat(Files.readString(out.resolve("outcomes.csv"), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(fixture("expected-outcomes.csv"), StandardCharsets.UTF_8));

            List<String> audit = Files.readAllLines(out.resolve("ballots.csv"));
            assertThat(audit.stream().skip(1).map(l -> l.split(",")[7]).toList())
                    .containsExactly(
                            "COUNTED",
                            "COUNTED",
                            "SUPERSEDED",
                            "COUNTED",
                            "COUNTED",
                            "LATE",
                            "NOT_OWNER",
                            "COUNTED",
                            "COUNTED",
                            "COUNTED",
                            "COUNTED",
                            "DISPUTED",
                            "COUNTED",
                            "COUNTED",
                            "COUNTED",
                            "UNKNOWN_MATTER");
            String publication = Files.readString(out.resolve("publication.csv"));
            assertThat(publication).doesNotContain("张三丰", "钱七星").contains("张**");
            // the developer is a company: its name is not personal data
            assertThat(publication).contains("边界置业有限公司");
            assertThat(Files.readString(out.resolve("ballots.csv"))).doesNotContain("张三丰");
            assertThat(out.resolve("report.html")).content().contains("边界花园", "2/3", "3/4");
            assertThat(out.resolve("vote.xlsx")).exists();
            assertThat(out.resolve("people/publication.csv")).exists();

            JdbcTemplate db = new JdbcTemplate(store.dataSource());
            List<Map<String, Object>> stored = db.queryForList(
                    "SELECT MATTER_ID, RESULT, PARTICIPATION_AREA_RATIO, APPROVAL_OWNERS_RATIO FROM XQ_VOTE_OUTCOME"
                            + " WHERE RUN_ID = ? ORDER BY MATTER_ID",
                    r.executionId());
            assertThat(stored).extracting(m -> m.get("RESULT")).containsExactly("REJECTED", "PASSED", "NOT_QUORATE");
            assertThat(stored)
                    .extracting(m -> m.get("PARTICIPATION_AREA_RATIO"))
                    .containsExactly("2/3", "2/3", "1/2");
            assertThat(stored).extracting(m -> m.get("APPROVAL_OWNERS_RATIO")).containsExactly("1/2", "3/4", "2/3");
            assertThat(db.queryForObject(
                            "SELECT COUNT(*) FROM XQ_VOTE_BALLOT WHERE RUN_ID = ? AND STATUS = 'COUNTED'",
                            Long.class,
                            r.executionId()))
                    .isEqualTo(11L);

            RunResult again =
                    new VoteTallier(store, new StopSignal(), Progress.NONE).tally(request, dir.resolve("out"), null);
            assertThat(again.status()).isEqualTo("UNCHANGED");
        }
    }
}
