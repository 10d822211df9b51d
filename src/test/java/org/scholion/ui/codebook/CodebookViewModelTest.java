package org.scholion.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.DeletePolicy;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;
import org.scholion.source.Source;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Session;
import org.scholion.ui.workbench.TextSelection;

/** The codebook tree without a window, over the study project (its codebook and one coding). */
class CodebookViewModelTest {

    @TempDir
    Path dir;

    private final TasksViewModel status = new TasksViewModel();
    private final Session session = new Session(ProjectThreadRunner.direct(status), status, "nino");
    private Project project;
    private CodebookViewModel model;

    @BeforeEach
    void openStudyProject() {
        project = TestProjects.studyProject(dir);
        model = new CodebookViewModel(session);
        session.setProject(project);
    }

    @AfterEach
    void close() {
        session.project().close();
    }

    private CodeId id(String path) {
        return TestProjects.code(project, path).id();
    }

    private CodeNode row(String path) {
        return model.node(id(path));
    }

    private Coding codeKuzio(String passage, String codePath) {
        Source kuzio = project.sources().list().getFirst();
        return project.codings().code(kuzio.id(), TestProjects.spanOf(project, kuzio, passage), id(codePath), "nino", null);
    }

    @Test
    void theTreeShowsEveryCodeInOrderWithTheStoredCountsOwnAndWithSubcodes() {
        codeKuzio("Russian peacekeepers", "Power-political interests");
        session.codingsChanged();

        assertThat(model.rows()).extracting(n -> n.path().toString())
                .isEqualTo(project.codebook().snapshot().depthFirst().stream()
                        .map(c -> project.codebook().snapshot().pathOf(c.id()).toString()).toList());
        assertThat(model.roots()).extracting(CodeNode::name)
                .containsExactly("Security interests", "Power-political interests", "Bilateral relations");
        CodeNode power = row("Power-political interests");
        assertThat(power.children()).hasSize(8);
        assertThat(power.codings()).isEqualTo(1);
        assertThat(power.codingsWithSubcodes()).isEqualTo(2);
        assertThat(power.countText()).isEqualTo("1 (2)");
        assertThat(power.countTooltip()).contains("1 coding with this code, 2 codings including its sub-codes");
        assertThat(row(TestProjects.PEACEKEEPING).codings()).isEqualTo(1);
        assertThat(row("Security interests").codingsWithSubcodes()).isZero();
    }

    @Test
    void addingACodeAndASubCodeStoresThemSelectsTheNewOneAndShowsItInTheTree() {
        model.add(null, "Identity");
        CodeId identity = model.selectedProperty().get();

        model.add(identity, "Orthodox solidarity");

        assertThat(project.codebook().snapshot().pathOf(model.selectedProperty().get()).toString())
                .isEqualTo("Identity/Orthodox solidarity");
        assertThat(model.roots()).extracting(CodeNode::name).endsWith("Identity");
        assertThat(model.node(identity).children()).extracting(CodeNode::name).containsExactly("Orthodox solidarity");
        assertThat(session.selectedCodes()).containsExactly(model.selectedProperty().get());
    }

    @Test
    void aDuplicateNameIsRefusedInOneLineAndNothingIsAdded() {
        int before = model.rows().size();

        model.add(null, "security interests");

        assertThat(model.rows()).hasSize(before);
        assertThat(project.codebook().snapshot().size()).isEqualTo(before);
        assertThat(status.noticeProperty().get()).startsWith("Code not added: ")
                .contains("already a code 'Security interests'").doesNotContain("\n");
    }

    @Test
    void renameRecolourAndMoveChangeTheStoreAndTheTree() {
        CodeId borders = id("Security interests/Border security");

        model.rename(borders, "Borders and trafficking");
        model.recolour(borders, CodeColor.parse("#123456"));
        model.move(borders, id("Power-political interests"));

        Code stored = project.codebook().snapshot().get(borders);
        assertThat(stored.name()).isEqualTo("Borders and trafficking");
        assertThat(stored.color().hex()).isEqualTo("#123456");
        assertThat(model.node(borders).path().toString()).isEqualTo("Power-political interests/Borders and trafficking");
        assertThat(model.node(borders).code().color().hex()).isEqualTo("#123456");
        assertThat(row("Security interests").children()).extracting(CodeNode::name).doesNotContain("Borders and trafficking");
    }

    @Test
    void aCodeCannotBeDroppedIntoItsOwnSubtreeNorWhereItAlreadyIs() {
        CodeId security = id("Security interests");
        CodeId spillover = id("Security interests/North Caucasus spill-over");

        assertThat(model.canMove(security, spillover)).isFalse();
        assertThat(model.canMove(spillover, security)).isFalse();
        assertThat(model.canMove(spillover, id("Bilateral relations"))).isTrue();
        assertThat(model.canMove(spillover, null)).isTrue();

        model.move(security, spillover);
        assertThat(status.noticeProperty().get()).startsWith("Code not moved: ").contains("inside itself");
        assertThat(project.codebook().snapshot().get(security).parent()).isNull();
    }

    @Test
    void mergingMovesTheCodingsToTheSurvivorAndRemovesTheCodeFromTheTree() {
        CodeId peacekeeping = id(TestProjects.PEACEKEEPING);
        CodeId statusQuo = id("Power-political interests/Status quo and controlled instability");
        assertThat(model.mergeTargets(id("Power-political interests"))).extracting(CodeNode::id)
                .doesNotContain(peacekeeping, id("Power-political interests")).contains(id("Security interests"));

        model.merge(peacekeeping, statusQuo);

        assertThat(model.node(peacekeeping)).isNull();
        assertThat(model.node(statusQuo).codings()).isEqualTo(1);
        assertThat(TestProjects.onlyCoding(project).code()).isEqualTo(statusQuo);
        assertThat(model.selectedProperty().get()).isEqualTo(statusQuo);
    }

    @Test
    void deletingAnUncodedCodeNeedsNoQuestion() {
        CodeId terrorism = id("Security interests/Terrorism and the Chechen link");
        List<DeleteQuestion> asked = new ArrayList<>();

        model.askDelete(terrorism, asked::add);

        assertThat(asked).isEmpty();
        assertThat(project.codebook().snapshot().find(terrorism)).isEmpty();
        assertThat(model.node(terrorism)).isNull();
    }

    @Test
    void deletingACodedCodeAsksWithTheNumberOfCodingsAndIsRefusedWithoutAPolicy() {
        codeKuzio("Russian peacekeepers", "Power-political interests");
        CodeId power = id("Power-political interests");
        List<DeleteQuestion> asked = new ArrayList<>();

        model.askDelete(power, asked::add);

        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q.codings()).isEqualTo(2);
            assertThat(q.subcodes()).isEqualTo(8);
            assertThat(q.text()).startsWith("2 codings use 'Power-political interests' and its 8 sub-codes.");
        });
        assertThat(project.codebook().snapshot().find(power)).isPresent();

        model.delete(power, DeletePolicy.refuseIfCoded());
        assertThat(status.noticeProperty().get()).startsWith("Code not deleted: ").contains("2 codings use it");
        assertThat(project.codings().list(CodingFilter.ALL)).hasSize(2);
        assertThat(model.node(power)).isNotNull();
    }

    @Test
    void aCodedCodeIsDeletedWithItsCodingsOrTheirCodingsAreReassignedWhenTheUserChooses() {
        CodeId peacekeeping = id(TestProjects.PEACEKEEPING);
        CodeId security = id("Security interests");

        model.delete(peacekeeping, new DeletePolicy.ReassignTo(security));
        assertThat(TestProjects.onlyCoding(project).code()).isEqualTo(security);
        assertThat(model.node(security).codings()).isEqualTo(1);
        assertThat(model.node(peacekeeping)).isNull();

        model.delete(security, new DeletePolicy.DeleteCodings());
        assertThat(project.codings().list(CodingFilter.ALL)).isEmpty();
        assertThat(model.roots()).extracting(CodeNode::name).containsExactly("Power-political interests", "Bilateral relations");
        assertThat(status.noticeProperty().get()).contains("1 coding deleted");
    }

    @Test
    void selectingACodeShowsItsGuidanceAndEditsAreStoredOnSaveAndReadBack() {
        CodeId borders = id("Security interests/Border security");
        model.select(List.of(borders));
        assertThat(session.selectedCodes()).containsExactly(borders);
        assertThat(model.guidance().definition().get()).startsWith("Russia's interest in guarding the external borders");

        model.guidance().whenNotToUse().set("Not for maritime borders.");
        model.guidance().example().set("“Russian border guards left Georgia in 1999.”");
        assertThat(project.codebook().snapshot().get(borders).guidance().whenNotToUse()).isNotEqualTo("Not for maritime borders.");
        model.saveGuidance();

        CodeGuidance stored = project.codebook().snapshot().get(borders).guidance();
        assertThat(stored.whenNotToUse()).isEqualTo("Not for maritime borders.");
        assertThat(stored.example()).isEqualTo("“Russian border guards left Georgia in 1999.”");
        assertThat(stored.definition()).startsWith("Russia's interest in guarding the external borders");
        assertThat(model.guidance().isDirty()).isFalse();
        assertThat(model.node(borders).code().guidance()).isEqualTo(stored);
    }

    @Test
    void unsavedGuidanceIsSavedWhenAnotherCodeIsSelectedAndSurvivesAReloadInBetween() {
        CodeId borders = id("Security interests/Border security");
        model.select(List.of(borders));
        model.guidance().definition().set("Borders, rewritten.");

        session.codingsChanged();
        assertThat(model.guidance().definition().get()).isEqualTo("Borders, rewritten.");
        model.select(List.of(id("Security interests")));

        assertThat(project.codebook().snapshot().get(borders).guidance().definition()).isEqualTo("Borders, rewritten.");
        assertThat(model.guidance().definition().get()).startsWith("Russia's domestic security interests");
    }

    @Test
    void quickKeysDefaultToTheFirstNineCodesAndAnAssignmentPersistsAcrossReopening() {
        List<CodeNode> rows = model.rows();
        for (int key = 1; key <= 9; key++) {
            assertThat(session.quickKeys()).containsEntry(key, rows.get(key - 1).id());
        }
        assertThat(rows.getFirst().quickKey()).isEqualTo(1);
        CodeId west = id("Bilateral relations/Relations with the West");

        model.assignQuickKey(3, west);

        assertThat(session.quickKeys()).containsEntry(3, west).containsEntry(1, rows.get(0).id())
                .containsEntry(9, rows.get(8).id()).hasSize(9);
        assertThat(model.node(west).quickKey()).isEqualTo(3);
        assertThat(model.node(rows.get(2).id()).quickKey()).isZero();

        Path folder = project.info().folder();
        session.setProject(null);
        project.close();
        project = Project.open(folder);
        session.setProject(project);
        assertThat(session.quickKeys()).containsEntry(3, west).hasSize(9);

        model.assignQuickKey(5, west);
        assertThat(session.quickKeys()).containsEntry(5, west).doesNotContainKey(3).hasSize(8);
        assertThat(project.quickKeys().current()).isEqualTo(Map.copyOf(session.quickKeys()));
    }

    @Test
    void theQuickCodeBoxCompletesOverPathsIgnoringAccentsAndCodesTheSelection() {
        Source kuzio = project.sources().list().getFirst();
        assertThat(model.completions("peacek")).extracting(n -> n.path().toString())
                .containsExactly(TestProjects.PEACEKEEPING);
        assertThat(model.completions("RELATIONS WITH")).extracting(CodeNode::name).first().isEqualTo("Relations with Georgia");
        assertThat(model.completions("géorgia")).extracting(CodeNode::name).containsExactly("Relations with Georgia");

        assertThat(model.codeSelectionWith("georgia")).isTrue();
        assertThat(status.noticeProperty().get()).startsWith("Select some text");

        session.selectionProperty().set(new TextSelection(kuzio.id(), TestProjects.spanOf(project, kuzio, "South Caucasus")));
        assertThat(model.hasTextSelected()).isTrue();
        assertThat(model.codeSelectionWith("relations with géorgia")).isTrue();

        assertThat(project.codings().list(CodingFilter.ALL)).filteredOn(c -> c.code().equals(id("Bilateral relations/Relations with Georgia")))
                .singleElement().satisfies(c -> assertThat(c.coder().name()).isEqualTo("nino"));
        assertThat(model.node(id("Bilateral relations/Relations with Georgia")).codings()).isEqualTo(1);
        assertThat(model.codeSelectionWith("no such code")).isFalse();
        assertThat(status.noticeProperty().get()).isEqualTo("No code matches 'no such code'");
    }
}
