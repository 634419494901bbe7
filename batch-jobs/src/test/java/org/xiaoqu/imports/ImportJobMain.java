package org.xiaoqu.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.config.XiaoquConfig;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.StoreSettings;

/**
 * Imports one grid-membership file as source {@value #SOURCE} in a JVM of its own, so that a test can kill
 * it: {@code URL USER|- SCHEMA FILE OUT}.
 */
public final class ImportJobMain {
    static final String SOURCE = "restart";
    static final LocalDate BUSINESS_DATE = LocalDate.of(2024, 3, 1);

    private ImportJobMain() {}

    public static void main(String[] args) {
        StoreSettings settings = new StoreSettings(args[0], "-".equals(args[1]) ? null : args[1], "", args[2]);
        Path file = Path.of(args[3]);
        try (Store store = Store.open(settings)) {
            RunResult result = run(store, file, Path.of(args[4]));
            System.out.println(
                    "RESULT " + result.status() + " " + result.exitCode().code());
            System.exit(result.exitCode().code());
        } catch (XiaoquException e) {
            System.out.println("ERROR " + e.exitCode().code() + " " + e.getMessage());
            System.exit(e.exitCode().code());
        }
    }

    /** What {@code xiaoqu import} does for this one source. */
    static RunResult run(Store store, Path file, Path out) {
        XiaoquConfig config = XiaoquConfig.none(file.getParent());
        XiaoquConfig.Source source = new XiaoquConfig.Source(
                SOURCE,
                "综治",
                "grid-membership",
                file.toString(),
                "auto",
                null,
                BUSINESS_DATE,
                null,
                null,
                XiaoquConfig.DEFAULT_MAX_REJECT_RATIO,
                Map.of());
        List<RunResult> results = new Importer(store, new StopSignal(), out, null)
                .run(config, List.of(source), Sources.BudgetOverride.NONE, false);
        return results.get(0);
    }
}
