package org.xiaoqu.link;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.link.internal.UnionFind;

/** Reads the configured CSV sources as a stream of {@link LinkRecord}s, and the truth where declared. */
final class CsvSources {
    private final LinkConfig config;
    private final Path base;

    CsvSources(LinkConfig config, Path base) {
        this.config = config;
        this.base = base;
    }

    /** The file of a source: relative to the configuration's folder, {@code ${XIAOQU_BENCHMARKS}} expanded. */
    Path resolve(String file) {
        String benchmarks = System.getProperty("xiaoqu.benchmarks", System.getenv("XIAOQU_BENCHMARKS"));
        if (benchmarks == null) {
            benchmarks = defaultBenchmarks().toString();
        }
        return base.resolve(file.replace("${XIAOQU_BENCHMARKS}", benchmarks)).normalize();
    }

    /** {@code ../shared/benchmarks} beside the repository holding the configuration (found by its mvnw). */
    private Path defaultBenchmarks() {
        for (Path p = base.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw"))) {
                return p.resolveSibling("shared").resolve("benchmarks");
            }
        }
        return Path.of("..", "shared", "benchmarks").toAbsolutePath();
    }

    static Charset charset(@Nullable String encoding) {
        if (encoding == null) {
            return StandardCharsets.UTF_8;
        }
        String e = encoding.equalsIgnoreCase("gbk") ? "GB18030" : encoding;
        try {
            return Charset.forName(e);
        } catch (RuntimeException ex) {
            throw XiaoquException.usage("link configuration: unknown encoding '" + encoding + "'");
        }
    }

    private CSVParser open(Path file, @Nullable String encoding, @Nullable String delimiter) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw XiaoquException.usage(file + ": no such file; check the source's 'file' in the link configuration");
        }
        Reader reader = Files.newBufferedReader(file, charset(encoding));
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter == null ? "," : delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
        return CSVParser.builder().setReader(reader).setFormat(format).get();
    }

    /** Rows of all sources (for sizing the blocking partitions). */
    long countRows() {
        long n = 0;
        for (LinkConfig.Source s : config.sources()) {
            try (Stream<String> lines = Files.lines(resolve(s.file()), charset(s.encoding()))) {
                n += lines.count();
            } catch (IOException | UncheckedIOException e) {
                n += 100_000;
            }
        }
        return n;
    }

    /** The truth file's pairs as an entity per "sourceIndex/id", or an empty map without one. */
    Map<String, String> truthEntities() {
        LinkConfig.TruthFile t = config.truth();
        if (t == null) {
            return Map.of();
        }
        Path file = resolve(t.file());
        Map<String, Integer> index = new HashMap<>();
        List<int[]> pairs = new java.util.ArrayList<>();
        try (CSVParser p = open(file, t.encoding(), ",")) {
            requireColumns(file, p, List.of(t.leftColumn(), t.rightColumn()));
            boolean link = config.mode() == LinkConfig.Mode.LINK;
            for (CSVRecord r : p) {
                String a = (link ? "0/" : "*/") + r.get(t.leftColumn());
                String b = (link ? "1/" : "*/") + r.get(t.rightColumn());
                pairs.add(new int[] {
                    index.computeIfAbsent(a, x -> index.size()), index.computeIfAbsent(b, x -> index.size())
                });
            }
        } catch (IOException e) {
            throw XiaoquException.usage(file + ": cannot read the truth file: " + e.getMessage());
        }
        UnionFind uf = new UnionFind(index.size());
        pairs.forEach(p -> uf.union(p[0], p[1]));
        Map<String, String> out = new HashMap<>();
        index.forEach((k, i) -> out.put(k, "t" + uf.find(i)));
        return out;
    }

    private static void requireColumns(Path file, CSVParser p, java.util.Collection<String> columns) {
        for (String c : columns) {
            if (!p.getHeaderMap().containsKey(c)) {
                throw XiaoquException.usage(file + ": line 1: no column '" + c + "' (the header has "
                        + p.getHeaderNames() + "); fix the column mapping in the link configuration");
            }
        }
    }

    /** All records of all sources, streamed. */
    Iterator<LinkRecord> records(Set<String> fields) {
        Map<String, String> truth = truthEntities();
        List<LinkConfig.Source> sources = config.sources();
        return new Iterator<>() {
            int source = -1;

            @Nullable
            CSVParser parser;

            @Nullable
            Iterator<CSVRecord> rows;

            @Nullable
            LinkRecord next = advance();

            private @Nullable LinkRecord advance() {
                try {
                    while (rows == null || !rows.hasNext()) {
                        if (parser != null) {
                            parser.close();
                        }
                        if (++source >= sources.size()) {
                            return null;
                        }
                        LinkConfig.Source s = sources.get(source);
                        Path file = resolve(s.file());
                        parser = open(file, s.encoding(), s.delimiter());
                        List<String> needed = new java.util.ArrayList<>();
                        fields.forEach(f -> needed.add(column(s, f)));
                        if (s.idColumn() != null) {
                            needed.add(s.idColumn());
                        }
                        if (s.truthColumn() != null) {
                            needed.add(s.truthColumn());
                        }
                        requireColumns(file, parser, needed);
                        rows = parser.iterator();
                    }
                    CSVRecord row = rows.next();
                    LinkConfig.Source s = sources.get(source);
                    Map<String, String> values = new HashMap<>();
                    for (String f : fields) {
                        String c = column(s, f);
                        values.put(f, row.isSet(c) ? row.get(c) : "");
                    }
                    String id = s.idColumn() == null ? String.valueOf(row.getRecordNumber()) : row.get(s.idColumn());
                    String entity = entityOf(s, row, id, truth);
                    return new LinkRecord(s.id(), id, values, entity);
                } catch (IOException | UncheckedIOException e) {
                    throw XiaoquException.usage(sources.get(source).file() + ": cannot read: " + e.getMessage());
                }
            }

            private @Nullable String entityOf(
                    LinkConfig.Source s, CSVRecord row, String id, Map<String, String> truthPairs) {
                if (s.truthColumn() != null) {
                    String v = row.get(s.truthColumn());
                    if (s.truthPattern() == null) {
                        return v;
                    }
                    Matcher m = Pattern.compile(s.truthPattern()).matcher(v);
                    return m.find() ? (m.groupCount() > 0 ? m.group(1) : m.group()) : null;
                }
                if (!truthPairs.isEmpty()) {
                    String prefix = config.mode() == LinkConfig.Mode.LINK ? source + "/" : "*/";
                    return truthPairs.getOrDefault(prefix + id, "self/" + source + "/" + id);
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public LinkRecord next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                LinkRecord r = next;
                next = advance();
                return r;
            }
        };
    }

    static String column(LinkConfig.Source s, String field) {
        return s.columns() == null ? field : s.columns().getOrDefault(field, field);
    }
}
