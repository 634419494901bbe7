package org.xiaoqu.credit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job's parameters. Identity: the sources' checksums, the scheme's checksum, the settings, the as-of date and
 * {@code --fail-on} (no incrementer: the same input is the same run).
 *
 * @param config the configuration file
 * @param maxRows at most this many rows in discrepancies.csv (counts are always complete), null for all
 * @param excel also credit.xlsx and people's CSV files ({@code --excel})
 * @param lang zh or en: the language of report.html and of the people's files
 */
record CreditParameters(
        String config,
        LocalDate asOf,
        boolean failOnDiscrepancies,
        @Nullable Long maxRows,
        String identity,
        boolean excel,
        String lang) {
    static final String CONFIG = "credit.config";
    static final String AS_OF = "credit.as.of";
    static final String FAIL_ON = "credit.fail.on";
    static final String MAX_ROWS = "credit.max.rows";
    static final String INPUT = "credit.input";
    static final String EXCEL = "credit.excel";
    static final String LANG = "credit.lang";

    JobParameters toJobParameters() {
        JobParametersBuilder b = new JobParametersBuilder()
                .addString(INPUT, identity)
                .addString(AS_OF, asOf.toString())
                .addString(FAIL_ON, Boolean.toString(failOnDiscrepancies))
                .addString(CONFIG, config, false)
                .addString(EXCEL, Boolean.toString(excel), false)
                .addString(LANG, lang, false);
        if (maxRows != null) {
            b.addLong(MAX_ROWS, maxRows, false);
        }
        return b.toJobParameters();
    }

    static CreditParameters of(JobParameters p) {
        return new CreditParameters(
                p.getString(CONFIG),
                LocalDate.parse(p.getString(AS_OF)),
                Boolean.parseBoolean(p.getString(FAIL_ON)),
                p.getLong(MAX_ROWS),
                p.getString(INPUT),
                Boolean.parseBoolean(p.getString(EXCEL)),
                p.getString(LANG, "zh"));
    }
}
