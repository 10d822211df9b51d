package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholion.project.HistoryFixture.ARMENIA;
import static org.scholion.project.HistoryFixture.POWER;
import static org.scholion.project.TestProjects.CODER;
import static org.scholion.project.TestProjects.PEACEKEEPING;
import static org.scholion.project.TestProjects.code;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scholion.codebook.CodeColor;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingAction;
import org.scholion.coding.CodingFilter;
import org.scholion.project.HistoryFixture.Snapshot;
import org.scholion.source.Source;

/**
 * Undo and redo of coding actions, an auto-code run as one step, the redo stack emptied by a new
 * action, walking back and forth through several steps, the Edit menu's descriptions, and all of it
 * surviving a reopen.
 */
class HistoryCodingTest {

    @TempDir
    Path dir;

    private Project project;
    private Source kuzio;

    @BeforeEach
    void open() {
        project = HistoryFixture.project(dir);
        kuzio = project.sources().list().getFirst();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private static Coding peacekeepers(Project p) {
        return p.codings().list(new CodingFilter(java.util.Set.of(code(p, PEACEKEEPING).id()), java.util.Set.of(), null))
                .getFirst();
    }

    static Stream<Arguments> actions() {
        return Stream.of(
                Arguments.of("code", (Consumer<Project>) p -> {
                    Source s = p.sources().list().getFirst();
                    p.codings().code(s.id(), TestProjects.spanOf(p, s, "Lachin corridor"), code(p, ARMENIA).id(), CODER, "m");
                }),
                Arguments.of("remove", (Consumer<Project>) p -> p.codings().remove(peacekeepers(p).id(), CODER)),
                Arguments.of("recode", (Consumer<Project>) p -> p.codings().recode(peacekeepers(p).id(),
                        code(p, ARMENIA).id(), CODER)),
                Arguments.of("resize", (Consumer<Project>) p -> {
                    Source s = p.sources().list().getFirst();
                    p.codings().resize(peacekeepers(p).id(), TestProjects.spanOf(p, s, "Russian peacekeepers"), CODER);
                }),
                Arguments.of("memo", (Consumer<Project>) p -> p.codings().setMemo(peacekeepers(p).id(), "😀 new", CODER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void undoAndRedoOfACodingActionRestoreTheExactStates(String name, Consumer<Project> action) {
        Snapshot before = Snapshot.of(project);
        action.accept(project);
        Snapshot after = Snapshot.of(project);
        assertThat(after).isNotEqualTo(before);

        project.history().undo(CODER);
        assertThat(Snapshot.of(project)).isEqualTo(before);
        HistoryFixture.assertIndexAgrees(project);
        project.history().redo(CODER);
        assertThat(Snapshot.of(project)).isEqualTo(after);
        HistoryFixture.assertIndexAgrees(project);
    }

    @Test
    void anAutoCodeRunIsUndoneAsOneStepAndRedoneAsOne() {
        var preview = project.search().preview("Armenia", code(project, ARMENIA).id(), AutocodeScope.MATCH);
        Snapshot before = Snapshot.of(project);
        int made = project.search().applyAutocode(preview, code(project, ARMENIA).id(), CODER).size();
        assertThat(made).isGreaterThan(5);
        Snapshot after = Snapshot.of(project);
        assertThat(project.history().nextUndo()).hasValue("Undo: coded " + made + " passages with '" + ARMENIA + "'");

        assertThat(project.history().undo(CODER).description()).endsWith("(" + made + " coding changes)");
        assertThat(Snapshot.of(project)).isEqualTo(before);
        HistoryFixture.assertIndexAgrees(project);
        assertThat(project.history().nextRedo()).hasValue("Redo: coded " + made + " passages with '" + ARMENIA + "'");

        assertThat(project.history().redo(CODER).description()).endsWith("(" + made + " coding changes)");
        assertThat(Snapshot.of(project)).isEqualTo(after);
        HistoryFixture.assertIndexAgrees(project);
    }

    @Test
    void repeatedUndoWalksBackAndRepeatedRedoForwardThroughCodingAndCodebookActions() {
        Snapshot s0 = Snapshot.of(project);
        var added = project.codebook().add(null, "Energy security", CodeColor.parse("teal"), null, CODER);
        Snapshot s1 = Snapshot.of(project);
        Coding coding = project.codings().code(kuzio.id(), TestProjects.spanOf(project, kuzio, "Lachin corridor"),
                added.id(), CODER, "");
        Snapshot s2 = Snapshot.of(project);
        project.codebook().rename(added.id(), "Energy", CODER);
        Snapshot s3 = Snapshot.of(project);
        project.codings().setMemo(coding.id(), "pipelines", CODER);
        Snapshot s4 = Snapshot.of(project);

        List<Snapshot> states = List.of(s0, s1, s2, s3, s4);
        for (int i = 3; i >= 0; i--) {
            project.history().undo(CODER);
            assertThat(Snapshot.of(project)).as("after undoing down to state %d", i).isEqualTo(states.get(i));
        }
        // the added code went last, after its coding: the stack's order guarantees it
        assertThat(project.codebook().snapshot().findByKey(added.key())).isEmpty();
        for (int i = 1; i <= 4; i++) {
            project.history().redo(CODER);
            assertThat(Snapshot.of(project)).as("after redoing up to state %d", i).isEqualTo(states.get(i));
        }
        assertThat(project.history().nextRedo()).isEmpty();
        HistoryFixture.assertIndexAgrees(project);
    }

    @Test
    void aNewActionEmptiesTheRedoStack() {
        project.codings().setMemo(peacekeepers(project).id(), "first", CODER);
        project.history().undo(CODER);
        assertThat(project.history().nextRedo()).hasValue("Redo: edited the memo of a coding with '" + PEACEKEEPING + "'");

        project.codebook().recolour(code(project, POWER).id(), CodeColor.parse("#000"), CODER);

        assertThat(project.history().nextRedo()).isEmpty();
        assertThatThrownBy(() -> project.history().redo(CODER)).isInstanceOf(IllegalStateException.class)
                .hasMessage("there is nothing to redo");
        assertThat(peacekeepers(project).memo()).isEqualTo("peacekeepers as an instrument, not a neutral force");
        // undo still reaches further back, past the undone memo, to what came before it
        assertThat(project.history().nextUndo()).hasValue("Undo: recoloured '" + POWER + "' from #ff7f0e to #000000");
    }

    @Test
    void undoAndRedoStacksSurviveClosingAndReopening() {
        Path folder = project.info().folder();
        Coding coding = peacekeepers(project);
        project.codebook().rename(code(project, PEACEKEEPING).id(), "Peacekeeping monopoly", CODER);
        project.codings().remove(coding.id(), CODER);
        Snapshot renamed = Snapshot.of(project);
        project.history().undo(CODER);
        project.history().undo(CODER);
        Snapshot original = Snapshot.of(project);
        project.history().redo(CODER);
        Snapshot redone = Snapshot.of(project);
        project.close();

        project = Project.open(folder, TestProjects.clock());
        assertThat(Snapshot.of(project)).isEqualTo(redone);
        assertThat(project.history().nextRedo()).hasValue("Redo: removed a coding of "
                + TestProjects.PEACEKEEPERS_PASSAGE.length() + " characters with '" + POWER + "/Peacekeeping monopoly'");
        assertThat(project.history().nextUndo()).hasValue("Undo: renamed '" + PEACEKEEPING + "' to 'Peacekeeping monopoly'");
        project.history().redo(CODER);
        assertThat(Snapshot.of(project)).isEqualTo(renamed);
        project.history().undo(CODER);
        project.history().undo(CODER);
        assertThat(Snapshot.of(project)).isEqualTo(original);
    }

    @Test
    void undoAndRedoAreEachOneLoggedGroupThatNamesWhatItReversed() {
        project.codebook().rename(code(project, POWER).id(), "Power interests", CODER);
        long renamed = project.store().log().lastUndoable().orElseThrow();

        UndoResult undone = project.history().undo(CODER);
        List<CodingAction> undo = project.store().log().recent(3);
        UndoResult redone = project.history().redo(CODER);
        List<CodingAction> redo = project.store().log().recent(3);

        assertThat(undone.group()).isEqualTo(renamed);
        assertThat(undone.description()).isEqualTo("undid action " + renamed + ": renamed '" + POWER
                + "' to 'Power interests' (1 codebook change)");
        assertThat(undo).extracting(CodingAction::kind).containsExactly(CodingAction.Kind.CODE_BEFORE,
                CodingAction.Kind.CODE_AFTER, CodingAction.Kind.UNDO);
        assertThat(undo.getLast().detail()).isEqualTo(Long.toString(renamed));
        assertThat(undo.get(1).code().code().name()).isEqualTo(POWER);
        assertThat(redone.group()).isEqualTo(undo.getLast().group());
        assertThat(redone.description()).isEqualTo("redid action " + renamed + ": renamed '" + POWER
                + "' to 'Power interests' (1 codebook change)");
        assertThat(redo.getLast().kind()).isEqualTo(CodingAction.Kind.REDO);
        assertThat(redo.getLast().detail()).isEqualTo(Long.toString(undo.getLast().group()));
        assertThat(redo.get(1).code().code().name()).isEqualTo("Power interests");
    }
}
