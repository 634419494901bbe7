package org.xiaoqu.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and checks one source from start to end: the engine of {@code xiaoqu validate}, and the reading half of
 * {@code xiaoqu import}.
 *
 * <pre>{@code
 * SourceCheckResult r = SourceCheck.run(spec, row -> staging.add(row), problem -> rejects.write(problem));
 * }</pre>
 */
public final class SourceCheck {

    /** Problems kept in the result; all of them go to the problem consumer. */
    public static final int FIRST_PROBLEMS = 20;

    private static final Logger log = LoggerFactory.getLogger(SourceCheck.class);

    private SourceCheck() {}

    /**
     * Checks a source, handing every accepted row to {@code rows}.
     *
     * @throws org.xiaoqu.common.XiaoquException with {@code INPUT_REJECTED} when the file is refused as a whole
     *     (unreadable format, empty, missing required column…), with one line naming the file and what to do
     */
    public static SourceCheckResult run(SourceSpec spec, Consumer<CheckedRow> rows) {
        return run(spec, rows, p -> {}, false);
    }

    /**
     * Checks a source, handing every accepted row to {@code rows} and every problem (rejections and warnings, in
     * file order) to {@code problems}.
     *
     * @param showPersonalData whether problems may show personal data unmasked
     */
    public static SourceCheckResult run(
            SourceSpec spec, Consumer<CheckedRow> rows, Consumer<Problem> problems, boolean showPersonalData) {
        try (RowReader reader = RowReader.open(spec)) {
            RowChecker checker = RowChecker.create(spec, reader.header(), reader.encoding(), showPersonalData);
            List<Problem> first = new ArrayList<>();
            long read = 0;
            long valid = 0;
            long rejected = 0;
            long warned = 0;
            for (RawRow raw; (raw = reader.next()) != null; ) {
                read++;
                RowResult r = checker.check(raw);
                if (r.rejection() != null) {
                    rejected++;
                    keep(first, r.rejection(), problems);
                } else {
                    CheckedRow row = r.row();
                    valid++;
                    if (row.warned()) {
                        warned++;
                        for (Problem w : row.warnings()) {
                            keep(first, w, problems);
                        }
                    }
                    rows.accept(row);
                }
            }
            List<String> notes = new ArrayList<>(reader.notes());
            notes.addAll(checker.notes());
            if (read == 0) {
                notes.add("the file has a header but no data rows");
            }
            boolean exceeded = spec.budget().exceeded(rejected, read);
            SourceCheckResult result = new SourceCheckResult(
                    spec.id(),
                    spec.fileName(),
                    spec.kind().id(),
                    reader.format(),
                    reader.encoding(),
                    reader.sheet(),
                    read,
                    valid,
                    rejected,
                    warned,
                    first,
                    notes,
                    exceeded);
            log.info(
                    "source {} ({}): {} rows read, {} valid, {} rejected, {} warned{}",
                    spec.id(),
                    spec.fileName(),
                    read,
                    valid,
                    rejected,
                    warned,
                    exceeded ? ", over the reject budget" : "");
            return result;
        }
    }

    private static void keep(List<Problem> first, Problem p, Consumer<Problem> problems) {
        if (first.size() < FIRST_PROBLEMS) {
            first.add(p);
        }
        problems.accept(p);
    }
}
