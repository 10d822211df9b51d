package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.project.QdaModels.guid;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeGuidance;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;
import org.scholion.exchange.QdaCode;
import org.scholion.exchange.QdaCodebook;
import org.scholion.exchange.QdaSet;

/**
 * A REFI-QDA codebook (QDC) is added to an open project as one action: the codes it brings are
 * added with their GUIDs, colours, guidance and codability, the codes the project has already are
 * kept as they are and reported, and one undo takes the whole import back. The project's own
 * codebook exports as a QDC that brings the same tree into another project.
 */
class QdaCodebookImportTest {

    @TempDir
    Path dir;

    @Test
    void newCodesAreAddedAsOneUndoableActionAndKnownOnesAreKept() {
        try (Project project = TestProjects.studyProject(dir)) {
            Code security = TestProjects.code(project, "Security interests");
            String securityGuid = project.store().codes().guids().get(security.id());
            TestProjects.State before = TestProjects.State.of(project);
            QdaCodebook file = new QdaCodebook("NVivo 14", List.of(
                    new QdaCode(guid(1), "security INTERESTS", true, "#000000", "ignored", List.of(), List.of(
                            new QdaCode(guid(2), "Cyber", true, "#00FF00", "Attacks on networks.", List.of(), List.of()))),
                    new QdaCode(guid(3), "Themes", false, null, "Definition: grouping\n\nWhen to use: never", List.of(),
                            List.of(new QdaCode(guid(4), "a", true, "#abcdef", "", List.of(), List.of()),
                                    new QdaCode(guid(5), "A", true, null, "", List.of(), List.of()))),
                    new QdaCode(org.scholion.exchange.Guid.parse(securityGuid), "Renamed elsewhere", true, null, "",
                            List.of(), List.of())),
                    List.of(new QdaSet(guid(8), "Mixed", "kept and new", List.of(guid(1), guid(2), guid(9)), List.of(),
                            List.of())));

            QdaCodebookImportReport report = project.exchange().importCodebook(file, "anna");

            assertThat(report.added()).containsExactly("Security interests/Cyber", "Themes", "Themes/a", "Themes/A (2)");
            assertThat(report.kept()).containsExactly("Security interests", "Security interests");
            assertThat(report.notes()).containsExactly(
                    "code 'security INTERESTS' is already in the project as 'Security interests': kept as it is",
                    "code 'Themes/A' is renamed 'A (2)': another code there has that name",
                    "code 'Renamed elsewhere' is already in the project as 'Security interests': kept as it is",
                    "set 'Mixed': its code " + guid(9) + " was not imported: left out of the set",
                    "1 set is kept and exported again, but the workbench does not show sets yet");
            assertThat(project.store().sets().list()).singleElement().satisfies(set -> {
                assertThat(set.name()).isEqualTo("Mixed");
                assertThat(set.codes()).containsExactly(security.id(),
                        TestProjects.code(project, "Security interests/Cyber").id());
            });
            assertThat(report.summary()).isEqualTo("4 codes added, 2 already in the project and kept as they were");
            Codebook codebook = project.codebook().snapshot();
            Code cyber = TestProjects.code(project, "Security interests/Cyber");
            Code themes = TestProjects.code(project, "Themes");
            assertThat(cyber.color().hex()).isEqualTo("#00ff00");
            assertThat(cyber.guidance()).isEqualTo(new CodeGuidance("Attacks on networks.", "", "", ""));
            assertThat(themes.guidance()).isEqualTo(new CodeGuidance("grouping", "never", "", ""));
            assertThat(TestProjects.code(project, "Security interests").color()).isEqualTo(security.color());
            Map<CodeId, String> guids = project.store().codes().guids();
            assertThat(guids.get(cyber.id())).isEqualTo(guid(2).value());
            assertThat(guids.get(themes.id())).isEqualTo(guid(3).value());
            assertThat(guids.get(security.id())).isEqualTo(securityGuid);
            assertThat(project.store().codes().notCodable()).containsExactly(themes.id());
            assertThat(codebook.size()).isEqualTo(before.codes().size() + 4);

            assertThat(project.history().nextUndo()).hasValueSatisfying(s -> assertThat(s).startsWith(
                    "Undo: imported a codebook: 4 added"));
            project.history().undo("anna");
            assertThat(TestProjects.State.of(project).codes()).isEqualTo(before.codes());
            assertThat(TestProjects.State.of(project).codebookFile()).isEqualTo(before.codebookFile());

            project.history().redo("anna");
            Code back = TestProjects.code(project, "Themes");
            assertThat(project.store().codes().guids().get(back.id())).isEqualTo(guid(3).value());
            assertThat(project.store().codes().notCodable()).containsExactly(back.id());
            assertThat(project.store().codes().guids().get(TestProjects.code(project, "Themes/A (2)").id()))
                    .isEqualTo(guid(5).value());
        }
    }

    @Test
    void aCodebookThatBringsNothingNewChangesNothing() {
        try (Project project = TestProjects.studyProject(dir)) {
            TestProjects.State before = TestProjects.State.of(project);
            QdaCodebookImportReport report = project.exchange().importCodebook(project.exchange().exportCodebook(null),
                    "anna");
            assertThat(report.added()).isEmpty();
            assertThat(report.kept()).hasSize(before.codes().size());
            assertThat(TestProjects.State.of(project)).isEqualTo(before);
        }
    }

    @Test
    void theExportedCodebookBringsTheSameTreeIntoAnotherProject() {
        QdaCodebook exported;
        List<String> tree;
        try (Project project = ExchangeProjects.coded(dir.resolve("a"))) {
            exported = project.exchange().exportCodebook("Scholion test");
            tree = tree(project);
        }
        assertThat(exported.origin()).isEqualTo("Scholion test");
        assertThat(exported.codes()).allSatisfy(c -> assertThat(c.noteRefs()).isEmpty());
        assertThat(exported.sets()).as("only the sets with codes, and only their codes").singleElement()
                .satisfies(set -> {
                    assertThat(set.name()).isEqualTo("Interests");
                    assertThat(set.memberCodes()).hasSize(2);
                    assertThat(set.memberSources()).isEmpty();
                    assertThat(set.memberNotes()).isEmpty();
                });
        assertThat(exported.codes()).filteredOn(c -> c.name().equals("Themes (grouping only)")).singleElement()
                .satisfies(c -> {
                    assertThat(c.codable()).isFalse();
                    assertThat(c.color()).isEqualTo("#336699");
                    assertThat(c.children()).extracting(QdaCode::description).containsExactly(
                            "Nothing but a definition.", "Definition: When to use: a definition that looks labelled.");
                });
        try (Project other = TestProjects.emptyProject(dir.resolve("b"))) {
            QdaCodebookImportReport report = other.exchange().importCodebook(exported, "anna");
            assertThat(report.notes()).containsExactly(
                    "1 set is kept and exported again, but the workbench does not show sets yet");
            assertThat(tree(other)).isEqualTo(tree);
            assertThat(other.exchange().exportCodebook("Scholion test")).isEqualTo(exported);
        }
    }

    private static List<String> tree(Project project) {
        Codebook codebook = project.codebook().snapshot();
        Map<CodeId, String> guids = project.store().codes().guids();
        var notCodable = project.store().codes().notCodable();
        return codebook.depthFirst().stream().map(c -> codebook.pathOf(c.id()) + " " + c.color() + " " + c.guidance()
                + " " + guids.get(c.id()) + " " + !notCodable.contains(c.id())).toList();
    }
}
