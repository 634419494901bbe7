package org.xiaoqu.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.run.JobRunner;
import org.xiaoqu.run.OutputFolder;
import org.xiaoqu.run.Progress;
import org.xiaoqu.run.RunResult;
import org.xiaoqu.run.StopSignal;
import org.xiaoqu.store.Store;

/**
 * Runs {@code xiaoqu survey aggregate} on a store. Identity = the forms, their responses' checksums and the output
 * options: the same surveys aggregated again are "unchanged".
 */
public final class SurveyRunner {
    private final Store store;
    private final StopSignal stop;
    private final Progress progress;

    public SurveyRunner(Store store, StopSignal stop, Progress progress) {
        this.store = store;
        this.stop = stop;
        this.progress = progress;
    }

    /**
     * Reads and validates the forms and finds their responses files, without a store: a caller refuses bad
     * forms before it opens (and so creates) one; {@link #run} reads them again.
     *
     * @throws XiaoquException a usage error (exit 2) naming the form's file and what is wrong
     */
    public static void check(List<Path> forms) {
        if (forms.isEmpty()) {
            throw XiaoquException.usage("name at least one survey form (YAML)");
        }
        for (Path f : forms) {
            Path abs = f.toAbsolutePath().normalize();
            responses(abs, SurveyForm.read(abs));
        }
    }

    public RunResult run(
            List<Path> forms, String lang, boolean excel, Path defaultOutputRoot, @Nullable Path outputDir) {
        if (forms.isEmpty()) {
            throw XiaoquException.usage("name at least one survey form (YAML)");
        }
        List<String> paths = new ArrayList<>();
        StringBuilder sums = new StringBuilder();
        for (Path f : forms) {
            Path abs = f.toAbsolutePath().normalize();
            SurveyForm form = SurveyForm.read(abs);
            paths.add(abs.toString());
            sums.append(sha256(abs).substring(0, 16))
                    .append('/')
                    .append(sha256(responses(abs, form)).substring(0, 16))
                    .append(';');
        }
        var parameters = new JobParametersBuilder()
                .addString(SurveyJobConfiguration.FORMS, String.join("\n", paths))
                .addString(SurveyJobConfiguration.CHECKSUMS, sums.toString())
                .addString(SurveyJobConfiguration.LANG, lang)
                .addString(SurveyJobConfiguration.EXCEL, Boolean.toString(excel))
                .toJobParameters();
        return new JobRunner(store, stop, progress)
                .start(
                        new SurveyJobConfiguration.Definition(),
                        parameters,
                        OutputFolder.plan(outputDir, defaultOutputRoot, SurveyJobConfiguration.JOB));
    }

    /** The responses file a form names, relative to the form. */
    static Path responses(Path form, SurveyForm f) {
        if (f.responses() == null) {
            throw XiaoquException.usage(form + ": responses: name the responses file (CSV or Excel)");
        }
        Path p = form.resolveSibling(f.responses()).normalize();
        if (!Files.isRegularFile(p)) {
            throw XiaoquException.usage(form + ": responses: no such file " + p);
        }
        return p;
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw XiaoquException.usage(file + ": cannot read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
