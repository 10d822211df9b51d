package org.scholion.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.project.Project;

class FirstRunTest {

    @TempDir
    Path data;

    @Test
    void theFirstRunBuildsTheSampleProjectOnceFromTheInstalledCorpusAndCodebook() {
        FirstRun firstRun = new FirstRun(Path.of("."), data);
        ByteArrayOutputStream said = new ByteArrayOutputStream();

        firstRun.ensureSampleProject(new PrintStream(said, true, StandardCharsets.UTF_8));

        assertThat(said.toString(StandardCharsets.UTF_8)).contains("Sample project ready: 5 imported");
        try (Project sample = Project.open(firstRun.sampleProject())) {
            assertThat(sample.sources().list()).hasSize(5);
            assertThat(sample.codebook().snapshot().roots()).extracting(c -> c.name())
                    .containsExactly("Security interests", "Power-political interests", "Bilateral relations");
        }

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        firstRun.ensureSampleProject(new PrintStream(second, true, StandardCharsets.UTF_8));
        assertThat(second.size()).as("a second run leaves the sample project alone").isZero();
    }
}
