package org.xiaoqu.grid.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.grid.geo.GridConflict;
import org.xiaoqu.grid.geo.GridCrosswalkRow;

/**
 * Everything the grid merge report shows, filled by the merge job and rendered by {@link GridReport}. Pure data:
 * the report sorts nothing and computes only percentages, so the job decides the order of every list (the
 * report keeps it).
 *
 * @param runId the store's run id (shown in the subtitle), or {@code null} when run without a store
 * @param generatedAt when the run finished
 * @param baseDepartment the department whose grid is the unified grid (default 综治)
 * @param summary the key figures
 * @param departments one row per department (match rate bar chart and table), in display order
 * @param conflictsByKind conflict counts per kind, in display order
 * @param crosswalk the grid crosswalk (department grid → unified grid), in display order; the report shows
 *     at most {@link #CROSSWALK_ROWS_SHOWN} rows and says how many more are in {@code grid_crosswalk.csv}
 * @param idChanges id changes since the last run: an empty list with {@code summary.firstRun()} true means
 *     there was no previous run
 * @param conflicts the conflict table's rows (filterable), in display order; the report shows at most
 *     {@link #CONFLICT_ROWS_SHOWN}
 */
public record GridReportData(
        @Nullable Long runId,
        Instant generatedAt,
        String baseDepartment,
        Summary summary,
        List<DepartmentRate> departments,
        List<KindCount> conflictsByKind,
        List<CrosswalkRow> crosswalk,
        List<IdChange> idChanges,
        List<ConflictRow> conflicts) {

    /** Rows of the crosswalk table beyond which the report points to the CSV. */
    public static final int CROSSWALK_ROWS_SHOWN = 2_000;

    /** Rows of the conflict table beyond which the report points to the CSV. */
    public static final int CONFLICT_ROWS_SHOWN = 5_000;

    public GridReportData {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(baseDepartment, "baseDepartment");
        Objects.requireNonNull(summary, "summary");
        departments = List.copyOf(departments);
        conflictsByKind = List.copyOf(conflictsByKind);
        crosswalk = List.copyOf(crosswalk);
        idChanges = List.copyOf(idChanges);
        conflicts = List.copyOf(conflicts);
    }

    /**
     * The key figures.
     *
     * @param records source records read (all departments)
     * @param buildings unified buildings written
     * @param linked records linked to a unified building (automatically or by a reviewer's decision)
     * @param review records sent to review (counted as not linked)
     * @param unmatched records matched to nothing (singletons that no other department confirms)
     * @param conflicts conflicts of all kinds
     * @param unplaced unified buildings without a unified grid
     * @param firstRun true when no earlier run of this store exists (then idsKept..idsSplit are 0)
     * @param idsNew unified ids minted in this run
     * @param idsKept ids carried over from the last run
     * @param idsRetired ids of the last run that no building carries any more (never reused)
     * @param idsMerged ids retired because their building merged into another
     * @param idsSplit ids whose building split into several (the survivors keep one, the rest are new)
     */
    public record Summary(
            long records,
            long buildings,
            long linked,
            long review,
            long unmatched,
            long conflicts,
            long unplaced,
            boolean firstRun,
            long idsNew,
            long idsKept,
            long idsRetired,
            long idsMerged,
            long idsSplit) {

        /** Linked records as a share of all records, 0 when there are none. */
        public double linkedShare() {
            return records == 0 ? 0 : (double) linked / records;
        }
    }

    /**
     * One department's match rate.
     *
     * @param department the department as configured (e.g. 公安)
     * @param records its records
     * @param linked its records linked to a unified building that at least one other department also has
     * @param review its records sent to review
     * @param unmatched its records matched to nothing
     */
    public record DepartmentRate(String department, long records, long linked, long review, long unmatched) {
        public DepartmentRate {
            Objects.requireNonNull(department, "department");
        }

        /** linked / records, 0 when there are none. */
        public double matchRate() {
            return records == 0 ? 0 : (double) linked / records;
        }
    }

    /** How many conflicts of one kind (e.g. GRID_CONFLICT, SPLIT_MEMBERSHIP, DECISION_CONTRADICTED). */
    public record KindCount(String kind, long count) {
        public KindCount {
            Objects.requireNonNull(kind, "kind");
        }

        /** Counts of each kind in {@code kinds}, most frequent first (ties by kind). */
        public static List<KindCount> tally(Collection<String> kinds) {
            Map<String, Long> counts = new TreeMap<>();
            kinds.forEach(k -> counts.merge(k, 1L, Long::sum));
            List<KindCount> out = new ArrayList<>();
            counts.forEach((k, n) -> out.add(new KindCount(k, n)));
            out.sort(Comparator.comparingLong(KindCount::count).reversed().thenComparing(KindCount::kind));
            return out;
        }
    }

    /**
     * One crosswalk row, as in {@code grid_crosswalk.csv}.
     *
     * @param share the department grid's buildings in this unified grid over all its placed buildings
     */
    public record CrosswalkRow(
            String department, String departmentGrid, String unifiedGrid, long buildings, double share) {
        public CrosswalkRow {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(departmentGrid, "departmentGrid");
            Objects.requireNonNull(unifiedGrid, "unifiedGrid");
        }

        /** The row the resolver computed. */
        public static CrosswalkRow of(GridCrosswalkRow row) {
            return new CrosswalkRow(
                    row.department(), row.departmentGrid(), row.unifiedGrid(), row.buildings(), row.share());
        }
    }

    /**
     * One id change since the last run, as in the id-lineage table.
     *
     * @param change NEW, RETIRED, MERGED, SPLIT (or RENAMED/CORRECTED when the grid helper records those)
     * @param unifiedId the id concerned
     * @param relatedIds for MERGED the id it merged into; for SPLIT the ids it split into; else empty
     * @param address a display address of the building (unmasked: addresses are not personal data)
     */
    public record IdChange(String change, String unifiedId, List<String> relatedIds, String address) {
        public IdChange {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(unifiedId, "unifiedId");
            relatedIds = List.copyOf(relatedIds);
            Objects.requireNonNull(address, "address");
        }
    }

    /**
     * One row of the conflict table, as in {@code conflicts.csv}.
     *
     * @param unifiedBuildingId the building concerned, or {@code null} for a conflict about records only
     * @param records the record keys involved ({@code source:key})
     */
    public record ConflictRow(String kind, @Nullable String unifiedBuildingId, List<String> records, String reason) {
        public ConflictRow {
            Objects.requireNonNull(kind, "kind");
            records = List.copyOf(records);
            Objects.requireNonNull(reason, "reason");
        }

        /** A conflict the resolver found. */
        public static ConflictRow of(GridConflict conflict) {
            return new ConflictRow(
                    conflict.kind(), conflict.unifiedBuildingId(), conflict.records(), conflict.reason());
        }
    }
}
