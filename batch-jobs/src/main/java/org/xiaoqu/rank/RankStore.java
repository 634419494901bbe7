package org.xiaoqu.rank;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A ranking in the store ({@code XQ_RANK_RUN}, {@code XQ_RANK_RESULT}, {@code XQ_RANK_CONTRIBUTION}, migration
 * V30): written by the job in its step's transaction (a restart first deletes what a failed attempt left), read
 * back for the previous period.
 */
public final class RankStore {
    private final JdbcTemplate jdbc;

    public RankStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * The places of the latest completed run of {@code schemeId} for {@code year}, by entity id. {@code xiaoqu
     * prune} leaves these tables alone, so last year's ranking outlives the run retention.
     */
    public Map<String, RankEngine.Previous> previous(String schemeId, int year) {
        // a pruned run (its BATCH_ rows gone) still counts: rankings are history the next year compares with
        List<Long> runs = jdbc.queryForList(
                "SELECT r.RUN_ID FROM XQ_RANK_RUN r LEFT JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = r.RUN_ID"
                        + " WHERE r.SCHEME_ID = ? AND r.PERIOD_YEAR = ? AND (e.STATUS IS NULL OR e.STATUS = 'COMPLETED')"
                        + " ORDER BY r.RUN_ID DESC",
                Long.class,
                schemeId,
                year);
        Map<String, RankEngine.Previous> out = new HashMap<>();
        if (runs.isEmpty()) {
            return out;
        }
        jdbc.query(
                "SELECT ENTITY_ID, RANK_NO, SCORE FROM XQ_RANK_RESULT WHERE RUN_ID = ? AND RANK_NO IS NOT NULL",
                rs -> {
                    out.put(rs.getString(1), new RankEngine.Previous(rs.getInt(2), rs.getDouble(3)));
                },
                runs.get(0));
        return out;
    }

    /** Replaces run {@code runId}'s rows with {@code result}. */
    public void save(long runId, RankResult result, Sensitivity.@Nullable Outcome sensitivity) {
        RankScheme s = result.scheme();
        jdbc.update("DELETE FROM XQ_RANK_CONTRIBUTION WHERE RUN_ID = ?", runId);
        jdbc.update("DELETE FROM XQ_RANK_RESULT WHERE RUN_ID = ?", runId);
        jdbc.update("DELETE FROM XQ_RANK_RUN WHERE RUN_ID = ?", runId);
        jdbc.update(
                "INSERT INTO XQ_RANK_RUN (RUN_ID, SCHEME_ID, TITLE, ENTITY_KIND, PERIOD_YEAR, NORMALISATION,"
                        + " WEIGHTING, AGGREGATION, DRAWS, SEED, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                runId,
                s.id(),
                s.title(),
                s.entityKind(),
                s.year(),
                s.normalisation().id(),
                s.weighting().id(),
                s.aggregation().id(),
                sensitivity == null ? 0 : sensitivity.draws(),
                sensitivity == null ? null : sensitivity.seed(),
                Timestamp.from(Instant.now()));
        Map<String, Integer> index = new HashMap<>();
        for (int a = 0; a < result.prepared().rankedIds().size(); a++) {
            index.put(result.prepared().rankedIds().get(a), a);
        }
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> contributions = new ArrayList<>();
        for (RankedEntity e : result.entities()) {
            Integer k = index.get(e.id());
            boolean sens = sensitivity != null && k != null;
            rows.add(new Object[] {
                runId,
                e.id(),
                e.name(),
                e.group(),
                e.ranked() ? e.rank() : null,
                e.status(),
                e.ranked() ? e.score() : null,
                e.grade(),
                sens ? sensitivity.median()[k] : null,
                sens ? sensitivity.q05()[k] : null,
                sens ? sensitivity.q95()[k] : null,
                sens ? sensitivity.gradeStable()[k] : null
            });
            for (int j = 0; j < result.indicators().size(); j++) {
                contributions.add(new Object[] {
                    runId,
                    e.id(),
                    result.indicators().get(j).id(),
                    nan(e.raw()[j]),
                    e.imputed()[j],
                    nan(e.normalised()[j]),
                    result.weights()[j],
                    nan(e.contribution()[j])
                });
            }
        }
        for (int from = 0; from < rows.size(); from += 1000) {
            jdbc.batchUpdate(
                    "INSERT INTO XQ_RANK_RESULT (RUN_ID, ENTITY_ID, ENTITY_NAME, ENTITY_GROUP, RANK_NO, STATUS, SCORE,"
                            + " GRADE, MEDIAN_RANK, RANK_Q05, RANK_Q95, GRADE_STABILITY)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
        for (int from = 0; from < contributions.size(); from += 5000) {
            jdbc.batchUpdate(
                    "INSERT INTO XQ_RANK_CONTRIBUTION (RUN_ID, ENTITY_ID, INDICATOR, RAW_VALUE, IMPUTED, NORMALISED,"
                            + " WEIGHT, CONTRIBUTION) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    contributions.subList(from, Math.min(contributions.size(), from + 5000)));
        }
    }

    private static @Nullable Double nan(double d) {
        return Double.isNaN(d) ? null : d;
    }
}
