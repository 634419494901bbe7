package org.xiaoqu.samples.departments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Writes xiaoqu.yaml describing every generated file as a source, in the shared contract's format. */
final class SourcesYaml {
    private SourcesYaml() {}

    static void write(Path root, long seed, String noise, int buildings) throws IOException {
        StringBuilder y = new StringBuilder();
        y.append("# A synthetic city written by `xiaoqu samples generate` (seed ")
                .append(seed)
                .append(", noise ")
                .append(noise)
                .append(", ")
                .append(buildings)
                .append(" buildings).\n");
        y.append(
                "# Every departmental file is a source below; the ground truth is in truth/ (see samples/README.md).\n");
        y.append("defaults:\n  encoding: auto\n  maxRejectRatio: 0.01\n");
        y.append("sources:\n");
        for (Department d : Department.values()) {
            boolean gb = d.format() == Department.Format.CSV_GB18030;
            source(
                    y,
                    d.id() + "-grids",
                    d,
                    "grid-cell",
                    d.chinese() + "/" + DepartmentWriter.gridFile(d),
                    gb ? "gb18030" : "utf-8",
                    null,
                    d.polygons() ? d.crs().label() : null,
                    Layouts.grid(d));
            String file = d.chinese() + "/" + DepartmentWriter.membersFile(d);
            @Nullable String sheet = null;
            @Nullable String encoding = gb ? "gb18030" : "utf-8";
            if (d.format() == Department.Format.XLSX) {
                file = file.replace(".xlsx", "*.xlsx");
                sheet = "楼栋";
                encoding = null;
            }
            source(
                    y,
                    d.id() + "-buildings",
                    d,
                    "grid-membership",
                    file,
                    encoding,
                    sheet,
                    d.points() ? d.crs().label() : null,
                    Layouts.members(d));
        }
        Department h = Department.ZHUJIAN;
        source(
                y,
                "zhujian-estates",
                h,
                "estate",
                h.chinese() + "/" + HousingRegister.ESTATES,
                "utf-8",
                null,
                null,
                HousingRegister.ESTATE_COLS);
        source(
                y,
                "zhujian-enterprises",
                h,
                "enterprise",
                h.chinese() + "/" + HousingRegister.ENTERPRISES,
                "utf-8",
                null,
                null,
                HousingRegister.ENTERPRISE_COLS);
        Files.writeString(root.resolve("xiaoqu.yaml"), y.toString(), StandardCharsets.UTF_8);
    }

    private static void source(
            StringBuilder y,
            String id,
            Department d,
            String kind,
            String file,
            @Nullable String encoding,
            @Nullable String sheet,
            @Nullable String crs,
            List<Layouts.Col> cols) {
        y.append("  - id: ").append(id).append('\n');
        y.append("    department: ").append(d.chinese()).append('\n');
        y.append("    kind: ").append(kind).append('\n');
        y.append("    file: ").append(file).append('\n');
        if (encoding != null) {
            y.append("    encoding: ").append(encoding).append('\n');
        }
        if (sheet != null) {
            y.append("    sheet: ").append(sheet).append('\n');
        }
        if (crs != null) {
            y.append("    crs: ").append(crs).append('\n');
        }
        y.append("    columns:\n");
        for (Layouts.Col c : cols) {
            if (c.canonical()) {
                y.append("      ")
                        .append(c.key())
                        .append(": ")
                        .append(c.header())
                        .append('\n');
            }
        }
    }
}
