package org.xiaoqu.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report as one self-contained HTML file: inline CSS, inline SVG charts, a few lines of inline script for
 * table filtering, sorting and paging — no fonts, images, scripts or styles from the network, so it opens
 * offline and can be mailed. Every text is HTML-escaped. Readable on a phone, printable.
 *
 * <pre>{@code
 * HtmlReport.builder("网格统一编码报告", ReportLang.ZH)
 *         .subtitle("长沙市 · 2026 年第 3 季度").generatedAt(Instant.now())
 *         .figures(List.of(new KeyFigure("楼栋", "12,345"), new KeyFigure("冲突", "87", "需人工核对")))
 *         .section("冲突", Blocks.paragraph("…"), Blocks.table(HtmlTable.of(headers).rows(rows).filterable(true)))
 *         .build()
 *         .writeTo(runDir.resolve("report.html"));
 * }</pre>
 */
public final class HtmlReport {
    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final String html;

    private HtmlReport(String html) {
        this.html = html;
    }

    /** A report with this title, its fixed texts in {@code lang}. */
    public static Builder builder(String title, ReportLang lang) {
        return new Builder(title, lang);
    }

    /** The page. */
    public String html() {
        return html;
    }

    /** Writes the page as UTF-8. */
    public void writeTo(Path path) throws IOException {
        Files.writeString(path, html, StandardCharsets.UTF_8);
    }

    /** Builds a report; sections appear in the order added. */
    public static final class Builder {
        private record Section(String heading, List<Block> blocks) {}

        private final String title;
        private final ReportLang lang;
        private @Nullable String subtitle;
        private @Nullable Instant generatedAt;
        private List<KeyFigure> figures = List.of();
        private final List<Section> sections = new ArrayList<>();

        private Builder(String title, ReportLang lang) {
            this.title = title;
            this.lang = lang;
        }

        /** A line under the title (place, period, run). */
        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        /** When the data was produced, shown in Beijing time (pass the run's time, not now, for stable files). */
        public Builder generatedAt(Instant generatedAt) {
            this.generatedAt = generatedAt;
            return this;
        }

        /** Key-figure tiles under the title. */
        public Builder figures(List<KeyFigure> figures) {
            this.figures = List.copyOf(figures);
            return this;
        }

        /** A section with a heading. */
        public Builder section(String heading, Block... blocks) {
            sections.add(new Section(heading, List.of(blocks)));
            return this;
        }

        /** Renders the page. */
        public HtmlReport build() {
            Html h = new Html(lang);
            h.raw("<!DOCTYPE html>\n<html lang=\"")
                    .raw(lang.pick("zh-CN", "en"))
                    .raw("\">\n<head>\n");
            h.raw("<meta charset=\"utf-8\">\n");
            h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            h.raw("<title>").text(title).raw("</title>\n<style>\n").raw(CSS).raw("</style>\n</head>\n<body>\n<main>\n");
            h.raw("<header><h1>").text(title).raw("</h1>");
            if (subtitle != null) {
                h.raw("<p class=\"sub\">").text(subtitle).raw("</p>");
            }
            if (generatedAt != null) {
                String at = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
                        .withZone(BEIJING)
                        .format(generatedAt);
                h.raw("<p class=\"gen\">")
                        .text(lang.pick("生成时间：" + at + "（北京时间）", "Generated " + at + " (Beijing time)"))
                        .raw("</p>");
            }
            h.raw("</header>\n");
            if (!figures.isEmpty()) {
                tiles(h, figures);
            }
            if (sections.size() > 2) {
                h.raw("<nav aria-label=\"").text(lang.pick("目录", "Contents")).raw("\">");
                for (int i = 0; i < sections.size(); i++) {
                    h.raw("<a href=\"#s" + (i + 1) + "\">")
                            .text(sections.get(i).heading())
                            .raw("</a>");
                }
                h.raw("</nav>\n");
            }
            for (int i = 0; i < sections.size(); i++) {
                Section s = sections.get(i);
                h.raw("<section id=\"s" + (i + 1) + "\"><h2>").text(s.heading()).raw("</h2>\n");
                for (Block b : s.blocks()) {
                    b.render(h);
                    h.raw("\n");
                }
                h.raw("</section>\n");
            }
            h.raw("<footer>")
                    .text(lang.pick("由 xiaoqu 生成", "Made by xiaoqu"))
                    .raw("</footer>\n</main>\n<script>\n")
                    .raw(JS)
                    .raw("</script>\n</body>\n</html>\n");
            return new HtmlReport(h.toString());
        }
    }

    static void tiles(Html h, List<KeyFigure> figures) {
        h.raw("<div class=\"tiles\">");
        for (KeyFigure f : figures) {
            h.raw("<div class=\"tile\"><div class=\"l\">").text(f.label()).raw("</div><div class=\"v\">");
            h.text(f.value()).raw("</div>");
            if (f.note() != null) {
                h.raw("<div class=\"n\">").text(f.note()).raw("</div>");
            }
            h.raw("</div>");
        }
        h.raw("</div>\n");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/xiaoqu/report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
