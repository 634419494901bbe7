package org.xiaoqu.samples.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xiaoqu.vote.AuditedBallot;
import org.xiaoqu.vote.Ballot;
import org.xiaoqu.vote.MatterOutcome;
import org.xiaoqu.vote.OwnerRegister;
import org.xiaoqu.vote.VoteRules;
import org.xiaoqu.vote.VoteRulesReader;
import org.xiaoqu.vote.VoteTally;

/** The tally reproduces every true outcome and every ballot's true status of the committed sample city. */
class VoteTruthTest {
    static final Path CITY = Path.of("city");

    @Test
    void theTallyReproducesTheTrueOutcomesAndBallotStatuses() throws IOException {
        List<Path> rulesFiles;
        try (Stream<Path> s = Files.walk(CITY.resolve(VoteSamples.FOLDER))) {
            rulesFiles = s.filter(p -> p.getFileName().toString().equals("表决规则.yaml"))
                    .sorted()
                    .toList();
        }
        assertThat(rulesFiles).hasSize(4);
        Map<String, Map<String, String>> outcomes = new LinkedHashMap<>();
        for (var r : rows("truth/vote-outcomes.csv")) {
            outcomes.put(r.get("meeting") + "/" + r.get("matter_id"), r);
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        for (var r : rows("truth/vote-ballots.csv")) {
            statuses.put(r.get("meeting") + "/" + r.get("line"), r.get("status"));
        }
        List<String> results = new ArrayList<>();
        int ballots = 0;
        for (Path f : rulesFiles) {
            VoteRules rules = VoteRulesReader.read(f);
            VoteTally t = VoteTally.of(
                    rules,
                    OwnerRegister.read(f.resolveSibling(rules.register())),
                    Ballot.read(f.resolveSibling(rules.ballots())));
            for (MatterOutcome o : t.outcomes()) {
                var truth = outcomes.get(rules.meeting() + "/" + o.rule().id());
                assertThat(o.result().name()).isEqualTo(truth.get("result"));
                assertThat(o.totalArea()).isEqualByComparingTo(new BigDecimal(truth.get("total_area")));
                assertThat(o.totalOwners()).isEqualTo(Integer.parseInt(truth.get("total_owners")));
                assertThat(o.participatingArea()).isEqualByComparingTo(new BigDecimal(truth.get("participating_area")));
                assertThat(o.participatingOwners()).isEqualTo(Integer.parseInt(truth.get("participating_owners")));
                assertThat(o.approvingArea()).isEqualByComparingTo(new BigDecimal(truth.get("approving_area")));
                assertThat(o.approvingOwners()).isEqualTo(Integer.parseInt(truth.get("approving_owners")));
                results.add(o.result().name());
            }
            for (AuditedBallot a : t.audit()) {
                assertThat(a.status().name())
                        .as("%s line %d", rules.meeting(), a.ballot().line())
                        .isEqualTo(
                                statuses.get(rules.meeting() + "/" + a.ballot().line()));
                ballots++;
            }
        }
        assertThat(ballots).isEqualTo(statuses.size());
        assertThat(results).contains("PASSED", "REJECTED", "NOT_QUORATE");
    }

    private static List<Map<String, String>> rows(String file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(Files.newBufferedReader(CITY.resolve(file)))) {
            for (var r : parser) {
                rows.add(r.toMap());
            }
        }
        return rows;
    }
}
