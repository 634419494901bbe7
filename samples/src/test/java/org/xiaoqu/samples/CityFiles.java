package org.xiaoqu.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a generated city's files the way a test needs them: rows as header → value maps. */
public final class CityFiles {
    private CityFiles() {}

    /** The rows of a CSV (GB18030 when it has no UTF-8 BOM and is not valid UTF-8) or of a workbook's first sheet. */
    public static List<Map<String, String>> rows(Path file) throws IOException {
        if (file.toString().endsWith(".xlsx")) {
            return sheet(file);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = new StringReader(text(file))) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                rows.add(new LinkedHashMap<>(r.toMap()));
            }
        }
        return rows;
    }

    /** A text file decoded: UTF-8 BOM stripped, GB18030 for the departments that write it. */
    static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        String path = file.toString();
        boolean gb = path.contains("综治")
                || path.contains("民政")
                || path.contains("行政处罚信息")
                || path.contains("严重失信主体名单")
                || path.contains("12345");
        Charset cs = gb ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        return new String(bytes, cs);
    }

    /** Every cell of every sheet as text, row by row: what "equal by cell values" compares. */
    static List<List<String>> cells(Path xlsx) throws IOException {
        List<List<String>> out = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx);
                Workbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                out.add(List.of("#sheet", sheet.getSheetName()));
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>();
                    for (Cell c : row) {
                        values.add(f.formatCellValue(c));
                    }
                    out.add(values);
                }
            }
        }
        return out;
    }

    private static List<Map<String, String>> sheet(Path file) throws IOException {
        List<List<String>> cells = cells(file);
        List<String> header = cells.get(1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> row : cells.subList(2, cells.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), i < row.size() ? row.get(i) : "");
            }
            rows.add(m);
        }
        return rows;
    }
}
