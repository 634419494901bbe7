package org.xiaoqu.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OutputSchemaTest {
    private static OutputSchema parse(String fields) throws IOException {
        String json = "{\"name\":\"t/x\",\"title\":\"T\",\"fields\":[" + fields + "]}";
        return OutputSchema.parse("t/x", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void fieldsCarryTitlesTextAndPersonal() throws IOException {
        OutputSchema s = parse("{\"name\":\"code\",\"type\":\"string\",\"title\":\"Code\",\"xiaoqu:title_zh\":\"编码\","
                + "\"xiaoqu:text\":true},{\"name\":\"owner\",\"title\":\"Owner\",\"xiaoqu:title_zh\":\"业主\","
                + "\"xiaoqu:personal\":\"name\"},{\"name\":\"at\",\"type\":\"datetime\",\"title\":\"At\","
                + "\"xiaoqu:title_zh\":\"时间\"}");
        assertThat(s.names()).containsExactly("code", "owner", "at");
        assertThat(s.field("code").titleZh()).isEqualTo("编码");
        assertThat(s.field("code").text()).isTrue();
        assertThat(s.field("owner").type()).isEqualTo(OutputSchema.Type.STRING);
        assertThat(s.field("owner").personal()).isEqualTo(OutputSchema.Personal.NAME);
        assertThat(s.field("owner").text()).isFalse();
        assertThat(s.field("at").type()).isEqualTo(OutputSchema.Type.DATETIME);
        assertThat(s.titleZh()).isEqualTo("T");
    }

    @Test
    void anUnknownTypeFailsNamingSchemaFieldAndType() {
        assertThatThrownBy(() -> parse("{\"name\":\"n\",\"type\":\"money\",\"title\":\"N\",\"xiaoqu:title_zh\":\"数\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t/x")
                .hasMessageContaining("field n")
                .hasMessageContaining("'money'");
    }

    @Test
    void aMissingChineseTitleFails() {
        assertThatThrownBy(() -> parse("{\"name\":\"n\",\"type\":\"integer\",\"title\":\"N\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field n has no xiaoqu:title_zh");
    }

    @Test
    void aMisspeltExtensionAndAnUnknownPersonalKindFail() {
        assertThatThrownBy(
                        () -> parse("{\"name\":\"n\",\"title\":\"N\",\"xiaoqu:title_zh\":\"数\",\"xiaoqu:txt\":true}"))
                .hasMessageContaining("'xiaoqu:txt'");
        assertThatThrownBy(() -> parse(
                        "{\"name\":\"n\",\"title\":\"N\",\"xiaoqu:title_zh\":\"数\",\"xiaoqu:personal\":\"email\"}"))
                .hasMessageContaining("'email'");
    }

    @Test
    void aMissingSchemaFailsFast() {
        assertThatThrownBy(() -> OutputSchema.load("nothing/here"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/schemas/output/nothing/here.schema.json");
    }

    /** Every output schema any feature ships is valid (a feature's first test would fail later anyway). */
    @Test
    void everyShippedOutputSchemaLoads() throws IOException, URISyntaxException {
        URL root = OutputSchema.class.getResource("/schemas/output");
        if (root == null || !"file".equals(root.getProtocol())) {
            return; // no feature has an output schema yet
        }
        Path dir = Path.of(root.toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".schema.json")).toList();
        }
        for (Path p : files) {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            String name = rel.substring(0, rel.length() - ".schema.json".length());
            try (InputStream in = Files.newInputStream(p)) {
                assertThat(OutputSchema.parse(name, in).fields()).as(name).isNotEmpty();
            }
        }
    }
}
