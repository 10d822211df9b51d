package org.scholion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;
import org.scholion.source.Source;
import org.scholion.source.TextOffsets;

class CliSourceCommandsTest {

    @TempDir
    Path dir;

    @Test
    void sourcesListsEachSourceWithItsLengthInCodePointsAndItsCodings() throws Exception {
        Path folder;
        String text;
        try (Project project = TestProjects.studyProject(dir)) {
            folder = project.info().folder();
            text = project.sources().text(project.sources().list().getFirst().id());
        }

        Cli result = Cli.run("sources", folder.toString(), "--json");

        assertThat(result.exit()).isZero();
        JsonNode source = new ObjectMapper().readTree(result.out()).get("sources").get(0);
        assertThat(source.get("id").asLong()).isEqualTo(1);
        assertThat(source.get("type").asText()).isEqualTo("news");
        assertThat(source.get("year").asInt()).isEqualTo(2021);
        assertThat(source.get("date").asText()).isEqualTo("2021-11-25");
        assertThat(source.get("authors").get(0).asText()).isEqualTo("Taras Kuzio");
        assertThat(source.get("citationKey").asText()).isEqualTo("kuzio2021");
        assertThat(source.get("length").asInt()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(source.get("codings").asInt()).isEqualTo(1);

        Cli table = Cli.run("sources", folder.toString());
        assertThat(table.outLines()).hasSize(2);
        assertThat(table.outLines().get(1)).contains("news", "2021", "Why Russian peacekeepers");
    }

    @Test
    void textPrintsTheExactCodePointSliceAndRefusesOneOutsideTheText() throws Exception {
        Path folder;
        Source kuzio;
        String text;
        try (Project project = TestProjects.studyProject(dir)) {
            folder = project.info().folder();
            kuzio = project.sources().list().getFirst();
            text = project.sources().text(kuzio.id());
        }
        int start = text.indexOf(TestProjects.PEACEKEEPERS_PASSAGE);
        int from = TextOffsets.of(text).toCodePoint(start);
        int to = from + TestProjects.PEACEKEEPERS_PASSAGE.length();

        Cli slice = Cli.run("text", folder.toString(), "1", "--from", Integer.toString(from), "--to", Integer.toString(to));
        assertThat(slice.exit()).isZero();
        assertThat(slice.out()).isEqualTo(TestProjects.PEACEKEEPERS_PASSAGE);

        Cli whole = Cli.run("text", folder.toString(), "1");
        assertThat(whole.out()).isEqualTo(text);

        Cli outside = Cli.run("text", folder.toString(), "1", "--from", "0", "--to", Integer.toString(kuzio.textLength() + 1));
        assertThat(outside.exit()).isEqualTo(1);
        assertThat(outside.errLines()).containsExactly("scholion text: --from 0 --to " + (kuzio.textLength() + 1)
                + " is outside source 1, which has " + kuzio.textLength() + " code points");
        assertThat(Files.exists(folder.resolve("project.db"))).isTrue();
    }
}
