package org.xiaoqu.address.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.address.AddressComponent;
import org.xiaoqu.address.AddressParser;
import org.xiaoqu.common.XiaoquException;

/** Reads small hand-written files in both corpus formats (no corpus data). */
class CorpusReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsBioWithMultiCharacterTokens() throws Exception {
        Path f = write(
                "test.txt",
                "芙 B-poi\n蓉 I-poi\n苑 I-poi\n12 B-houseno\n- B-redundant\n3 B-cellno\n- B-redundant\n301 B-roomno\n\n");
        List<LabelledAddress> all = CorpusReader.read(Corpus.NAACL, f);
        assertThat(all).hasSize(1);
        LabelledAddress a = all.get(0);
        assertThat(a.text()).isEqualTo("芙蓉苑12-3-301");
        assertThat(a.gold())
                .containsExactly(
                        new LabelledAddress.Gold(AddressComponent.ESTATE, 0, 3),
                        new LabelledAddress.Gold(AddressComponent.BUILDING, 3, 5),
                        new LabelledAddress.Gold(AddressComponent.UNIT, 6, 7),
                        new LabelledAddress.Gold(AddressComponent.ROOM, 8, 11));
    }

    @Test
    void readsBiesAndSkipsUnmappedLabels() throws Exception {
        Path f = write(
                "dev.conll", "长 B-city\n沙 E-city\n东 B-assist\n边 E-assist\n0 B-houseno\n幢 E-houseno\n\n路 S-road\n");
        List<LabelledAddress> all = CorpusReader.read(Corpus.CCKS, f);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).gold())
                .containsExactly(
                        new LabelledAddress.Gold(AddressComponent.CITY, 0, 2),
                        new LabelledAddress.Gold(AddressComponent.BUILDING, 4, 6));
        assertThat(all.get(1).gold()).containsExactly(new LabelledAddress.Gold(AddressComponent.ROAD, 0, 1));
    }

    @Test
    void scoresSpansExactly() throws Exception {
        write(
                "test.txt",
                "芙 B-poi\n蓉 I-poi\n华 I-poi\n庭 I-poi\n3 B-houseno\n栋 I-houseno\n\n"
                        + "芙 B-poi\n蓉 I-poi\n华 I-poi\n庭 I-poi\n一 I-poi\n期 I-poi\n3 B-houseno\n\n");
        EvaluationResult r = new AddressEvaluation(AddressParser.hunan()).evaluate(Corpus.NAACL, dir);
        assertThat(r.label("estate").correct()).isEqualTo(2);
        assertThat(r.label("building").gold()).isEqualTo(2);
        assertThat(r.label("building").correct()).isEqualTo(2);
        assertThat(r.micro().f1()).isEqualTo(1.0);
    }

    @Test
    void aLineWithNoTagNamesItsFileAndLine() throws Exception {
        Path f = write("bad.txt", "芙 B-poi\n蓉\n");
        assertThatThrownBy(() -> CorpusReader.read(Corpus.NAACL, f))
                .isInstanceOf(XiaoquException.class)
                .hasMessageContaining("bad.txt:2");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
