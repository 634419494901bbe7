package org.xiaoqu.samples.departments;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.xiaoqu.samples.NoiseKind;
import org.xiaoqu.samples.NoiseLevel;
import org.xiaoqu.samples.world.Seeds;
import org.xiaoqu.samples.world.World;

/**
 * One department's grid-cell file and membership file, written district by district: a district's lines are
 * buffered, shuffled (departments do not export in building order) and written, so memory stays per district.
 */
final class DepartmentWriter implements AutoCloseable {
    static final Charset GB18030 = Charset.forName("GB18030");

    private final Department d;
    private final long seed;
    private final NoiseLevel level;
    private final NoiseCounter counter;
    private final List<Layouts.Col> memberCols;
    private final List<Layouts.Col> gridCols;
    private final RowSink members;
    private final RowSink grid;
    private final List<Line> lines = new ArrayList<>();
    private World.District district;
    private Map<String, String> phaseIndex = Map.of();
    private Draws draws;
    private int seq;
    private long records;
    private long cells;

    DepartmentWriter(Path root, Department d, long seed, NoiseLevel level, NoiseCounter counter) throws IOException {
        this.d = d;
        this.seed = seed;
        this.level = level;
        this.counter = counter;
        this.memberCols = Layouts.members(d);
        this.gridCols = Layouts.grid(d);
        Path folder = root.resolve(d.chinese());
        this.members = switch (d.format()) {
            case XLSX -> new XlsxSink(folder.resolve(membersFile(d)), "楼栋", Layouts.headers(memberCols));
            case CSV_GB18030 ->
                new CsvSink(folder.resolve(membersFile(d)), GB18030, false, true, Layouts.headers(memberCols));
            case CSV_UTF8_BOM ->
                new CsvSink(
                        folder.resolve(membersFile(d)),
                        StandardCharsets.UTF_8,
                        true,
                        false,
                        Layouts.headers(memberCols));
        };
        boolean gb = d.format() == Department.Format.CSV_GB18030;
        this.grid = new CsvSink(
                folder.resolve(gridFile(d)), gb ? GB18030 : StandardCharsets.UTF_8, !gb, gb, Layouts.headers(gridCols));
    }

    static String membersFile(Department d) {
        return switch (d) {
            case ZONGZHI -> "网格楼栋.csv";
            case GONGAN -> "实有房屋.csv";
            case CHENGGUAN -> "部件楼栋.xlsx";
            case MINZHENG -> "社区楼栋.csv";
            case XIAOFANG -> "消防楼栋.csv";
            case ZHUJIAN -> "小区楼栋.csv";
        };
    }

    static String gridFile(Department d) {
        return switch (d) {
            case ZONGZHI -> "网格.csv";
            case GONGAN -> "警务责任区.csv";
            case CHENGGUAN -> "单元网格.csv";
            case MINZHENG -> "社区网格.csv";
            case XIAOFANG -> "消防网格.csv";
            case ZHUJIAN -> "片区.csv";
        };
    }

    void startDistrict(World.District district, Map<String, String> phaseIndex) throws IOException {
        this.district = district;
        this.phaseIndex = phaseIndex;
        this.draws = new Draws(
                Seeds.random(seed, Long.parseLong(district.code()), Seeds.DEPARTMENT_NOISE + d.ordinal()),
                level,
                counter);
        this.seq = 0;
        lines.clear();
        for (World.Cell cell : district.cells().get(d.scheme())) {
            grid.row(Layouts.gridRow(d, gridCols, district, cell));
            cells++;
        }
    }

    /** Writes the building's records, or none when the department misses it; returns whether it has it. */
    boolean building(World.Building b) {
        if (draws.draw(NoiseKind.MISSING)) {
            return false;
        }
        List<World.Cell> schemeCells = district.cells().get(d.scheme());
        String gridCode = b.cell(d.scheme());
        boolean conflict = schemeCells.size() >= 2 && draws.draw(NoiseKind.GRID_CONFLICT);
        if (conflict) {
            gridCode = neighbour(schemeCells, gridCode);
        }
        boolean unitLines = d.unitLevel() || (b.units() >= 2 && draws.draw(NoiseKind.UNIT_LINES));
        if (unitLines) {
            for (int u = 1; u <= b.units(); u++) {
                add(b, u, gridCode, conflict, !d.unitLevel(), false);
            }
        } else {
            add(b, 0, gridCode, conflict, false, false);
        }
        if (draws.draw(NoiseKind.DUPLICATE)) {
            add(
                    b,
                    unitLines ? 1 + draws.random.nextInt(b.units()) : 0,
                    gridCode,
                    conflict,
                    !d.unitLevel() && unitLines,
                    true);
        }
        return true;
    }

    private void add(
            World.Building b, int unit, String gridCode, boolean conflict, boolean unitLines, boolean duplicate) {
        Line l = Renderer.render(d, district, b, unit, draws, phaseIndex);
        l.gridCode = gridCode;
        if (conflict) {
            l.noise.add(NoiseKind.GRID_CONFLICT);
        }
        if (unitLines) {
            l.noise.add(NoiseKind.UNIT_LINES);
        }
        if (duplicate) {
            l.noise.add(NoiseKind.DUPLICATE);
        }
        l.recordId = d.recordPrefix() + district.code() + pad7(++seq);
        lines.add(l);
    }

    private static String neighbour(List<World.Cell> cells, String code) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).code().equals(code)) {
                return cells.get(i + 1 < cells.size() ? i + 1 : i - 1).code();
            }
        }
        throw new IllegalStateException("cell not in its district: " + code);
    }

    /** Shuffles the district's lines and writes them with their truth. */
    void endDistrict(RowSink truth) throws IOException {
        Collections.shuffle(lines, new Random(draws.random.nextLong()));
        String source = d.id() + "-buildings";
        for (Line l : lines) {
            members.row(Layouts.memberRow(memberCols, l));
            truth.row(
                    source,
                    l.recordId,
                    l.buildingId,
                    l.unitNo == 0 ? "" : Integer.toString(l.unitNo),
                    l.ambiguous ? "true" : "false",
                    l.candidates,
                    l.noiseText());
        }
        records += lines.size();
        lines.clear();
    }

    private static String pad7(int n) {
        String s = Integer.toString(n);
        return "0000000".substring(s.length()) + s;
    }

    Department department() {
        return d;
    }

    long records() {
        return records;
    }

    long cells() {
        return cells;
    }

    /** The membership files written (a workbook may have rolled over into several). */
    List<Path> memberFiles(Path root) {
        if (members instanceof XlsxSink x) {
            return x.files();
        }
        return List.of(root.resolve(d.chinese()).resolve(membersFile(d)));
    }

    @Override
    public void close() throws IOException {
        try (grid) {
            members.close();
        }
    }
}
