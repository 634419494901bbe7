package org.xiaoqu.samples;

/**
 * Every kind of dirt the generator puts into the departments' extracts, with its documented rate at each
 * {@link NoiseLevel}. A rate is the probability that one eligible unit (see {@link #unit()}) gets the noise;
 * the generator counts eligible and applied units so that the measured rates can be checked against this table.
 */
public enum NoiseKind {
    ADMIN_PREFIX(
            "record with a free-text address (综治, 公安, 消防, 住建)",
            "administrative prefix (市/区/街道) added where the department omits it, or dropped where it writes it",
            0.05,
            0.15,
            0.30),
    NO_DISTRICT(
            "record of a department that carries the district (all but 消防)",
            "district left out of both the district column and the address",
            0.02,
            0.05,
            0.12),
    DOORPLATE_ONLY(
            "record of a department that writes door-plates (综治, 公安, 城管, 消防)",
            "door-plate address (road + number) with no estate name",
            0.03,
            0.08,
            0.15),
    BUILDING_MARKER(
            "record not written as a building-unit code",
            "栋/幢/号楼/座/# other than the department's usual marker",
            0.05,
            0.15,
            0.30),
    CHINESE_NUMERAL(
            "record with a building number", "building and unit numbers in Chinese numerals (三栋)", 0.03, 0.08, 0.15),
    FINANCIAL_NUMERAL("record with a building number", "financial numerals (叁栋)", 0.005, 0.02, 0.05),
    FULLWIDTH_DIGITS("record with a building number", "full-width digits (３栋)", 0.02, 0.06, 0.12),
    SUFFIX_VARIATION("record naming the estate", "estate suffix added (小区) or dropped (华庭/花园/家园…)", 0.05, 0.12, 0.25),
    HOMOPHONE(
            "record naming the estate, the name having a character with a listed homophone",
            "one character of the estate name replaced by a homophone (华庭→华亭)",
            0.01,
            0.04,
            0.08),
    NEAR_FORM(
            "record naming the estate, the name having a character with a listed look-alike",
            "one character replaced by a look-alike (苑→宛)",
            0.005,
            0.02,
            0.05),
    TRADITIONAL("record naming the estate", "estate name and address in traditional characters", 0.005, 0.02, 0.05),
    OLD_NAME(
            "record naming an estate that has an old name",
            "the estate's old name instead of its current one",
            0.10,
            0.25,
            0.40),
    PHASE_OMITTED("record naming a phased estate by its current name", "phase (一期/二期) left out", 0.05, 0.20, 0.40),
    BUR_CODE(
            "unit-level line (公安's lines and UNIT_LINES)",
            "building-unit(-room) code such as 3-2 or 3-2-301 instead of 3栋2单元",
            0.10,
            0.25,
            0.40),
    UNIT_LINES(
            "building in a building-level department, 2+ units", "the building listed unit by unit", 0.01, 0.03, 0.06),
    MISSING("building in a department", "the building missing from that department's extract", 0.02, 0.05, 0.10),
    DUPLICATE(
            "building in a department",
            "a second record of the same building, written afresh, under another row key",
            0.005,
            0.02,
            0.05),
    GRID_CONFLICT(
            "building in a department, its district having 2+ cells of that grid",
            "the building placed in a neighbouring cell, not the one containing it",
            0.005,
            0.02,
            0.05),
    INVALID_CREDIT_CODE(
            "credit code written in 住建's enterprise or estate list",
            "wrong GB 32100-2015 check character",
            0.01,
            0.03,
            0.08);

    private final String unit;
    private final String description;
    private final double low;
    private final double medium;
    private final double high;

    NoiseKind(String unit, String description, double low, double medium, double high) {
        this.unit = unit;
        this.description = description;
        this.low = low;
        this.medium = medium;
        this.high = high;
    }

    /** What one eligible unit is (the denominator of the rate). */
    public String unit() {
        return unit;
    }

    /** What the noise does to a record. */
    public String description() {
        return description;
    }

    /** The documented probability at a level. */
    public double rate(NoiseLevel level) {
        return switch (level) {
            case LOW -> low;
            case MEDIUM -> medium;
            case HIGH -> high;
        };
    }
}
