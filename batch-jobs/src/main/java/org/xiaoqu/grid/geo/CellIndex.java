package org.xiaoqu.grid.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/** Every department's cells in WGS-84, with an STRtree per department and cached overlap shares. */
final class CellIndex {
    private static final double METRES_PER_DEGREE = 111_320;
    private final String baseDepartment;
    private final Map<String, Map<String, Cell>> byDepartment = new HashMap<>();
    private final Map<String, STRtree> trees = new HashMap<>();
    private final Map<Cell, Map<String, Double>> overlapCache = new HashMap<>();
    private final boolean baseHasGeometry;

    CellIndex(String baseDepartment, List<GridCell> cells) {
        this.baseDepartment = baseDepartment;
        for (GridCell c : cells) {
            Geometry g = GridGeometry.toWgs84(c);
            Cell cell = new Cell(c, g, g == null ? null : PreparedGeometryFactory.prepare(g));
            Cell previous = byDepartment
                    .computeIfAbsent(c.department(), d -> new HashMap<>())
                    .putIfAbsent(c.gridCode(), cell);
            if (previous != null) {
                throw new IllegalArgumentException(c.describe() + ": code listed twice (also in source "
                        + previous.source().sourceId() + ")");
            }
            if (g != null) {
                trees.computeIfAbsent(c.department(), d -> new STRtree()).insert(g.getEnvelopeInternal(), cell);
            }
        }
        trees.values().forEach(STRtree::build);
        baseHasGeometry = trees.containsKey(baseDepartment);
    }

    boolean hasCells(String department) {
        return byDepartment.containsKey(department);
    }

    boolean baseHasGeometry() {
        return baseHasGeometry;
    }

    @Nullable
    Cell cell(String department, String code) {
        Map<String, Cell> cells = byDepartment.get(department);
        return cells == null ? null : cells.get(code);
    }

    @Nullable
    Cell baseCellAt(double lon, double lat, double toleranceMetres) {
        return cellAt(baseDepartment, lon, lat, toleranceMetres);
    }

    /**
     * The department's cell containing the point (the smallest code when cells overlap), else the nearest within
     * the tolerance, else null.
     */
    @Nullable
    Cell cellAt(String department, double lon, double lat, double toleranceMetres) {
        STRtree tree = trees.get(department);
        if (tree == null) {
            return null;
        }
        Envelope env = new Envelope(lon, lon, lat, lat);
        // a degree of longitude is shorter than one of latitude: expand by the longer of the two
        env.expandBy(toleranceMetres / METRES_PER_DEGREE / Math.max(0.01, Math.cos(Math.toRadians(lat))));
        @SuppressWarnings("unchecked")
        List<Cell> candidates = new ArrayList<>(tree.query(env));
        if (candidates.isEmpty()) {
            return null;
        }
        candidates.sort(Comparator.comparing(Cell::code));
        Point p = GridGeometry.point(lon, lat);
        Cell nearest = null;
        double nearestDistance = Double.POSITIVE_INFINITY;
        for (Cell c : candidates) {
            if (c.prepared().covers(p)) {
                return c;
            }
            double d = c.distanceMetres(lon, lat);
            if (d <= toleranceMetres && d < nearestDistance) {
                nearest = c;
                nearestDistance = d;
            }
        }
        return nearest;
    }

    /** Of the cell's area, the share inside each base cell it overlaps (sorted by base code; computed once). */
    Map<String, Double> overlapShares(Cell cell) {
        return overlapCache.computeIfAbsent(cell, this::computeOverlapShares);
    }

    private Map<String, Double> computeOverlapShares(Cell cell) {
        STRtree tree = trees.get(baseDepartment);
        Geometry g = cell.geometry();
        if (tree == null || g == null || g.getArea() <= 0) {
            return Map.of();
        }
        Map<String, Double> shares = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Cell> candidates = tree.query(g.getEnvelopeInternal());
        double area = g.getArea();
        for (Cell base : candidates) {
            if (!base.prepared().intersects(g)) {
                continue;
            }
            double overlap = base.geometry().intersection(g).getArea();
            if (overlap > 0) {
                shares.put(base.code(), overlap / area);
            }
        }
        return Collections.unmodifiableMap(shares);
    }

    /** A cell with its WGS-84 polygon (or null) prepared for fast point tests. Identity equality. */
    static final class Cell {
        private final GridCell source;
        private final @Nullable Geometry geometry;
        private final @Nullable PreparedGeometry prepared;

        Cell(GridCell source, @Nullable Geometry geometry, @Nullable PreparedGeometry prepared) {
            this.source = source;
            this.geometry = geometry;
            this.prepared = prepared;
        }

        GridCell source() {
            return source;
        }

        String code() {
            return source.gridCode();
        }

        @Nullable
        Geometry geometry() {
            return geometry;
        }

        @Nullable
        PreparedGeometry prepared() {
            return prepared;
        }

        /**
         * 0 when the cell covers the point, else the great-circle distance in metres to the cell's nearest point;
         * infinite without geometry.
         */
        double distanceMetres(double lon, double lat) {
            if (geometry == null || prepared == null) {
                return Double.POSITIVE_INFINITY;
            }
            Point p = GridGeometry.point(lon, lat);
            if (prepared.covers(p)) {
                return 0;
            }
            Coordinate nearest = DistanceOp.nearestPoints(geometry, p)[0];
            return CrsConversion.distanceMetres(nearest.x, nearest.y, lon, lat);
        }
    }
}
