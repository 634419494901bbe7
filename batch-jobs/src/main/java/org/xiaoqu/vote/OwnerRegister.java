package org.xiaoqu.vote;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.source.NamedColumns;
import org.xiaoqu.source.NamedColumns.Column;

/**
 * The owners' register (业主名册) of one estate: every exclusive part (专有部分) with its owner and its area from
 * the property register. Counting follows 法释〔2009〕7号 (2020) arts. 8–9: the building's total area is the sum of
 * the exclusive parts; one exclusive part is one owner, but a person owning several counts once and the
 * developer's unsold units together count as one owner.
 */
public final class OwnerRegister {
    /** The owner key every unsold unit of the developer shares. */
    public static final String DEVELOPER = "#developer";

    static final List<Column> COLUMNS = List.of(
            Column.required("unit_id", "房屋编号", "房号编码", "专有部分编号"),
            Column.required("owner_id", "业主编号", "业主证件号", "权利人编号"),
            Column.optional("owner_name", "业主姓名", "权利人", "业主"),
            Column.required("area", "专有部分面积", "建筑面积", "面积"),
            Column.optional("area_source", "面积来源"),
            Column.optional("unsold", "建设单位未售", "未售", "开发商未售"),
            Column.optional("disputed", "权属争议", "争议"));

    /**
     * One exclusive part.
     *
     * @param unitId its id, as the e-vote export writes it
     * @param ownerId the owner's id (an ID number, a credit code for the developer)
     * @param ownerName the owner's name
     * @param ownerKey whom it counts for: the owner's id, or {@link #DEVELOPER} for an unsold unit
     * @param area the exclusive area in square metres, exact as written
     * @param unsold whether the developer has not sold (or not delivered) it yet
     * @param disputed whether its ownership is in dispute: its ballots are not counted
     */
    public record Unit(
            String unitId,
            String ownerId,
            String ownerName,
            String ownerKey,
            BigDecimal area,
            boolean unsold,
            boolean disputed) {}

    private final Map<String, Unit> units;
    private final Map<String, BigDecimal> areaByOwner;
    private final BigDecimal totalArea;
    private final int owners;

    public OwnerRegister(List<Unit> list) {
        Map<String, Unit> byId = new LinkedHashMap<>();
        Map<String, BigDecimal> area = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Unit u : list) {
            byId.put(u.unitId(), u);
            keys.add(u.ownerKey());
            total = total.add(u.area());
            if (!u.disputed()) {
                area.merge(u.ownerKey(), u.area(), BigDecimal::add);
            }
        }
        this.units = Collections.unmodifiableMap(byId);
        this.areaByOwner = area;
        this.totalArea = total;
        this.owners = keys.size();
    }

    /** Reads a register file (CSV or Excel, any encoding, Chinese or English headers). */
    public static OwnerRegister read(Path file) {
        List<Unit> list = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (NamedColumns.Row row : NamedColumns.read(file, COLUMNS)) {
            String unit = row.get("unit_id");
            String owner = row.get("owner_id");
            if (unit.isEmpty() || owner.isEmpty()) {
                throw rejected(row, unit.isEmpty() ? "unit_id" : "owner_id", "is empty");
            }
            if (!seen.add(unit)) {
                throw rejected(row, "unit_id", "unit " + unit + " is registered twice");
            }
            BigDecimal area;
            try {
                area = new BigDecimal(row.get("area"));
            } catch (NumberFormatException e) {
                throw rejected(row, "area", "'" + row.get("area") + "' is not a number of square metres");
            }
            if (area.signum() <= 0) {
                throw rejected(row, "area", "must be positive, not " + area.toPlainString());
            }
            boolean unsold = yes(row.get("unsold"));
            list.add(new Unit(
                    unit,
                    owner,
                    row.get("owner_name"),
                    unsold ? DEVELOPER : owner,
                    area,
                    unsold,
                    yes(row.get("disputed"))));
        }
        return new OwnerRegister(list);
    }

    private static XiaoquException rejected(NamedColumns.Row row, String field, String what) {
        return new XiaoquException(ExitCode.INPUT_REJECTED, row.where() + ": " + field + ": " + what);
    }

    static boolean yes(String v) {
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是", "有" -> true;
            default -> false;
        };
    }

    public @Nullable Unit unit(String unitId) {
        return units.get(unitId);
    }

    /** An owner's area that can count: the sum of their units not in dispute. */
    public BigDecimal countableArea(String ownerKey) {
        return areaByOwner.getOrDefault(ownerKey, BigDecimal.ZERO);
    }

    /** The building's total exclusive area: every unit's, disputed ones included (art. 8). */
    public BigDecimal totalArea() {
        return totalArea;
    }

    /** The number of owners as art. 9 counts them. */
    public int owners() {
        return owners;
    }

    public int units() {
        return units.size();
    }
}
