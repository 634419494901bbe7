package org.xiaoqu.samples.departments;

import org.xiaoqu.samples.world.Coordinates.Crs;
import org.xiaoqu.samples.world.GridScheme;

/** The six departments whose grid extracts the generator writes, with their habits. */
public enum Department {
    /** Comprehensive governance: the base layer. Full administrative prefix, 栋, GB18030 from Windows. */
    ZONGZHI(
            "综治",
            "zongzhi",
            "ZZ",
            GridScheme.COMMUNITY_STRIPS,
            Crs.GCJ02,
            Prefix.CITY_DISTRICT_STREET,
            "栋",
            Format.CSV_GB18030),
    /** Police: one line per unit, door-plate and estate in the standard address, WGS-84 points. */
    GONGAN("公安", "gongan", "GA", GridScheme.STREET_ROWS, Crs.WGS84, Prefix.CITY_DISTRICT, "幢", Format.CSV_UTF8_BOM),
    /** Urban management: structured columns in an Excel workbook, BD-09 points from a Baidu-based system. */
    CHENGGUAN("城管", "chengguan", "CG", GridScheme.STREET_LATTICE, Crs.BD09, Prefix.NONE, "号楼", Format.XLSX),
    /** Civil affairs: by community, structured columns, GB18030. */
    MINZHENG("民政", "minzheng", "MZ", GridScheme.COMMUNITY, Crs.WGS84, Prefix.NONE, "栋", Format.CSV_GB18030),
    /** Fire: short addresses (芙蓉华庭3#) with no district, GCJ-02 points. */
    XIAOFANG("消防", "xiaofang", "XF", GridScheme.STREET, Crs.GCJ02, Prefix.NONE, "#", Format.CSV_UTF8_BOM),
    /** Housing: the project register by phase, door-plate location, plus the estate and enterprise lists. */
    ZHUJIAN("住建", "zhujian", "ZJ", GridScheme.STREET_AREA, Crs.WGS84, Prefix.DISTRICT, "栋", Format.CSV_UTF8_BOM);

    /** Which administrative prefix a department habitually writes before an address. */
    enum Prefix {
        NONE,
        DISTRICT,
        CITY_DISTRICT,
        CITY_DISTRICT_STREET
    }

    /** How a department's files are written. */
    enum Format {
        CSV_GB18030,
        CSV_UTF8_BOM,
        XLSX
    }

    private final String chinese;
    private final String id;
    private final String recordPrefix;
    private final GridScheme scheme;
    private final Crs crs;
    private final Prefix prefix;
    private final String marker;
    private final Format format;

    Department(
            String chinese,
            String id,
            String recordPrefix,
            GridScheme scheme,
            Crs crs,
            Prefix prefix,
            String marker,
            Format format) {
        this.chinese = chinese;
        this.id = id;
        this.recordPrefix = recordPrefix;
        this.scheme = scheme;
        this.crs = crs;
        this.prefix = prefix;
        this.marker = marker;
        this.format = format;
    }

    /** The department's Chinese name, also its folder in the generated city. */
    public String chinese() {
        return chinese;
    }

    /** The stem of its source ids in xiaoqu.yaml. */
    public String id() {
        return id;
    }

    String recordPrefix() {
        return recordPrefix;
    }

    /** The grid scheme of the department's cells. */
    public GridScheme scheme() {
        return scheme;
    }

    /** The coordinate system of its points and polygons. */
    public Crs crs() {
        return crs;
    }

    Prefix prefix() {
        return prefix;
    }

    String marker() {
        return marker;
    }

    Format format() {
        return format;
    }

    /** Whether its membership records are one line per unit rather than per building. */
    boolean unitLevel() {
        return this == GONGAN;
    }

    /** Whether it writes a free-text address carrying an administrative prefix (or could). */
    boolean freeAddress() {
        return this == ZONGZHI || this == GONGAN || this == XIAOFANG || this == ZHUJIAN;
    }

    /** Whether it writes door-plates, so that a record may carry a door-plate and no estate name. */
    boolean doorplates() {
        return this == ZONGZHI || this == GONGAN || this == CHENGGUAN || this == XIAOFANG;
    }

    /** Whether it carries the district at all (a column or the address prefix). */
    boolean carriesDistrict() {
        return this != XIAOFANG;
    }

    /** Whether its membership records carry point coordinates. */
    boolean points() {
        return this == GONGAN || this == CHENGGUAN || this == XIAOFANG;
    }

    /** Whether its grid cells carry WKT polygons. */
    boolean polygons() {
        return this == ZONGZHI || this == GONGAN || this == CHENGGUAN || this == XIAOFANG;
    }
}
