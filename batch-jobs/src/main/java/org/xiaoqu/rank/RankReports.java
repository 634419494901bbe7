package org.xiaoqu.rank;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** report.html, the 公示版 (publication version) and the Excel workbooks of a ranking run. */
final class RankReports {
    private RankReports() {}

    static void write(
            Path dir,
            RankResult result,
            Sensitivity.@Nullable Outcome sensitivity,
            String lang,
            boolean excel,
            boolean showPersonalData)
            throws IOException {
        // filled in with org.xiaoqu.report
    }
}
