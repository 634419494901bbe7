package org.xiaoqu.samples.departments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xiaoqu.samples.NoiseLevel;
import org.xiaoqu.samples.world.World;

/**
 * Writes every department's extracts, the truth and xiaoqu.yaml for a city fed to it one district at a time.
 * Open it, call {@link #district} for each district in order, then {@link #close}.
 */
public final class Extracts implements AutoCloseable {
    private final Path root;
    private final long seed;
    private final NoiseLevel level;
    private final NoiseCounter counter = new NoiseCounter();
    private final List<DepartmentWriter> writers = new ArrayList<>();
    private final HousingRegister register;
    private final TruthWriter truth;
    private long buildings;

    public Extracts(Path root, long seed, NoiseLevel level) throws IOException {
        this.root = root;
        this.seed = seed;
        this.level = level;
        for (Department d : Department.values()) {
            writers.add(new DepartmentWriter(root, d, seed, level, counter));
        }
        this.register = new HousingRegister(root, seed, level, counter);
        this.truth = new TruthWriter(root, seed);
    }

    /** Writes one district's records in every department and its truth. */
    public void district(World.District district) throws IOException {
        Map<String, String> phaseIndex = new HashMap<>();
        for (World.Building b : district.buildings()) {
            if (b.estate().phased()) {
                phaseIndex.put(b.estate().groupId() + "/" + b.estate().phase() + "/" + b.number(), b.id());
            }
        }
        for (DepartmentWriter w : writers) {
            w.startDistrict(district, phaseIndex);
        }
        StringBuilder missing = new StringBuilder();
        for (World.Building b : district.buildings()) {
            missing.setLength(0);
            for (DepartmentWriter w : writers) {
                if (!w.building(b)) {
                    missing.append(missing.length() == 0 ? "" : "|")
                            .append(w.department().chinese());
                }
            }
            truth.building(district, b, missing.toString());
        }
        for (DepartmentWriter w : writers) {
            w.endDistrict(truth.records);
        }
        register.district(district, truth);
        buildings += district.buildings().size();
    }

    /** The noise drawn so far. */
    public NoiseCounter noise() {
        return counter;
    }

    /** Rows written per source id, in the order of xiaoqu.yaml. */
    public Map<String, Long> rowsBySource() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (DepartmentWriter w : writers) {
            rows.put(w.department().id() + "-grids", w.cells());
            rows.put(w.department().id() + "-buildings", w.records());
        }
        rows.put("zhujian-estates", register.estateRows());
        rows.put("zhujian-enterprises", register.enterpriseRows());
        return rows;
    }

    /** Every file written, relative to the city's folder, sorted. Valid after {@link #close}. */
    public List<String> files() {
        List<String> files = new ArrayList<>();
        files.add("xiaoqu.yaml");
        for (DepartmentWriter w : writers) {
            Department d = w.department();
            files.add(d.chinese() + "/" + DepartmentWriter.gridFile(d));
            for (Path p : w.memberFiles(root)) {
                files.add(root.relativize(p).toString().replace('\\', '/'));
            }
        }
        files.add(Department.ZHUJIAN.chinese() + "/" + HousingRegister.ESTATES);
        files.add(Department.ZHUJIAN.chinese() + "/" + HousingRegister.ENTERPRISES);
        for (String t : TruthWriter.files()) {
            files.add("truth/" + t);
        }
        files.sort(null);
        return files;
    }

    @Override
    public void close() throws IOException {
        try (truth;
                register) {
            for (DepartmentWriter w : writers) {
                w.close();
            }
        }
        SourcesYaml.write(root, seed, level.name().toLowerCase(Locale.ROOT), (int) buildings);
    }
}
