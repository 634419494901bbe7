package org.xiaoqu.samples.world;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** Cuts a street into the cells of every department's grid scheme and finds the cell containing a point. */
final class GridCells {
    private GridCells() {}

    static Map<GridScheme, List<World.Cell>> forStreet(
            World.Street street, int[] communityTargets, int streetTarget, SplittableRandom people) {
        Map<GridScheme, List<World.Cell>> out = new EnumMap<>(GridScheme.class);
        String shortName = street.name().replaceAll("(街道|镇|乡)$", "");
        List<World.Cell> strips = new ArrayList<>();
        List<World.Cell> communities = new ArrayList<>();
        for (int j = 0; j < street.communities().size(); j++) {
            World.Community c = street.communities().get(j);
            int n = Math.max(1, Math.round(communityTargets[j] / 60f));
            for (int k = 0; k < n; k++) {
                strips.add(cell(
                        GridScheme.COMMUNITY_STRIPS,
                        c.code() + String.format("%03d", k + 1),
                        c.name() + "第" + Numerals.chinese(k + 1) + "网格",
                        street,
                        c,
                        c.rect().column(k, n),
                        people));
            }
            communities.add(cell(GridScheme.COMMUNITY, c.code(), c.name() + "网格", street, c, c.rect(), people));
        }
        out.put(GridScheme.COMMUNITY_STRIPS, strips);
        out.put(GridScheme.COMMUNITY, communities);
        List<World.Cell> rows = new ArrayList<>();
        int nRows = Math.max(1, Math.round(streetTarget / 200f));
        for (int k = 0; k < nRows; k++) {
            rows.add(cell(
                    GridScheme.STREET_ROWS,
                    "GA" + street.code() + String.format("%02d", k + 1),
                    shortName + "第" + Numerals.chinese(k + 1) + "警务责任区",
                    street,
                    null,
                    street.rect().row(k, nRows),
                    people));
        }
        out.put(GridScheme.STREET_ROWS, rows);
        List<World.Cell> lattice = new ArrayList<>();
        int n = Math.max(1, Math.round(streetTarget / 80f));
        int cols = (int) Math.ceil(Math.sqrt(n));
        int nr = DistrictBuilder.ceilDiv(n, cols);
        for (int i = 0; i < cols; i++) {
            for (int k = 0; k < nr; k++) {
                String code = street.code() + String.format("%02d%02d", i + 1, k + 1);
                lattice.add(cell(
                        GridScheme.STREET_LATTICE,
                        code,
                        shortName + "单元网格" + code.substring(9),
                        street,
                        null,
                        street.rect().cell(i, k, cols, nr),
                        people));
            }
        }
        out.put(GridScheme.STREET_LATTICE, lattice);
        out.put(
                GridScheme.STREET,
                List.of(cell(
                        GridScheme.STREET,
                        "XF" + street.code(),
                        shortName + "消防网格",
                        street,
                        null,
                        street.rect(),
                        people)));
        out.put(
                GridScheme.STREET_AREA,
                List.of(new World.Cell(
                        GridScheme.STREET_AREA,
                        "ZJ" + street.code(),
                        shortName + "片区",
                        street,
                        null,
                        null,
                        NameBank.person(people),
                        NameBank.phone(people))));
        return out;
    }

    private static World.Cell cell(
            GridScheme scheme,
            String code,
            String name,
            World.Street street,
            World.@Nullable Community community,
            Rect rect,
            SplittableRandom people) {
        return new World.Cell(
                scheme, code, name, street, community, rect, NameBank.person(people), NameBank.phone(people));
    }

    /** The code of the cell containing the point; community-bound schemes look only in that community. */
    static String locate(List<World.Cell> cells, World.Community community, double lon, double lat) {
        World.Cell fallback = cells.get(0);
        for (World.Cell c : cells) {
            if (c.community() != null && c.community() != community) {
                continue;
            }
            if (c.rect() == null || c.rect().contains(lon, lat)) {
                return c.code();
            }
            fallback = c;
        }
        return fallback.code();
    }
}
