package org.xiaoqu.link;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xiaoqu.common.XiaoquException;

/** Reads a link configuration from YAML (or JSON); unknown keys are errors, reported with line and column. */
public final class LinkConfigs {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private LinkConfigs() {}

    /** Parses and validates a configuration file; a user error is a {@link XiaoquException} (exit 2). */
    public static LinkConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw XiaoquException.usage(file + ": no such link configuration file");
        }
        try {
            return YAML.readValue(file.toFile(), LinkConfig.class);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof XiaoquException xe) {
                throw XiaoquException.usage(file + where(e.getLocation()) + ": " + xe.getMessage());
            }
            throw XiaoquException.usage(file + where(e.getLocation()) + ": " + rootMessage(e));
        } catch (JsonProcessingException e) {
            throw XiaoquException.usage(file + where(e.getLocation()) + ": " + e.getOriginalMessage()
                    + "; see the link configuration reference (README of org.xiaoqu.link)");
        } catch (IOException e) {
            throw XiaoquException.usage(file + ": cannot read: " + e.getMessage());
        }
    }

    private static String where(JsonLocation loc) {
        return loc == null ? "" : ": line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
