package org.xiaoqu.samples.departments;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook (POI SXSSF: only a window of rows in memory). Every cell is text, as departments' exports
 * keep codes and numbers as text. Past {@link #MAX_ROWS} data rows it starts a further file, {@code name-2.xlsx},
 * so that a million-building city stays within Excel's sheet limit; the source names them with a glob.
 */
public final class XlsxSink implements RowSink {
    static final int MAX_ROWS = 1_000_000;

    private final Path first;
    private final String sheetName;
    private final String[] header;
    private final List<Path> files = new ArrayList<>();
    private SXSSFWorkbook workbook;
    private Sheet sheet;
    private int rowIndex;

    public XlsxSink(Path file, String sheetName, String... header) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.first = file;
        this.sheetName = sheetName;
        this.header = header.clone();
        open(file);
    }

    private void open(Path file) throws IOException {
        files.add(file);
        workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(sheetName);
        rowIndex = 0;
        write(header);
    }

    @Override
    public void row(String... cells) throws IOException {
        if (rowIndex > MAX_ROWS) {
            finish();
            String name = first.getFileName().toString().replaceFirst("\\.xlsx$", "");
            open(first.resolveSibling(name + "-" + (files.size() + 1) + ".xlsx"));
        }
        write(cells);
    }

    private void write(String[] cells) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    /** The files written so far. */
    List<Path> files() {
        return List.copyOf(files);
    }

    private void finish() throws IOException {
        try (OutputStream out = Files.newOutputStream(files.get(files.size() - 1))) {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    @Override
    public void close() throws IOException {
        finish();
    }
}
