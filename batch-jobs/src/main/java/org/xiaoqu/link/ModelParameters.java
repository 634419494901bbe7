package org.xiaoqu.link;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.xiaoqu.common.XiaoquException;

/**
 * The estimated Fellegi–Sunter parameters, saved as a versioned JSON file ({@code parameters.json}) that a
 * later run reuses with {@code model.load}.
 *
 * @param version the file format version, {@link LinkConfig#VERSION}
 * @param lambda the match share among candidate pairs
 * @param emIterations EM iterations used (0 when loaded)
 * @param uPairs random pairs behind u
 * @param candidatePairs candidate pairs behind m
 * @param comparisons per comparison, per level from else (0) to exact: m and u
 */
public record ModelParameters(
        int version,
        double lambda,
        int emIterations,
        long uPairs,
        long candidatePairs,
        List<ComparisonParameters> comparisons) {

    public ModelParameters {
        Objects.requireNonNull(comparisons, "comparisons");
        comparisons = List.copyOf(comparisons);
        if (!(lambda > 0 && lambda < 1)) {
            throw new IllegalArgumentException("lambda must be in (0, 1): " + lambda);
        }
    }

    /**
     * Parameters of one comparison.
     *
     * @param name the comparison's name
     * @param comparator its comparator kind
     * @param levels the level labels, else first
     * @param m P(level | match)
     * @param u P(level | non-match)
     */
    public record ComparisonParameters(
            String name, String comparator, List<String> levels, List<Double> m, List<Double> u) {
        public ComparisonParameters {
            levels = List.copyOf(levels);
            m = List.copyOf(m);
            u = List.copyOf(u);
            if (m.size() != levels.size() || u.size() != levels.size()) {
                throw new IllegalArgumentException("comparison " + name + ": m, u and levels differ in length");
            }
        }

        /** The match weight of a level in bits: log2(m / u). */
        public double weight(int level) {
            return log2(m.get(level) / u.get(level));
        }
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes the parameters as JSON. */
    public void save(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw XiaoquException.usage("cannot write model parameters " + file + ": " + e.getMessage());
        }
    }

    /** Reads a parameter file and checks that it fits the configuration's comparisons. */
    public static ModelParameters load(Path file, LinkConfig config) {
        ModelParameters p;
        try {
            p = JSON.readValue(file.toFile(), ModelParameters.class);
        } catch (IOException e) {
            throw XiaoquException.usage("cannot read model parameters " + file + ": " + e.getMessage());
        }
        if (p.version() != LinkConfig.VERSION) {
            throw XiaoquException.usage(file + ": parameter file version " + p.version() + " is not supported");
        }
        List<LinkConfig.Comparison> cs = config.comparisons();
        if (cs.size() != p.comparisons().size()) {
            throw XiaoquException.usage(file + ": holds " + p.comparisons().size() + " comparisons, the configuration "
                    + cs.size() + "; re-estimate (drop model.load) after changing comparisons");
        }
        for (int i = 0; i < cs.size(); i++) {
            ComparisonParameters cp = p.comparisons().get(i);
            if (!cp.name().equals(cs.get(i).name())
                    || cp.levels().size() != cs.get(i).thresholds().size() + 2) {
                throw XiaoquException.usage(file + ": comparison " + (i + 1) + " is '" + cp.name() + "' with "
                        + cp.levels().size() + " levels, the configuration has '"
                        + cs.get(i).name()
                        + "'; re-estimate after changing comparisons");
            }
        }
        return p;
    }
}
