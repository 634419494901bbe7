package org.xiaoqu.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.store.StoreSettings;

/**
 * The temporary folders killed attempts leave: a run removes those of its own store beside its folder, and nothing
 * else — another store's (which may be running into the same output folder), folders a person made, files.
 */
class OutputFolderTest {
    @TempDir
    Path dir;

    @Test
    void aRunRemovesWhatKilledAttemptsOfItsStoreLeftBesideItAndNothingElse() throws IOException {
        String mine = OutputFolder.owner(StoreSettings.embedded(dir.resolve("a/xiaoqu-data")));
        String theirs = OutputFolder.owner(StoreSettings.embedded(dir.resolve("b/xiaoqu-data")));
        assertThat(mine).isNotEqualTo(theirs).hasSize(8);
        assertThat(OutputFolder.owner(StoreSettings.embedded(dir.resolve("a/xiaoqu-data"))))
                .isEqualTo(mine);

        Path job = dir.resolve("out/credit-reconcile");
        Path killed = job.resolve(".run.partial-" + mine + "-123");
        Files.createDirectories(killed.resolve(".work"));
        Files.writeString(killed.resolve(".work/0.spill"), "records");
        Path killedWithOut = job.resolve(".night.partial-" + mine + "-9");
        Files.createDirectories(killedWithOut);
        Path running = Files.createDirectories(job.resolve(".run.partial-" + theirs + "-456"));
        Path older = Files.createDirectories(job.resolve(".run.partial-789"));
        Path finished = Files.createDirectories(job.resolve("7"));
        Path file = Files.writeString(job.resolve(".run.partial-" + mine + "-5"), "not a folder");

        OutputFolder output = OutputFolder.plan(null, dir.resolve("out"), "credit-reconcile");
        Path work = output.begin(mine);

        assertThat(killed).doesNotExist();
        assertThat(killedWithOut).doesNotExist();
        assertThat(List.of(running, older, finished, file)).allMatch(Files::exists);
        assertThat(work.getFileName().toString()).startsWith(".run.partial-" + mine + "-");
        assertThat(work).isDirectory();
        assertThat(output.commit(8)).isEqualTo(job.resolve("8")).isDirectory();
    }
}
