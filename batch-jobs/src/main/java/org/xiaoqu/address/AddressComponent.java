package org.xiaoqu.address;

/** The components an address is parsed into, in their usual order from the largest to the smallest. */
public enum AddressComponent {
    PROVINCE,
    CITY,
    DISTRICT,
    /** Street office (街道) or town (镇, 乡). */
    TOWN,
    /** Residents' committee (社区, 居委会) or village (村). */
    COMMUNITY,
    ROAD,
    ROAD_NUMBER,
    /** The estate or other point of interest (小区, 花园, 大厦…). */
    ESTATE,
    /** A part of an estate named after it (玉兰苑 in 中光花园玉兰苑). */
    SUB_ESTATE,
    /** 一期, 二期… */
    PHASE,
    /** 栋, 幢, 座, 号楼. */
    BUILDING,
    /** 单元, 门, 梯. */
    UNIT,
    FLOOR,
    ROOM
}
