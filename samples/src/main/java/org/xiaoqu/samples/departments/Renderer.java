package org.xiaoqu.samples.departments;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.samples.NoiseKind;
import org.xiaoqu.samples.world.Coordinates;
import org.xiaoqu.samples.world.Numerals;
import org.xiaoqu.samples.world.World;

/** Writes one building (or one of its units) the way a department writes it, drawing that department's noise. */
final class Renderer {
    private static final List<String> MARKERS = List.of("栋", "幢", "号楼", "座", "#");

    private Renderer() {}

    /**
     * @param unit 0 for a building-level record, else the unit number of a unit-level line
     * @param phaseIndex building id by {@code groupId/phase/number}, to name the candidates of ambiguous records
     */
    static Line render(
            Department d,
            World.District district,
            World.Building b,
            int unit,
            Draws draws,
            Map<String, String> phaseIndex) {
        Line l = new Line();
        l.buildingId = b.id();
        l.unitNo = unit;
        World.Estate e = b.estate();

        boolean noDistrict = d.carriesDistrict() && mark(l, NoiseKind.NO_DISTRICT, draws);
        boolean prefix = d.prefix() != Department.Prefix.NONE;
        if (d.freeAddress() && mark(l, NoiseKind.ADMIN_PREFIX, draws)) {
            prefix = !prefix;
        }
        boolean doorplate = d.doorplates() && mark(l, NoiseKind.DOORPLATE_ONLY, draws);
        String name = "";
        String phase = "";
        boolean traditional = false;
        if (!doorplate) {
            boolean old = e.oldName() != null && mark(l, NoiseKind.OLD_NAME, draws);
            name = old ? e.oldName() : e.name();
            if (mark(l, NoiseKind.SUFFIX_VARIATION, draws)) {
                name = Variants.suffix(name);
            }
            if (Variants.hasHomophone(name) && mark(l, NoiseKind.HOMOPHONE, draws)) {
                name = Variants.homophone(name, draws.random);
            }
            if (Variants.hasNearForm(name) && mark(l, NoiseKind.NEAR_FORM, draws)) {
                name = Variants.nearForm(name, draws.random);
            }
            if (e.phased() && !old) {
                phase = mark(l, NoiseKind.PHASE_OMITTED, draws) ? "" : e.phaseText();
            }
            traditional = mark(l, NoiseKind.TRADITIONAL, draws);
        }
        boolean bur = unit > 0 && mark(l, NoiseKind.BUR_CODE, draws);
        String marker = d.marker();
        if (!bur && mark(l, NoiseKind.BUILDING_MARKER, draws)) {
            List<String> others =
                    MARKERS.stream().filter(m -> !m.equals(d.marker())).toList();
            marker = others.get(draws.random.nextInt(others.size()));
        }
        @Nullable NoiseKind numerals = draws.numerals();
        if (numerals != null) {
            l.noise.add(numerals);
        }
        String bNo = number(b.number(), numerals);
        String building;
        String unitText = "";
        if (bur) {
            building = bNo + "-" + number(unit, numerals);
            if (draws.random.nextBoolean()) {
                int room = (1 + draws.random.nextInt(b.floors())) * 100 + 1 + draws.random.nextInt(b.perFloor());
                String r = Integer.toString(room);
                building += "-" + (numerals == NoiseKind.FULLWIDTH_DIGITS ? Numerals.fullWidth(r) : r);
            }
        } else {
            building = bNo + marker;
            if (unit > 0) {
                unitText = number(unit, numerals) + "单元";
            }
        }

        String doorplateText = e.road() + e.roadNumber() + "号";
        String place;
        if (doorplate) {
            place = doorplateText;
        } else {
            place = (d == Department.GONGAN ? doorplateText : "") + name + phase;
        }
        String prefixText = prefix ? prefixText(d, district, e, noDistrict) : "";
        l.address = d == Department.ZHUJIAN ? prefixText + doorplateText : prefixText + place + building + unitText;
        l.district = d.carriesDistrict() && !noDistrict ? district.name() : "";
        l.street = e.street().name();
        l.community = e.community().name();
        l.estateName = d == Department.ZONGZHI ? name + phase : name;
        l.phase = phase;
        l.building = building;
        l.unit = unitText;
        l.road = e.road();
        l.roadNumber = e.roadNumber() + "号";
        l.households = Integer.toString(unit > 0 ? b.households() / b.units() : b.households());
        l.floors = Integer.toString(b.floors());
        l.units = Integer.toString(b.units());
        if (traditional) {
            l.estateName = Variants.traditional(l.estateName);
            l.phase = Variants.traditional(l.phase);
            l.building = Variants.traditional(l.building);
            l.unit = Variants.traditional(l.unit);
            l.address = Variants.traditional(l.address);
        }
        if (d.points()) {
            double lon = b.lon() + (draws.random.nextDouble() - 0.5) * 0.0001;
            double lat = b.lat() + (draws.random.nextDouble() - 0.5) * 0.0001;
            Coordinates.Point p = Coordinates.fromWgs84(lon, lat, d.crs());
            l.lon = Wkt.degrees(p.lon());
            l.lat = Wkt.degrees(p.lat());
        }
        boolean carriesDoorplate =
                doorplate || d == Department.GONGAN || d == Department.CHENGGUAN || d == Department.ZHUJIAN;
        if (e.phased() && phase.isEmpty() && e.otherPhaseHas(b.number()) && !carriesDoorplate && !d.points()) {
            l.ambiguous = true;
            StringBuilder c = new StringBuilder();
            for (int p = 1; p <= e.phaseSizes().size(); p++) {
                String other = phaseIndex.get(e.groupId() + "/" + p + "/" + b.number());
                if (p != e.phase() && other != null) {
                    c.append(c.length() == 0 ? "" : "|").append(other);
                }
            }
            l.candidates = c.toString();
        }
        return l;
    }

    private static boolean mark(Line l, NoiseKind kind, Draws draws) {
        boolean hit = draws.draw(kind);
        if (hit) {
            l.noise.add(kind);
        }
        return hit;
    }

    private static String prefixText(Department d, World.District district, World.Estate e, boolean noDistrict) {
        String city = district.area().cityName();
        String dist = noDistrict ? "" : district.name();
        return switch (d.prefix()) {
            case CITY_DISTRICT_STREET -> city + dist + e.street().name();
            case DISTRICT -> noDistrict ? city : dist;
            case CITY_DISTRICT, NONE -> city + dist;
        };
    }

    static String number(int n, @Nullable NoiseKind style) {
        if (style == null) {
            return Integer.toString(n);
        }
        return switch (style) {
            case CHINESE_NUMERAL -> Numerals.chinese(n);
            case FINANCIAL_NUMERAL -> Numerals.financial(n);
            case FULLWIDTH_DIGITS -> Numerals.fullWidth(Integer.toString(n));
            default -> throw new IllegalArgumentException("not a numeral style: " + style);
        };
    }
}
