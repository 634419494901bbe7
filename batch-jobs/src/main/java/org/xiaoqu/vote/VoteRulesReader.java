package org.xiaoqu.vote;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.XiaoquException;

/** Reads a rules file; unknown keys, a threshold below the law's and a matter twice are errors (exit 2). */
public final class VoteRulesReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private VoteRulesReader() {}

    record FileMatter(
            @JsonProperty("id") @Nullable String id,
            @JsonProperty("item") @Nullable Integer item,
            @JsonProperty("title") @Nullable String title,
            @JsonProperty("participation") @Nullable String participation,
            @JsonProperty("approval") @Nullable String approval) {}

    record FileRules(
            @JsonProperty("meeting") @Nullable String meeting,
            @JsonProperty("estateId") @Nullable String estateId,
            @JsonProperty("estateName") @Nullable String estateName,
            @JsonProperty("title") @Nullable String title,
            @JsonProperty("opens") @Nullable String opens,
            @JsonProperty("closes") @Nullable String closes,
            @JsonProperty("duplicates") @Nullable String duplicates,
            @JsonProperty("register") @Nullable String register,
            @JsonProperty("ballots") @Nullable String ballots,
            @JsonProperty("matters") @Nullable List<FileMatter> matters) {}

    /** Parses and checks {@code file}. */
    public static VoteRules read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw XiaoquException.usage(file + ": no such rules file");
        }
        FileRules f;
        try {
            f = YAML.readValue(file.toFile(), FileRules.class);
        } catch (JsonProcessingException e) {
            throw XiaoquException.usage(file + where(e.getLocation()) + ": " + e.getOriginalMessage()
                    + "; see the rules file reference (README of org.xiaoqu.vote)");
        } catch (IOException e) {
            throw XiaoquException.usage(file + ": cannot read: " + e.getMessage());
        }
        if (f == null) {
            throw XiaoquException.usage(file + ": empty rules file");
        }
        String meeting = required(file, "meeting", f.meeting());
        LocalDateTime opens = time(file, "opens", required(file, "opens", f.opens()));
        LocalDateTime closes = time(file, "closes", required(file, "closes", f.closes()));
        if (!closes.isAfter(opens)) {
            throw XiaoquException.usage(file + ": closes (" + closes + ") must be after opens (" + opens + ")");
        }
        VoteRules.Duplicates duplicates = VoteRules.Duplicates.LAST;
        if (f.duplicates() != null) {
            try {
                duplicates = VoteRules.Duplicates.valueOf(f.duplicates().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw XiaoquException.usage(
                        file + ": duplicates: '" + f.duplicates() + "' is not one of last, first (default last)");
            }
        }
        if (f.matters() == null || f.matters().isEmpty()) {
            throw XiaoquException.usage(file + ": matters: at least one matter is needed");
        }
        List<VoteRules.MatterRule> matters = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < f.matters().size(); i++) {
            FileMatter m = f.matters().get(i);
            String at = "matters[" + i + "]";
            String id = required(file, at + ".id", m.id());
            if (!ids.add(id)) {
                throw XiaoquException.usage(file + ": " + at + ".id: matter '" + id + "' appears twice");
            }
            if (m.item() == null || m.item() < 1 || m.item() > 9) {
                throw XiaoquException.usage(file + ": " + at + ".item: the item of Civil Code art. 278 (1 to 9)");
            }
            Matter matter = Matter.item(m.item());
            Threshold participation =
                    threshold(file, at + ".participation", m.participation(), matter.statutoryParticipation(), matter);
            Threshold approval = threshold(file, at + ".approval", m.approval(), matter.statutoryApproval(), matter);
            matters.add(new VoteRules.MatterRule(
                    id, matter, m.title() == null ? matter.zh() : m.title(), participation, approval));
        }
        return new VoteRules(
                meeting,
                f.estateId() == null ? "" : f.estateId(),
                f.estateName() == null ? "" : f.estateName(),
                f.title() == null ? meeting : f.title(),
                opens,
                closes,
                duplicates,
                f.register(),
                f.ballots(),
                matters);
    }

    private static Threshold threshold(
            Path file, String at, @Nullable String text, Threshold statutory, Matter matter) {
        if (text == null) {
            return statutory;
        }
        Threshold t;
        try {
            t = Threshold.parse(text);
        } catch (XiaoquException | IllegalArgumentException e) {
            throw XiaoquException.usage(file + ": " + at + ": " + e.getMessage());
        }
        if (!t.atLeastAsStrictAs(statutory)) {
            throw XiaoquException.usage(file + ": " + at + ": '" + t + "' is below what Civil Code art. 278 asks for"
                    + " item " + matter.item() + " (" + statutory + ")");
        }
        return t;
    }

    private static String required(Path file, String key, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw XiaoquException.usage(file + ": " + key + " is required");
        }
        return value.strip();
    }

    /** {@code 2026-10-15 20:00[:00]} or {@code 2026-10-15T20:00[:00]}; a bare date means its end for closes. */
    static LocalDateTime time(Path file, String key, String text) {
        String t = text.strip().replace(' ', 'T');
        try {
            if (t.length() == 10) {
                var d = java.time.LocalDate.parse(t);
                return key.equals("closes") ? d.atTime(23, 59, 59) : d.atStartOfDay();
            }
            return LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            throw XiaoquException.usage(
                    file + ": " + key + ": '" + text + "' is not a date-time like 2026-10-15 20:00");
        }
    }

    private static String where(@Nullable JsonLocation loc) {
        return loc == null ? "" : ": line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
