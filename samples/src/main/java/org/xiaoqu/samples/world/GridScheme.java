package org.xiaoqu.samples.world;

/** How a department cuts the city into grid cells; each department uses one scheme. */
public enum GridScheme {
    /** 综治: each community cut into strips of about 60 buildings; the unified (true) grid. */
    COMMUNITY_STRIPS,
    /** 公安: each street cut into horizontal strips of about 200 buildings (警务责任区). */
    STREET_ROWS,
    /** 城管: a lattice of unit cells (单元网格) of about 80 buildings over each street. */
    STREET_LATTICE,
    /** 民政: one cell per community. */
    COMMUNITY,
    /** 消防: one cell per street. */
    STREET,
    /** 住建: one area (片区) per street, without geometry. */
    STREET_AREA
}
