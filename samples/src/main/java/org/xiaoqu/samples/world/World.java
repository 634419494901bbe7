package org.xiaoqu.samples.world;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The records of the synthetic world. Coordinates are WGS-84; departments convert them to their own system. */
public final class World {
    private World() {}

    /** A real Hunan county-level division with its real streets and towns (街道/镇/乡). */
    public record Area(String code, String name, String cityCode, String cityName, List<Division> streets) {
        public Area {
            streets = List.copyOf(streets);
        }
    }

    /** A real township-level division. */
    public record Division(String code, String name) {}

    /** One district of the generated city, with everything in it. */
    public record District(
            Area area,
            Rect rect,
            List<Street> streets,
            List<Estate> estates,
            List<Building> buildings,
            List<Enterprise> enterprises,
            Map<GridScheme, List<Cell>> cells) {
        public String code() {
            return area.code();
        }

        public String name() {
            return area.name();
        }
    }

    /** A real street (街道) or town with the roads and communities generated in it. */
    public record Street(String code, String name, Rect rect, List<String> roads, List<Community> communities) {}

    /** A generated community (社区); its code extends the street's nine digits by three. */
    public record Community(String code, String name, Rect rect) {}

    /**
     * One estate, or one phase of a phased estate: each phase numbers its buildings from 1. {@code groupId} is
     * shared by the phases of one estate; {@code phaseSizes} holds the building count of every phase.
     */
    public record Estate(
            String id,
            String groupId,
            String name,
            @Nullable String oldName,
            int phase,
            List<Integer> phaseSizes,
            Street street,
            Community community,
            String road,
            int roadNumber,
            @Nullable Enterprise enterprise,
            String propertyService,
            boolean partyOrg,
            @Nullable String committeeChair,
            @Nullable String committeeSince,
            boolean pilot,
            Rect rect) {
        public boolean phased() {
            return phase > 0;
        }

        /** 一期, 二期… or empty when the estate is not phased. */
        public String phaseText() {
            return phase == 0 ? "" : Numerals.chinese(phase) + "期";
        }

        /** Whether another phase of the same estate also has a building with this number. */
        public boolean otherPhaseHas(int number) {
            for (int p = 1; p <= phaseSizes.size(); p++) {
                if (p != phase && phaseSizes.get(p - 1) >= number) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A residential building (栋); {@code cells} holds the code of the cell containing it, per grid scheme. */
    public record Building(
            String id,
            Estate estate,
            int number,
            int units,
            int floors,
            int perFloor,
            int households,
            long exclusiveAreaCentiSquareMetres,
            double lon,
            double lat,
            String[] cells) {
        public String cell(GridScheme scheme) {
            return cells[scheme.ordinal()];
        }
    }

    /** A property-service enterprise (物业服务企业) with a valid unified social credit code. */
    public record Enterprise(
            String creditCode,
            String name,
            String legalRepresentative,
            String registeredAddress,
            String districtCode,
            String establishedOn,
            String qualification) {}

    /** A grid cell of one department's scheme; {@code rect} is null for grids without geometry. */
    public record Cell(
            GridScheme scheme,
            String code,
            String name,
            Street street,
            @Nullable Community community,
            @Nullable Rect rect,
            String workerName,
            String workerPhone) {}
}
