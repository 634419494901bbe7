package org.xiaoqu.cli.imports;

import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.imports.Sources;
import picocli.CommandLine.Option;

/** {@code --max-rejects} and {@code --max-reject-ratio}: override every selected source's budget. */
final class BudgetOptions {
    @Option(
            names = "--max-rejects",
            paramLabel = "N",
            description = "Reject budget in rows, for every source (overrides the configuration).")
    @Nullable
    Long maxRejects;

    @Option(
            names = "--max-reject-ratio",
            paramLabel = "R",
            description = "Reject budget as a share of rows, e.g. 0.01 (default: the configuration's, else 0.01).")
    @Nullable
    Double maxRejectRatio;

    @Option(names = "--show-personal-data", description = "Show names, phones and ID numbers unmasked in messages.")
    boolean showPersonalData;

    Sources.BudgetOverride override() {
        if (maxRejects != null && maxRejects < 0) {
            throw XiaoquException.usage("--max-rejects must not be negative");
        }
        if (maxRejectRatio != null && (maxRejectRatio < 0 || maxRejectRatio > 1)) {
            throw XiaoquException.usage("--max-reject-ratio must be between 0 and 1, e.g. 0.01");
        }
        return new Sources.BudgetOverride(maxRejects, maxRejectRatio);
    }
}
