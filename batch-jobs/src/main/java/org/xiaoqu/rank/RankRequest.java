package org.xiaoqu.rank;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What a person asks of {@code xiaoqu rank}.
 *
 * @param scheme the scheme file
 * @param year the year to rank instead of the scheme's {@code period.year}, or null
 * @param draws sensitivity draws (0 = no sensitivity analysis)
 * @param seed the seed of the draws
 * @param excel also write ranking.xlsx and the 公示版 workbook
 * @param lang language of report.html and the people's files: {@code zh} or {@code en}
 * @param showPersonalData leave names unmasked in the publication version
 */
public record RankRequest(
        Path scheme,
        @Nullable Integer year,
        int draws,
        long seed,
        boolean excel,
        String lang,
        boolean showPersonalData) {
    public RankRequest {
        if (draws < 0) {
            throw new IllegalArgumentException("draws must not be negative");
        }
    }
}
