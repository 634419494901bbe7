package org.xiaoqu.vote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.xiaoqu.common.XiaoquException;

/**
 * The tally job's parameters. Identity = the three files' paths and checksums and the output options: the same
 * vote tallied again is "unchanged"; a corrected export is a new run.
 */
final class VoteParameters {
    static final String RULES = "vote.rules";
    static final String REGISTER = "vote.register";
    static final String BALLOTS = "vote.ballots";
    static final String CHECKSUMS = "vote.checksums";
    static final String EXCEL = "vote.excel";
    static final String SHOW_PERSONAL = "show.personal.data";
    static final String LANG = "vote.lang";

    private VoteParameters() {}

    static JobParameters of(VoteRequest r) {
        return new JobParametersBuilder()
                .addString(RULES, r.rules().toString())
                .addString(REGISTER, r.register().toString())
                .addString(BALLOTS, r.ballots().toString())
                .addString(
                        CHECKSUMS,
                        sha256(r.rules()).substring(0, 16) + "/"
                                + sha256(r.register()).substring(0, 16) + "/"
                                + sha256(r.ballots()).substring(0, 16))
                .addString(EXCEL, Boolean.toString(r.excel()))
                .addString(SHOW_PERSONAL, Boolean.toString(r.showPersonalData()))
                .addString(LANG, r.lang())
                .toJobParameters();
    }

    static VoteRequest request(JobParameters p) {
        return new VoteRequest(
                Path.of(p.getString(RULES)),
                Path.of(p.getString(REGISTER)),
                Path.of(p.getString(BALLOTS)),
                Boolean.parseBoolean(p.getString(EXCEL)),
                Boolean.parseBoolean(p.getString(SHOW_PERSONAL)),
                p.getString(LANG, "zh"));
    }

    static String sha256(Path file) {
        if (!Files.isRegularFile(file)) {
            throw XiaoquException.usage(file + ": no such file");
        }
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
