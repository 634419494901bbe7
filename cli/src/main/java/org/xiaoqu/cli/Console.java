package org.xiaoqu.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xiaoqu.common.ExitCode;

/**
 * Where a command's output goes. Results go to stdout — as text, or as the one JSON object with
 * {@code --json}; everything for a person (notes, progress) goes to stderr.
 */
public final class Console {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule().addSerializer(Path.class, new PathSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;
    private final int verbosity;
    private final Lang lang;

    Console(PrintStream out, PrintStream err, boolean json, int verbosity, Lang lang) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.verbosity = verbosity;
        this.lang = lang;
    }

    /** A note for a person on stderr (not with {@code -q}). */
    public void note(String line) {
        if (verbosity >= 0) {
            err.println(line);
        }
    }

    /** Detail shown with {@code -v}. */
    public void detail(String line) {
        if (verbosity >= 1) {
            err.println(line);
        }
    }

    /** The result: {@code text} on stdout, or {@code json} as one JSON object with {@code --json}. */
    public void result(Object jsonShape, String text) {
        if (json) {
            writeJson(jsonShape);
        } else if (!text.isEmpty()) {
            out.print(text.endsWith("\n") ? text : text + "\n");
        }
        out.flush();
    }

    /**
     * A failure: one line on stderr (one per line of {@code message}); with {@code --json} also the JSON
     * object on stdout.
     */
    public void error(ExitCode code, String message) {
        for (String line : message.split("\n", -1)) {
            err.println("xiaoqu: " + line);
        }
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("status", "ERROR");
            o.put("exitCode", code.code());
            o.put("message", message);
            writeJson(o);
        }
        err.flush();
    }

    public boolean json() {
        return json;
    }

    public int verbosity() {
        return verbosity;
    }

    public Lang lang() {
        return lang;
    }

    public String text(String key, Object... args) {
        return lang.text(key, args);
    }

    PrintStream err() {
        return err;
    }

    private void writeJson(Object shape) {
        try {
            out.println(JSON.writeValueAsString(shape));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class PathSerializer extends JsonSerializer<Path> {
        @Override
        public void serialize(Path value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }
}
