package org.xiaoqu.grid;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.xiaoqu.report.Masking;
import org.xiaoqu.report.ReportLang;
import org.xiaoqu.report.TableWriter;
import org.xiaoqu.report.TableWriters;
import org.xiaoqu.schemas.OutputSchema;

/**
 * {@code --excel}: each output table again as .xlsx for people (Chinese or English headers from its Table Schema,
 * ids and codes as text cells, formula-like text neutralised, more than 1,048,576 rows over several sheets).
 */
final class GridExcel {
    /** The run folder's tables, each with its schema {@code grid/<name>}. */
    static final List<String> TABLES = List.of(
            "unified_buildings",
            "building_crosswalk",
            "grid_crosswalk",
            "conflicts",
            "unmatched",
            "review",
            "id_lineage");

    private GridExcel() {}

    static void write(Path out, ReportLang lang) {
        for (String name : TABLES) {
            OutputSchema schema = OutputSchema.load("grid/" + name);
            try (Reader in = Files.newBufferedReader(out.resolve(name + ".csv"), StandardCharsets.UTF_8);
                    TableWriter w = TableWriters.xlsx(out.resolve(name + ".xlsx"), schema, lang, Masking.off())) {
                for (CSVRecord r : CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
                    List<Object> row = new ArrayList<>(schema.fields().size());
                    for (OutputSchema.Field f : schema.fields()) {
                        String v = r.get(f.name());
                        row.add(
                                v == null || v.isEmpty()
                                        ? null
                                        : switch (f.type()) {
                                            case INTEGER -> Long.parseLong(v);
                                            case NUMBER -> Double.parseDouble(v);
                                            default -> v;
                                        });
                    }
                    w.write(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
