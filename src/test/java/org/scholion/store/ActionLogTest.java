package org.scholion.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholion.coding.CodingAction.Kind.ADD;
import static org.scholion.coding.CodingAction.Kind.AFTER;
import static org.scholion.coding.CodingAction.Kind.BEFORE;
import static org.scholion.coding.CodingAction.Kind.CODEBOOK;
import static org.scholion.coding.CodingAction.Kind.CODE_ADD;
import static org.scholion.coding.CodingAction.Kind.REMOVE;
import static org.scholion.coding.CodingAction.Kind.UNDO;
import static org.scholion.store.StoreTesting.MIXED_TEXT;
import static org.scholion.store.StoreTesting.T0;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingAction;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.source.NewSource;
import org.scholion.source.Source;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;
import org.scholion.source.Span;

/**
 * The action log records every change, one group per user action, and survives closing the
 * project: what was done can always be read back and undone, even after a restart.
 */
class ActionLogTest {

    @TempDir
    Path dir;

    private final StoreTesting.ManualClock clock = new StoreTesting.ManualClock(T0);
    private Path folder;
    private Source source;
    private Code code;

    @BeforeEach
    void createProject() {
        try (Project project = Project.create(dir.resolve("p"), "p", clock)) {
            folder = project.info().folder();
            source = project.sources().add(new NewSource(SourceMetadata.titled("mixed", SourceType.ARTICLE),
                    MIXED_TEXT, null, null), "anna");
            code = project.codebook().add(null, "Russia", CodeColor.parse("teal"), null, "anna");
        }
    }

    @Test
    void everyActionIsOneGroupOfEntriesThatSurvivesReopening() {
        List<CodingAction> before;
        Coding first;
        Coding second;
        try (Project project = Project.open(folder, clock)) {
            clock.set(T0.plusSeconds(10));
            first = project.codings().code(source.id(), new Span(0, 6), code.id(), "anna", "");
            clock.set(T0.plusSeconds(20));
            second = project.codings().code(source.id(), new Span(22, 23), code.id(), "Борис", "😀 memo");
            clock.set(T0.plusSeconds(30));
            project.codings().setMemo(first.id(), "now with a memo", "anna");
            clock.set(T0.plusSeconds(40));
            project.codings().remove(second.id(), "Борис");
            clock.set(T0.plusSeconds(50));
            project.codings().undo("anna");
            before = project.store().log().recent(100);
        }

        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            List<CodingAction> log = store.log().recent(100);
            assertThat(log).isEqualTo(before);
            assertThat(log).extracting(CodingAction::kind)
                    .containsExactly(CODE_ADD, CODEBOOK, ADD, ADD, BEFORE, AFTER, REMOVE, ADD, UNDO);
            assertThat(log).extracting(CodingAction::group).containsExactly(1L, 1L, 2L, 3L, 4L, 4L, 5L, 6L, 6L);
            assertThat(log).extracting(CodingAction::coder)
                    .containsExactly("anna", "anna", "anna", "Борис", "anna", "anna", "Борис", "anna", "anna");
            assertThat(log.get(0).code().code()).isEqualTo(code);
            assertThat(log.get(0).code().created()).isEqualTo(T0);
            assertThat(log.get(1).detail()).isEqualTo("added code 'Russia'");
            log = log.subList(1, log.size());
            assertThat(log.get(2).at()).isEqualTo(T0.plusSeconds(20));

            CodingAction added = log.get(2);
            assertThat(added.coding().id()).isEqualTo(second.id());
            assertThat(added.coding().span()).isEqualTo(new Span(22, 23));
            assertThat(added.coding().memo()).isEqualTo("😀 memo");
            assertThat(added.coding().created()).isEqualTo(T0.plusSeconds(20));
            assertThat(log.get(3).coding().memo()).isEmpty();
            assertThat(log.get(4).coding().memo()).isEqualTo("now with a memo");
            assertThat(log.get(7).detail()).as("the undo names the group it reversed").isEqualTo("5");
            assertThat(store.log().group(4)).containsExactly(log.get(3), log.get(4));
            assertThat(store.log().size()).isEqualTo(9);
            // The removed coding was restored by the undo under its old id.
            assertThat(store.codings().get(second.id()).anchor().quote()).isEqualTo("😀");
        }
    }

    @Test
    void anUndoAfterReopeningReversesTheLastActionOfTheEarlierSession() {
        Coding coding;
        try (Project project = Project.open(folder, clock)) {
            coding = project.codings().code(source.id(), new Span(22, 23), code.id(), "anna", "keep me");
            clock.set(T0.plusSeconds(5));
            project.codings().remove(coding.id(), "anna");
        }

        try (Project project = Project.open(folder, clock)) {
            assertThat(project.store().log().lastUndoable()).hasValue(3);
            project.codings().undo("anna");

            Coding restored = project.codings().get(coding.id());
            assertThat(restored).isEqualTo(coding);
            assertThat(restored.anchor().quote()).isEqualTo("😀");
        }
    }

    @Test
    void severalChangesMadeAsOneActionShareOneGroup() {
        try (Project project = Project.open(folder, clock)) {
            long sizeBefore = project.store().log().size();
            project.store().write("anna", () -> {
                project.codings().code(source.id(), new Span(0, 6), code.id(), "anna", "");
                project.codings().code(source.id(), new Span(9, 14), code.id(), "anna", "");
            });

            List<CodingAction> log = project.store().log().recent(2);
            assertThat(project.store().log().size()).isEqualTo(sizeBefore + 2);
            assertThat(log).extracting(CodingAction::kind).containsExactly(ADD, ADD);
            assertThat(log.get(0).group()).isEqualTo(log.get(1).group());

            // Undo reverses the whole action, not only its last entry.
            project.codings().undo("anna");
            assertThat(project.codings().list(CodingFilter.ALL)).isEmpty();
        }
    }

    @Test
    void anActionThatFailsLeavesNeitherItsChangesNorLogEntries() {
        try (Project project = Project.open(folder, clock)) {
            long sizeBefore = project.store().log().size();

            assertThatThrownBy(() -> project.store().write("anna", () -> {
                project.codings().code(source.id(), new Span(0, 6), code.id(), "anna", "");
                throw new IllegalStateException("the user's action failed half-way");
            })).hasMessage("the user's action failed half-way");

            assertThat(project.codings().list(CodingFilter.ALL)).isEmpty();
            assertThat(project.store().log().size()).isEqualTo(sizeBefore);
            assertThat(project.store().coders().find("anna")).as("not even the new coder is kept").isEmpty();
        }
        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            assertThat(store.codings().count()).isZero();
        }
    }

    @Test
    void aChangeCannotBeLoggedOutsideAnAction() {
        // Without ProjectStore.write there is no actor to record and no group to join.
        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            long sizeBefore = store.log().size();

            assertThatThrownBy(() -> store.log().codebook("sneaky change"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside ProjectStore.write");
            assertThat(store.log().size()).isEqualTo(sizeBefore);
        }
    }

    @Test
    void undoAppendsToTheLogAndNeverErasesWhatWasDone() {
        try (Project project = Project.open(folder, clock)) {
            Coding coding = project.codings().code(source.id(), new Span(0, 6), code.id(), "anna", "");
            List<CodingAction> beforeUndo = project.store().log().recent(100);

            project.codings().undo("anna");

            List<CodingAction> afterUndo = project.store().log().recent(100);
            assertThat(afterUndo).startsWith(beforeUndo.toArray(CodingAction[]::new));
            assertThat(afterUndo.subList(beforeUndo.size(), afterUndo.size()))
                    .extracting(CodingAction::kind).containsExactly(REMOVE, UNDO);
            assertThat(project.codings().list(CodingFilter.ALL)).doesNotContain(coding);
        }
    }
}
