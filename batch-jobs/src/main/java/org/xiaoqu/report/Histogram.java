package org.xiaoqu.report;

import java.util.List;

/** Vertical bars counting values in equal-width bins between the smallest and the largest value. */
final class Histogram implements Block {
    private final String title;
    private final double[] values;
    private final int bins;

    Histogram(String title, double[] values, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin");
        }
        this.title = title;
        this.values = values.clone();
        this.bins = bins;
    }

    @Override
    public void render(Html html) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        long[] counts = new long[bins];
        double width = (hi - lo) / bins;
        for (double v : values) {
            if (Double.isFinite(v)) {
                counts[Math.min((int) ((v - lo) / width), bins - 1)]++;
            }
        }
        long max = 1;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        int top = 18;
        int plotH = 180;
        int left = 60;
        int right = Svg.WIDTH - 20;
        List<Double> yTicks = Svg.ticks(0, max, 4);
        double yMax = yTicks.get(yTicks.size() - 1);
        Svg.open(html, title, top + plotH + 40);
        html.raw("<g class=\"axis\">");
        for (double t : yTicks) {
            String py = Svg.f(top + plotH - t / yMax * plotH);
            html.raw("<line x1=\"" + left + "\" x2=\"" + right + "\" y1=\"" + py + "\" y2=\"" + py + "\"/>");
            html.raw("<text x=\"" + (left - 6) + "\" y=\"" + py + "\" dy=\"4\" text-anchor=\"end\">")
                    .text(html.number(t))
                    .raw("</text>");
        }
        int labelEvery = Math.max(1, (int) Math.ceil(bins / 8.0));
        double bw = (right - left) / (double) bins;
        for (int i = 0; i <= bins; i += labelEvery) {
            html.raw("<text x=\"" + Svg.f(left + i * bw) + "\" y=\"" + (top + plotH + 16)
                            + "\" text-anchor=\"middle\">")
                    .text(html.number(lo + i * width))
                    .raw("</text>");
        }
        html.raw("</g>");
        for (int i = 0; i < bins; i++) {
            double h = counts[i] / yMax * plotH;
            double x = left + i * bw;
            html.raw("<rect class=\"bin\" x=\"" + Svg.f(x + 1) + "\" y=\"" + Svg.f(top + plotH - h) + "\" width=\""
                    + Svg.f(Math.max(bw - 2, 1)) + "\" height=\"" + Svg.f(h) + "\" fill=\"" + Palette.BLUE
                    + "\"><title>");
            html.text("[" + html.number(lo + i * width) + ", " + html.number(lo + (i + 1) * width)
                            + (i == bins - 1 ? "]" : ")") + ": " + counts[i])
                    .raw("</title></rect>");
            if (counts[i] > 0 && bw >= 18) {
                html.raw("<text class=\"value\" x=\"" + Svg.f(x + bw / 2) + "\" y=\"" + Svg.f(top + plotH - h - 4)
                                + "\" text-anchor=\"middle\">")
                        .text(Long.toString(counts[i]))
                        .raw("</text>");
            }
        }
        html.raw("<text class=\"note\" x=\"" + right + "\" y=\"" + (top + plotH + 34) + "\" text-anchor=\"end\">")
                .text(html.lang().pick("共 ", "n = ") + html.number(values.length))
                .raw("</text>");
        Svg.close(html);
    }
}
