package org.scholion.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.scholion.project.TestProjects.STUDY_CODEBOOK;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.json.CodebookFormatException;
import org.scholion.json.CodebookJson;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;

/**
 * `new`, `info` and `codebook import|export|list`, run as a user runs them: each prints what it
 * did, exits 0, and the project on disk holds what was reported.
 */
class CliProjectCommandsTest {

    @TempDir
    Path dir;

    private String project() {
        return dir.resolve("study").toString();
    }

    /** The study project (codebook, Kuzio source, one coding), closed so the command line can open it. */
    private void studyProject() {
        TestProjects.studyProject(dir).close();
    }

    @Test
    void newCreatesAProjectThatInfoDescribes() throws IOException {
        Cli created = Cli.run("new", project(), "--name", "Russia and the South Caucasus");

        assertThat(created.exit()).isZero();
        assertThat(created.err()).isEmpty();
        Path folder = dir.resolve("study.scholion").toAbsolutePath();
        assertThat(created.out()).isEqualTo("Created project 'Russia and the South Caucasus' in " + folder + "\n");
        assertThat(folder.resolve("project.db")).isRegularFile();

        Cli info = Cli.run("info", project());
        assertThat(info.exit()).isZero();
        assertThat(info.outLines()).contains("Project:   Russia and the South Caucasus", "Folder:    " + folder,
                "Schema:    4", "Sources:   0", "Codes:     0", "Codings:   0");

        JsonNode json = new ObjectMapper().readTree(Cli.run("info", project(), "--json").out());
        assertThat(json.get("name").asText()).isEqualTo("Russia and the South Caucasus");
        assertThat(json.get("description").asText()).isEmpty();
        assertThat(json.get("folder").asText()).isEqualTo(folder.toString());
        try (Project project = Project.open(folder)) {
            assertThat(Instant.parse(json.get("created").asText())).isEqualTo(project.info().created());
        }
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(4);
        assertThat(json.get("codes").asInt()).isZero();
    }

    @Test
    void newWithoutANameNamesTheProjectAfterItsFolder() {
        assertThat(Cli.run("new", project()).out()).startsWith("Created project 'study' in ");
    }

    @Test
    void infoCountsWhatTheProjectHolds() throws IOException {
        studyProject();

        JsonNode json = new ObjectMapper().readTree(Cli.run("info", project() + ".scholion", "--json").out());

        assertThat(json.get("sources").asInt()).isEqualTo(1);
        assertThat(json.get("codes").asInt()).isEqualTo(21);
        assertThat(json.get("codings").asInt()).isEqualTo(1);
        assertThat(json.get("coders").asInt()).isEqualTo(1);
        assertThat(json.get("actions").asLong()).as("the import and the coding").isEqualTo(2);
    }

    @Test
    void importThenExportGivesTheStudyCodebookBackByteForByte() throws IOException {
        Cli.run("new", project());

        Cli imported = Cli.run("codebook", "import", project(), STUDY_CODEBOOK.toString(), "--coder", "anna");
        Path exported = dir.resolve("exported.json");
        Cli written = Cli.run("codebook", "export", project(), exported.toString());

        assertThat(imported.exit()).isZero();
        assertThat(imported.out()).isEqualTo("Imported " + STUDY_CODEBOOK + ": 21 added, 0 updated, 0 unchanged\n");
        assertThat(written.exit()).isZero();
        assertThat(written.out()).isEqualTo("Wrote 21 codes to " + exported + "\n");
        assertThat(Files.readAllBytes(exported)).isEqualTo(Files.readAllBytes(STUDY_CODEBOOK));
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void exportToADashWritesTheCodebookToStandardOutput() throws IOException {
        studyProject();

        Cli exported = Cli.run("codebook", "export", project(), "-");

        assertThat(exported.exit()).isZero();
        assertThat(exported.out()).isEqualTo(Files.readString(STUDY_CODEBOOK, StandardCharsets.UTF_8));
    }

    @Test
    void exportReplacesAnOlderFile() throws IOException {
        studyProject();
        Path target = dir.resolve("codebook.json");
        Files.writeString(target, "an older, longer version of the codebook ".repeat(500));

        assertThat(Cli.run("codebook", "export", project(), target.toString()).exit()).isZero();

        assertThat(Files.readAllBytes(target)).isEqualTo(Files.readAllBytes(STUDY_CODEBOOK));
    }

    @Test
    void importingAgainReportsTheCodesAsUnchanged() {
        studyProject();

        Cli again = Cli.run("codebook", "import", project(), STUDY_CODEBOOK.toString());

        assertThat(again.out()).isEqualTo("Imported " + STUDY_CODEBOOK + ": 0 added, 0 updated, 21 unchanged\n");
    }

    @Test
    void listShowsTheTreeWithColoursAndCodingCounts() {
        studyProject();

        Cli list = Cli.run("codebook", "list", project());

        assertThat(list.exit()).isZero();
        assertThat(list.outLines()).hasSize(21).startsWith(
                "Security interests  #1f77b4  (0)",
                "  North Caucasus spill-over  #6baed6  (0)");
        assertThat(list.outLines()).contains(
                "Power-political interests  #ff7f0e  (0)",
                "  Exclusive peacekeeping and mediation  #d94801  (1)",
                "Bilateral relations  #2ca02c  (0)");
        assertThat(list.outLines()).last().isEqualTo("  Relations with the West  #006d2c  (0)");
    }

    @Test
    void codebookWithoutASubcommandShowsWhatItOffers() {
        Cli bare = Cli.run("codebook");

        assertThat(bare.exit()).isZero();
        assertThat(bare.out()).startsWith("Usage: scholion codebook").contains("import", "export", "list");
    }

    @Test
    void aMalformedCodebookFailsWithOneLineAndChangesNothing() {
        TestProjects.State before;
        try (Project study = TestProjects.studyProject(dir)) {
            before = TestProjects.State.of(study);
        }
        Path malformed = Path.of("src", "test", "resources", "codebooks", "malformed", "unknown-colour.json");
        // where the fault is, is the format tests' business: here, that the user gets it in one line
        String fault = catchThrowableOfType(CodebookFormatException.class, () -> CodebookJson.read(malformed)).getMessage();

        Cli failed = Cli.run("codebook", "import", project(), malformed.toString());

        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.out()).isEmpty();
        assertThat(failed.errLines()).containsExactly("scholion codebook import: " + fault);
        assertThat(fault).startsWith(malformed + ":4:").contains("codes[0].color: unknown colour 'reddish'");
        try (Project reopened = Project.open(dir.resolve("study"), TestProjects.clock())) {
            assertThat(TestProjects.State.of(reopened)).isEqualTo(before);
        }
    }
}
