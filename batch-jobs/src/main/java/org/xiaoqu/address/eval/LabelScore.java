package org.xiaoqu.address.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Span-level counts and scores of one label (or of a group of labels).
 *
 * @param label the component (or group) name
 * @param gold gold spans
 * @param predicted predicted spans
 * @param correct predicted spans equal to a gold span (same component, same start and end)
 */
public record LabelScore(String label, int gold, int predicted, int correct) {
    public LabelScore {
        if (gold < 0 || predicted < 0 || correct < 0 || correct > gold || correct > predicted) {
            throw new IllegalArgumentException("inconsistent counts for " + label);
        }
    }

    @JsonProperty
    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    @JsonProperty
    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    @JsonProperty
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
