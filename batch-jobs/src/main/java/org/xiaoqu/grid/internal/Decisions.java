package org.xiaoqu.grid.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reviewers' decisions (table XQ_GRID_DECISION), applied to every run: MUST_LINK puts record B in record A's
 * building, CANNOT_LINK takes B out of A's building, PIN gives A's building an id. A decision the data now
 * contradicts (a record gone, a pinned id taken by another building) is reported as a conflict, never silently
 * dropped.
 */
final class Decisions {
    record Decision(long id, String kind, String a, String b, String unifiedId) {}

    private final List<Decision> all;
    private final Set<Long> applied = new HashSet<>();
    private final List<String[]> contradicted = new ArrayList<>();
    private final Map<String, String> pins = new HashMap<>();

    private Decisions(List<Decision> all) {
        this.all = all;
        for (Decision d : all) {
            if (d.kind().equals("PIN") && d.unifiedId() != null) {
                pins.put(d.a(), d.unifiedId());
            }
        }
    }

    static Decisions load(Connection c) throws SQLException {
        List<Decision> all = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                        "SELECT DECISION_ID, KIND, RECORD_A, RECORD_B, UNIFIED_ID FROM XQ_GRID_DECISION ORDER BY DECISION_ID");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                all.add(new Decision(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return new Decisions(all);
    }

    Map<String, String> pins() {
        return pins;
    }

    /** Applies the link decisions to one district's records (sorted), in decision order. */
    void apply(List<MergeRecord> records) {
        if (all.isEmpty()) {
            return;
        }
        Map<String, MergeRecord> byRef = new HashMap<>();
        records.forEach(r -> byRef.put(r.ref(), r));
        for (Decision d : all) {
            MergeRecord a = byRef.get(d.a());
            MergeRecord b = d.b() == null ? null : byRef.get(d.b());
            switch (d.kind()) {
                case "MUST_LINK" -> {
                    if (a != null && b != null) {
                        applied.add(d.id());
                        if (a.status.equals(DistrictMatcher.LINKED)) {
                            b.status = DistrictMatcher.LINKED;
                            b.buildingKey = a.buildingKey;
                            b.rule = "DECISION_MUST_LINK";
                            b.score = 1;
                        } else {
                            contradicted.add(row(d, "record " + d.a() + " is not in any building this run"));
                        }
                    }
                }
                case "CANNOT_LINK" -> {
                    if (a != null && b != null) {
                        applied.add(d.id());
                        if (a.status.equals(DistrictMatcher.LINKED) && a.buildingKey.equals(b.buildingKey)) {
                            b.buildingKey = b.buildingKey + "#" + b.ref();
                            b.rule = "DECISION_CANNOT_LINK";
                        }
                    }
                }
                case "PIN" -> {
                    if (a != null) {
                        applied.add(d.id());
                    }
                }
                default -> {}
            }
        }
    }

    /** Reports pins whose building got another id this run (the id is retired or held by another building). */
    void checkPins(Map<String, String> idOfKey, List<MergeRecord> records) {
        for (MergeRecord r : records) {
            String pin = pins.get(r.ref());
            if (pin != null && r.status.equals(DistrictMatcher.LINKED)) {
                String got = idOfKey.get(r.buildingKey);
                if (!pin.equals(got)) {
                    for (Decision d : all) {
                        if (d.kind().equals("PIN") && d.a().equals(r.ref())) {
                            contradicted.add(row(d, "pinned id " + pin + " could not be kept; the building is " + got));
                        }
                    }
                }
            }
        }
    }

    /** The decisions that were contradicted, or whose records no longer exist. */
    List<String[]> contradictions() {
        List<String[]> out = new ArrayList<>(contradicted);
        for (Decision d : all) {
            if (!applied.contains(d.id())) {
                out.add(row(d, "the records of this decision are not both present in one district this run"));
            }
        }
        return out;
    }

    private static String[] row(Decision d, String why) {
        return new String[] {
            "DECISION_CONTRADICTED",
            d.unifiedId() == null ? "" : d.unifiedId(),
            d.a() + (d.b() == null ? "" : ";" + d.b()),
            d.kind() + " #" + d.id() + ": " + why
        };
    }
}
