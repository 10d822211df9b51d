package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholion.project.TestProjects.CODER;
import static org.scholion.project.TestProjects.PEACEKEEPING;
import static org.scholion.project.TestProjects.STUDY_CODEBOOK;
import static org.scholion.project.TestProjects.code;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeSpec;
import org.scholion.codebook.CodebookException;
import org.scholion.codebook.CodebookSpec;
import org.scholion.json.CodebookFormatException;
import org.scholion.json.CodebookJson;

/**
 * Importing a codebook file into a project that already holds the study codebook and a coding:
 * codes are matched by key, updated in place (so codings stay with them), never deleted; and a
 * file or import that cannot be applied whole is refused without changing anything.
 */
class CodebookImportTest {

    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void openStudyProject() {
        project = TestProjects.studyProject(dir);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private static CodebookSpec study() {
        return CodebookJson.read(STUDY_CODEBOOK);
    }

    /** The study codebook with the code of one key changed. */
    private static CodebookSpec studyWith(String key, UnaryOperator<CodeSpec> change) {
        CodebookSpec study = study();
        List<CodeSpec> codes = new ArrayList<>(study.codes());
        codes.replaceAll(c -> c.key().equals(key) ? change.apply(c) : c);
        return new CodebookSpec(study.name(), study.description(), codes);
    }

    @Test
    void aNewProjectGetsEveryCodeInTheFilesOrder(@TempDir Path elsewhere) {
        try (Project fresh = TestProjects.emptyProject(elsewhere)) {
            CodebookImportReport report = fresh.codebook().importSpec(study(), CODER);

            assertThat(report.added()).hasSize(21).startsWith("security", "security.spillover")
                    .endsWith("bilateral.turkey", "bilateral.west");
            assertThat(report.summary()).isEqualTo("21 added, 0 updated, 0 unchanged");
            assertThat(fresh.summary().codes()).isEqualTo(21);
            assertThat(fresh.codebook().exportSpec()).isEqualTo(study());
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothingButTheLog() {
        TestProjects.State before = TestProjects.State.of(project);

        CodebookImportReport report = project.codebook().importSpec(study(), CODER);

        assertThat(report.summary()).isEqualTo("0 added, 0 updated, 21 unchanged");
        TestProjects.State after = TestProjects.State.of(project);
        assertThat(after.codebookFile()).isEqualTo(before.codebookFile());
        assertThat(after.codes()).isEqualTo(before.codes());
        assertThat(after.codings()).isEqualTo(before.codings());
        assertThat(project.store().log().recent(1).getFirst().detail())
                .isEqualTo("imported a codebook: 0 added, 0 updated, 21 unchanged");
    }

    @Test
    void anEditedCodeIsUpdatedInPlaceAndKeepsItsCodings() {
        Code before = code(project, PEACEKEEPING);
        CodebookSpec edited = studyWith("power.peacekeeping", c -> new CodeSpec(c.key(), c.parentKey(),
                "Peacekeeping monopoly", CodeColor.parse("crimson"), c.guidance()));

        CodebookImportReport report = project.codebook().importSpec(edited, CODER);

        assertThat(report.updated()).containsExactly("power.peacekeeping");
        Code after = code(project, "Power-political interests/Peacekeeping monopoly");
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.color().hex()).isEqualTo("#dc143c");
        assertThat(TestProjects.onlyCoding(project).code()).isEqualTo(before.id());
    }

    @Test
    void codesTheFileLacksAreKeptAndListed() {
        Code economic = project.codebook().add(null, "Economic interests", CodeColor.parse("gold"), null, CODER);

        CodebookImportReport report = project.codebook().importSpec(study(), CODER);

        assertThat(report.keptNotInFile()).containsExactly("economic-interests");
        assertThat(report.summary()).isEqualTo("0 added, 0 updated, 21 unchanged, 1 kept that the file does not have");
        assertThat(code(project, "Economic interests").id()).isEqualTo(economic.id());
    }

    @Test
    void aFileCodeWithAnUnknownKeyButAKnownNameUpdatesThatCode() {
        Code borders = code(project, "Security interests/Border security");
        CodebookSpec renamedKey = studyWith("security.borders", c -> new CodeSpec("security.border-guards",
                c.parentKey(), "border security", c.color(), c.guidance()));

        CodebookImportReport report = project.codebook().importSpec(renamedKey, CODER);

        assertThat(report.added()).isEmpty();
        assertThat(report.updated()).containsExactly("security.border-guards");
        Code updated = code(project, "Security interests/border security");
        assertThat(updated.id()).isEqualTo(borders.id());
        assertThat(updated.key()).as("the project's key stays").isEqualTo("security.borders");
        assertThat(project.codebook().snapshot().size()).isEqualTo(21);
    }

    @Test
    void aCodebookBreakingItsOwnRulesIsRefusedBeforeAnythingChanges() {
        TestProjects.State before = TestProjects.State.of(project);
        CodebookSpec cycle = new CodebookSpec("Cycle", "", List.of(
                new CodeSpec("security", null, "Security interests", CodeColor.parse("teal"), null),
                new CodeSpec("a", "b", "Code A", CodeColor.parse("teal"), null),
                new CodeSpec("b", "a", "Code B", CodeColor.parse("teal"), null)));
        CodebookSpec duplicateKey = studyWith("power", c -> new CodeSpec("security", null, c.name(), c.color(),
                c.guidance()));

        assertThatThrownBy(() -> project.codebook().importSpec(cycle, CODER))
                .isInstanceOf(CodebookException.class)
                .hasMessage("code 2, field 'parent': codes form a cycle: a -> b -> a");
        assertThatThrownBy(() -> project.codebook().importSpec(duplicateKey, CODER))
                .isInstanceOf(CodebookException.class)
                .hasMessage("code 7, field 'key': key 'security' is used by an earlier code");
        assertThat(TestProjects.State.of(project)).isEqualTo(before);
    }

    @Test
    void anImportClashingWithTheProjectsOwnCodesIsRefusedAndChangesNothing() {
        project.codebook().add(null, "Economic interests", CodeColor.parse("gold"), null, CODER);
        TestProjects.State before = TestProjects.State.of(project);
        // sound as a file, but the project keeps a code of that name at the top level; the new code
        // before it in the file is added first and must go again when the import is refused
        CodebookSpec renamed = studyWith("bilateral", c -> new CodeSpec(c.key(), null, "ECONOMIC interests",
                c.color(), c.guidance()));
        List<CodeSpec> codes = new ArrayList<>(renamed.codes());
        codes.add(6, new CodeSpec("security.cyber", "security", "Cyber attacks", CodeColor.parse("navy"), null));
        CodebookSpec clash = new CodebookSpec(renamed.name(), renamed.description(), codes);

        assertThatThrownBy(() -> project.codebook().importSpec(clash, CODER))
                .isInstanceOf(CodebookException.class)
                .hasMessage("code 'bilateral' cannot be named 'ECONOMIC interests' at the top level: "
                        + "the project's code 'Economic interests' (key 'economic-interests') is already there");
        assertThat(TestProjects.State.of(project)).isEqualTo(before);
    }

    @Test
    void swappingTwoNamesIsRefusedWithAClearMessageAndChangesNothing() {
        TestProjects.State before = TestProjects.State.of(project);
        CodebookSpec swapped = studyWith("security", c -> new CodeSpec(c.key(), null, "Power-political interests",
                c.color(), c.guidance()));
        List<CodeSpec> codes = new ArrayList<>(swapped.codes());
        codes.replaceAll(c -> c.key().equals("power")
                ? new CodeSpec(c.key(), null, "Security interests", c.color(), c.guidance()) : c);

        assertThatThrownBy(() -> project.codebook().importSpec(new CodebookSpec("s", "", codes), CODER))
                .isInstanceOf(CodebookException.class)
                .hasMessageStartingWith("code 'security' cannot be named 'Power-political interests' at the top level");
        assertThat(TestProjects.State.of(project)).isEqualTo(before);
    }

    static Stream<Path> malformedFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "codebooks", "malformed"))) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void aMalformedFileLeavesTheProjectExactlyAsItWas(Path file) {
        TestProjects.State before = TestProjects.State.of(project);

        // the same two steps `scholion codebook import` takes
        assertThatThrownBy(() -> project.codebook().importSpec(CodebookJson.read(file), CODER))
                .isInstanceOf(CodebookFormatException.class)
                .hasMessageStartingWith(file + ":");

        assertThat(TestProjects.State.of(project)).isEqualTo(before);
        assertThat(TestProjects.onlyCoding(project).anchor().quote()).isEqualTo(TestProjects.PEACEKEEPERS_PASSAGE);
    }
}
