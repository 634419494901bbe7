package org.xiaoqu.grid.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** STAND-IN until the gridgeo branch lands: a bare page with the key figures. */
public final class GridReport {
    private GridReport() {}

    public static void write(Path html, GridReportData data, org.xiaoqu.report.ReportLang lang) {
        var s = data.summary();
        String body = "<!doctype html><meta charset=utf-8><title>grid merge</title><h1>grid merge</h1><p>records "
                + s.records() + ", buildings " + s.buildings() + ", linked " + s.linked() + ", review " + s.review()
                + ", unmatched " + s.unmatched() + ", conflicts " + s.conflicts() + "</p>";
        try {
            Files.writeString(html, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
