package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.scholion.project.TestProjects.CODER;
import static org.scholion.project.TestProjects.code;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.DeletePolicy;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingAction;
import org.scholion.coding.CodingFilter;
import org.scholion.source.Source;

/**
 * Undo reverses the latest coding action not yet undone, as a new logged action (the log is never
 * rewritten): an added coding goes, a removed one comes back under its old id, a changed one gets
 * its old state; codebook actions are undone too (see HistoryCodebookTest for each of them).
 */
class UndoTest {

    @TempDir
    Path dir;

    private Project project;
    private Coding coding;

    @BeforeEach
    void openStudyProject() {
        project = TestProjects.studyProject(dir);
        coding = TestProjects.onlyCoding(project);
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void undoingACodingRemovesIt() {
        long codedAs = project.store().log().recent(1).getFirst().group();

        UndoResult result = project.codings().undo(CODER);

        assertThat(project.codings().list(CodingFilter.ALL)).isEmpty();
        assertThat(result.group()).isEqualTo(codedAs);
        assertThat(result.description()).isEqualTo("undid action " + codedAs + ": coded "
                + TestProjects.PEACEKEEPERS_PASSAGE.length() + " characters with '" + TestProjects.PEACEKEEPING
                + "' (1 coding change)");
        assertThat(project.store().log().recent(2)).extracting(CodingAction::kind, CodingAction::detail).containsExactly(
                tuple(CodingAction.Kind.REMOVE, ""),
                tuple(CodingAction.Kind.UNDO, Long.toString(codedAs)));
    }

    @Test
    void undoingARemovalRestoresTheSameCodingUnderItsId() {
        // a later coding, so that the removed one is not the newest: a fresh insert would get another id
        Source kuzio = project.sources().list().getFirst();
        Coding later = project.codings().code(kuzio.id(), TestProjects.spanOf(project, kuzio, "The second issue"),
                code(project, "Bilateral relations").id(), "boris", "");
        project.codings().remove(coding.id(), CODER);
        assertThat(project.codings().list(CodingFilter.ALL)).containsExactly(later);

        project.codings().undo(CODER);

        assertThat(project.codings().list(CodingFilter.ALL)).containsExactlyInAnyOrder(coding, later);
    }

    @Test
    void undoingAChangeRestoresTheStateBeforeIt() {
        var statusQuo = code(project, "Power-political interests/Status quo and controlled instability").id();
        Source kuzio = project.sources().list().getFirst();

        project.codings().recode(coding.id(), statusQuo, CODER);
        project.codings().undo(CODER);
        assertThat(project.codings().get(coding.id())).isEqualTo(coding);

        project.codings().resize(coding.id(), TestProjects.spanOf(project, kuzio, "The second issue"), CODER);
        project.codings().undo(CODER);
        assertThat(project.codings().get(coding.id())).isEqualTo(coding);

        project.codings().setMemo(coding.id(), "", CODER);
        project.codings().undo(CODER);
        assertThat(project.codings().get(coding.id())).isEqualTo(coding);
    }

    @Test
    void successiveUndosGoBackOneActionAtATimeDownToTheCodebookImport() {
        Source kuzio = project.sources().list().getFirst();
        Coding second = project.codings().code(kuzio.id(), TestProjects.spanOf(project, kuzio, "The second issue"),
                code(project, "Bilateral relations/Relations with Armenia").id(), CODER, "");
        project.codings().setMemo(second.id(), "diaspora", CODER);

        project.codings().undo(CODER);
        assertThat(project.codings().get(second.id()).memo()).isEmpty();
        project.codings().undo(CODER);
        assertThat(project.codings().list(CodingFilter.ALL)).containsExactly(coding);
        project.codings().undo(CODER);
        assertThat(project.codings().list(CodingFilter.ALL)).isEmpty();

        // what is left is the codebook import, which undo now reverses too
        assertThat(project.codings().undo(CODER).description()).isEqualTo("undid action 1: imported a codebook: "
                + "21 added, 0 updated, 0 unchanged (23 codebook changes)");
        assertThat(project.codebook().snapshot().isEmpty()).isTrue();
        assertThat(project.codebook().exportSpec().name()).isEmpty();
        assertThatThrownBy(() -> project.codings().undo(CODER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("there is nothing to undo");
    }

    @Test
    void aNewProjectHasNothingToUndo(@TempDir Path elsewhere) {
        try (Project fresh = TestProjects.emptyProject(elsewhere)) {
            assertThatThrownBy(() -> fresh.codings().undo(CODER))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("there is nothing to undo");
            assertThat(fresh.store().log().size()).isZero();
        }
    }

    @Test
    void deletingCodingsWithTheirCodeIsUndoneWithTheCodingsUnderTheirIds() {
        TestProjects.State beforeDelete = TestProjects.State.of(project);
        project.codebook().delete(code(project, "Power-political interests").id(), new DeletePolicy.DeleteCodings(), CODER);
        assertThat(project.codings().list(CodingFilter.ALL)).isEmpty();

        project.codings().undo(CODER);

        TestProjects.State restored = TestProjects.State.of(project);
        assertThat(restored.codebookFile()).isEqualTo(beforeDelete.codebookFile());
        assertThat(restored.codes()).isEqualTo(beforeDelete.codes());
        assertThat(restored.codings()).containsExactly(coding);
        // the delete's group still holds the coding in full: the log was added to, never rewritten
        long undoGroup = project.store().log().recent(1).getFirst().group();
        List<CodingAction> deleted = project.store().log().group(undoGroup - 1);
        assertThat(deleted).filteredOn(a -> a.kind() == CodingAction.Kind.REMOVE).singleElement()
                .satisfies(a -> assertThat(a.coding().span()).isEqualTo(coding.span()));
    }
}
