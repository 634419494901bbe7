package org.xiaoqu.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.XiaoquException;

/**
 * Reads {@code xiaoqu.yaml} strictly: every problem is one line naming the file, line and column and
 * what to write instead (exit 2).
 */
public final class ConfigLoader {
    /** The canonical input kinds a source may feed. */
    public static final List<String> KINDS =
            List.of("grid-cell", "grid-membership", "estate", "enterprise", "credit-record", "indicator-value");

    public static final List<String> ENCODINGS = List.of("auto", "utf-8", "gb18030");
    public static final List<String> CRS = List.of("WGS-84", "GCJ-02", "BD-09");

    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern DAYS = Pattern.compile("(\\d{1,5})d");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ConfigLoader() {}

    /** Loads and validates {@code file}. */
    public static XiaoquConfig load(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String name = abs.toString();
        ConfigFile raw = readStrict(
                abs,
                ConfigFile.class,
                "configuration file",
                "create one with `xiaoqu init`",
                "see `xiaoqu init` for a commented example");
        if (raw == null) {
            raw = new ConfigFile(null, null, null, null, null);
        }
        return resolve(name, abs.getParent(), abs, raw);
    }

    /**
     * Reads a YAML file into {@code type} strictly (unknown keys, wrong types and bad YAML are one line naming the
     * file, line and column, with the nearest valid key), or null when the file is empty. Used for {@code
     * xiaoqu.yaml} and for the other YAML files a job reads (ranking schemes…).
     *
     * @param what what the file is, for messages ("configuration file", "ranking scheme")
     * @param missingHint what to do when the file does not exist
     * @param exampleHint where to find a correct example, said after a wrong type
     */
    public static <T> @Nullable T readStrict(
            Path abs, Class<T> type, String what, String missingHint, String exampleHint) {
        String name = abs.toString();
        try {
            return Files.size(abs) == 0 ? null : YAML.readValue(abs.toFile(), type);
        } catch (NoSuchFileException e) {
            throw XiaoquException.usage(what + " " + name + " not found (" + missingHint + ")");
        } catch (UnrecognizedPropertyException e) {
            Set<String> known =
                    e.getKnownPropertyIds().stream().map(Object::toString).collect(Collectors.toSet());
            throw XiaoquException.usage(whereKey(abs, e.getPropertyName(), e.getLocation()) + "unknown key '"
                    + e.getPropertyName() + "'"
                    + section(e) + Nearest.hint(e.getPropertyName(), known)
                    + " (valid here: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            throw XiaoquException.usage(where(name, e.getLocation()) + "'" + key(e) + "' must be "
                    + expected(e.getTargetType()) + " (" + exampleHint + ")");
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException syntax) {
                throw XiaoquException.usage(where(name, syntax.getLocation()) + "not valid YAML: "
                        + syntax.getOriginalMessage().lines().findFirst().orElse(""));
            }
            throw XiaoquException.usage(where(name, e.getLocation()) + "wrong value" + section(e) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (JsonProcessingException e) {
            throw XiaoquException.usage(where(name, e.getLocation()) + "not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw XiaoquException.usage("cannot read " + what + " " + name + ": " + e.getMessage());
        }
    }

    private static XiaoquConfig resolve(String name, Path baseDir, Path file, ConfigFile raw) {
        ConfigFile.Store store = raw.store() == null ? new ConfigFile.Store(null, null, null) : raw.store();
        int keepLoads = XiaoquConfig.DEFAULT_KEEP_LOADS;
        Duration keepRuns = XiaoquConfig.DEFAULT_KEEP_RUNS;
        if (raw.retention() != null) {
            if (raw.retention().loads() != null) {
                keepLoads = raw.retention().loads();
                if (keepLoads < 1) {
                    throw XiaoquException.usage(name + ": retention.loads must be at least 1, not " + keepLoads);
                }
            }
            if (raw.retention().runs() != null) {
                Matcher m = DAYS.matcher(raw.retention().runs().trim());
                if (!m.matches()) {
                    throw XiaoquException.usage(name + ": retention.runs must be a number of days such as 90d, not '"
                            + raw.retention().runs() + "'");
                }
                keepRuns = Duration.ofDays(Long.parseLong(m.group(1)));
            }
        }
        ConfigFile.Defaults defaults =
                raw.defaults() == null ? new ConfigFile.Defaults(null, null, null) : raw.defaults();
        String defaultEncoding = encoding(name, "defaults", defaults.encoding(), "auto");
        List<XiaoquConfig.Source> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<ConfigFile.Source> declared = raw.sources() == null ? List.of() : raw.sources();
        for (int i = 0; i < declared.size(); i++) {
            ConfigFile.Source s = declared.get(i);
            String at = name + ": sources[" + i + "]";
            String id = required(at, "id", s.id());
            if (!SOURCE_ID.matcher(id).matches()) {
                throw XiaoquException.usage(at + ": id '" + id
                        + "' must be lower-case letters, digits and '-' (it names tables and files)");
            }
            at = name + ": source '" + id + "'";
            if (!ids.add(id)) {
                throw XiaoquException.usage(at + " is declared twice; source ids must be unique");
            }
            String kind = required(at, "kind", s.kind());
            if (!KINDS.contains(kind)) {
                throw XiaoquException.usage(at + ": unknown kind '" + kind + "'" + Nearest.hint(kind, KINDS)
                        + " (kinds: " + String.join(", ", KINDS) + ")");
            }
            String crs = s.crs();
            if (crs != null && !CRS.contains(crs.toUpperCase(Locale.ROOT))) {
                throw XiaoquException.usage(at + ": unknown crs '" + crs + "' (use " + String.join(", ", CRS) + ")");
            }
            Long maxRejects = s.maxRejects() != null ? s.maxRejects() : defaults.maxRejects();
            Double ratio = s.maxRejectRatio() != null ? s.maxRejectRatio() : defaults.maxRejectRatio();
            // a declared row budget stands alone; the 1% default applies only when no budget is declared
            double maxRejectRatio =
                    ratio != null ? ratio : maxRejects != null ? 1.0 : XiaoquConfig.DEFAULT_MAX_REJECT_RATIO;
            if (maxRejectRatio < 0 || maxRejectRatio > 1) {
                throw XiaoquException.usage(at + ": maxRejectRatio must be between 0 and 1, not " + maxRejectRatio);
            }
            if (maxRejects != null && maxRejects < 0) {
                throw XiaoquException.usage(at + ": maxRejects must not be negative");
            }
            sources.add(new XiaoquConfig.Source(
                    id,
                    s.department() == null ? "" : s.department(),
                    kind,
                    required(at, "file", s.file()),
                    encoding(name, "source '" + id + "'", s.encoding(), defaultEncoding),
                    s.sheet(),
                    date(at, s.businessDate()),
                    crs == null ? null : crs.toUpperCase(Locale.ROOT),
                    maxRejects,
                    maxRejectRatio,
                    s.columnsOrEmpty()));
        }
        return new XiaoquConfig(file, baseDir, store, keepLoads, keepRuns, sources, raw.credit());
    }

    private static String required(String at, String key, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw XiaoquException.usage(at + ": '" + key + "' is required");
        }
        return value.trim();
    }

    private static String encoding(String name, String at, @Nullable String value, String fallback) {
        if (value == null) {
            return fallback;
        }
        String e = value.trim().toLowerCase(Locale.ROOT);
        if (e.equals("utf8")) {
            e = "utf-8";
        }
        if (e.equals("gbk") || e.equals("gb2312")) {
            e = "gb18030"; // GBK and GB2312 are subsets: decode them as GB18030
        }
        if (!ENCODINGS.contains(e)) {
            throw XiaoquException.usage(name + ": " + at + ": unknown encoding '" + value + "'"
                    + Nearest.hint(e, ENCODINGS) + " (use auto, utf-8 or gb18030)");
        }
        return e;
    }

    private static @Nullable LocalDate date(String at, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw XiaoquException.usage(at + ": businessDate '" + value + "' is not a date like 2026-11-27");
        }
    }

    private static String where(String name, @Nullable JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return name + ": ";
        }
        return name + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }

    /**
     * The YAML parser reports the position after the key's value; a person wants the key's own line, so
     * look back from there for it.
     */
    private static String whereKey(Path file, String key, @Nullable JsonLocation location) {
        String name = file.toString();
        if (location == null || location.getLineNr() < 1) {
            return name + ": ";
        }
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = Math.min(location.getLineNr(), lines.size()) - 1; i >= 0; i--) {
                String line = lines.get(i);
                int at = line.indexOf(key + ":");
                if (at >= 0) {
                    return name + ":" + (i + 1) + ":" + (at + 1) + ": ";
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // fall back to the parser's position
        }
        return where(name, location);
    }

    private static String key(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the file" : path.toString();
    }

    /** What a person should write, in words rather than Java types. */
    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "something else";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class) {
            return "a single value";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list (lines starting with '- ')";
        }
        return "a section of 'key: value' lines";
    }

    private static String section(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        int last = path.lastIndexOf(".");
        String parent = last < 0 ? "" : path.substring(0, last);
        return parent.isEmpty() ? "" : " in " + parent;
    }
}
