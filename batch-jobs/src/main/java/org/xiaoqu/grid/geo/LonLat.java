package org.xiaoqu.grid.geo;

/** A longitude/latitude pair in degrees, in whatever system the caller says. */
public record LonLat(double lon, double lat) {}
