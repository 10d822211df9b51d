package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.Code;
import org.scholion.codebook.DeletePolicy;
import org.scholion.coding.CodingAction;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoTarget;
import org.scholion.json.CodebookJson;
import org.scholion.source.Source;

/**
 * Memos on the project, a source and a code, written, edited and deleted as user actions: each is
 * undone and redone on its own, across reopening, and a deleted memo comes back as it was.
 */
class MemoServiceTest {

    private static final String BORDERS = "Security interests/Border security";

    @TempDir
    Path dir;

    private Project project;
    private Source kuzio;
    private Code borders;

    /** A clock that moves a second on every reading, so that "created" and "modified" differ. */
    private static final class Ticking extends Clock {
        private Instant now = TestProjects.T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }
    }

    @BeforeEach
    void studyProject() {
        project = Project.create(dir.resolve("study"), "Russia and the South Caucasus", new Ticking());
        project.codebook().importSpec(CodebookJson.read(TestProjects.STUDY_CODEBOOK), "anna");
        kuzio = TestProjects.addKuzio(project);
        borders = TestProjects.code(project, BORDERS);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private void reopen() {
        Path folder = project.info().folder();
        project.close();
        project = Project.open(folder);
    }

    @Test
    void writingEditingAndDeletingAreEachUndoneAndRedoneAsOneStep() {
        MemoTarget onBorders = new MemoTarget.OnCode(borders.id());
        Memo question = project.memos().add(MemoTarget.project(), "", "Why does Moscow want exclusive mediation?", "anna");
        assertThat(project.history().nextUndo()).hasValue("Undo: wrote a memo on the project");
        Memo boundary = project.memos().add(onBorders, "Boundary", "Overlaps with military bases.", "boris");
        assertThat(project.history().nextUndo()).hasValue("Undo: wrote the memo 'Boundary' on code '" + BORDERS + "'");
        project.memos().edit(boundary.id(), null, "Overlaps with military bases; see Kuzio.", "anna");
        assertThat(project.history().nextUndo()).hasValue("Undo: edited the memo 'Boundary' on code '" + BORDERS + "'");
        String questionGuid = project.store().memos().guids().get(question.id());
        project.memos().delete(question.id(), "anna");
        assertThat(project.history().nextUndo()).hasValue("Undo: deleted a memo on the project");
        List<Memo> done = project.memos().list();
        assertThat(done).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("Boundary");
            assertThat(m.text()).isEqualTo("Overlaps with military bases; see Kuzio.");
            assertThat(m.author().name()).as("the memo keeps who wrote it").isEqualTo("boris");
            assertThat(m.modified()).isAfter(m.created());
        });

        assertThat(project.history().undo("anna").description())
                .isEqualTo("undid action 5: deleted a memo on the project (1 memo change)");
        Memo back = project.memos().get(question.id());
        assertThat(back).extracting(Memo::target, Memo::title, Memo::text, Memo::created)
                .containsExactly(question.target(), question.title(), question.text(), question.created());
        assertThat(back.author().name()).isEqualTo("anna");
        assertThat(project.store().memos().guids().get(question.id()))
                .as("a memo brought back keeps the GUID an exchange file knows it by").isEqualTo(questionGuid);
        project.history().undo("anna");
        assertThat(project.memos().get(boundary.id()).text()).isEqualTo("Overlaps with military bases.");
        project.history().undo("anna");
        assertThat(project.memos().on(onBorders)).as("a memo written is gone on undo").isEmpty();
        project.history().undo("anna");
        assertThat(project.memos().list()).isEmpty();
        assertThat(project.history().nextRedo()).hasValue("Redo: wrote a memo on the project");

        reopen();
        project.history().redo("anna");
        project.history().redo("anna");
        assertThat(project.history().nextRedo()).hasValue("Redo: edited the memo 'Boundary' on code '" + BORDERS + "'");
        Memo rewritten = project.memos().get(boundary.id());
        assertThat(rewritten).extracting(Memo::target, Memo::title, Memo::text, Memo::created)
                .containsExactly(onBorders, "Boundary", "Overlaps with military bases.", boundary.created());
        assertThat(rewritten.author().name()).as("a memo redone keeps its author, not who redid it").isEqualTo("boris");
        project.history().redo("anna");
        project.history().redo("anna");
        assertThat(project.memos().list()).extracting(Memo::id, Memo::title, Memo::text)
                .containsExactlyElementsOf(done.stream().map(m -> org.assertj.core.groups.Tuple.tuple(m.id(), m.title(), m.text())).toList());
        assertThat(project.history().nextRedo()).isEmpty();
    }

    @Test
    void theOwnMemoIsWrittenOnFirstTextChangedInPlaceAndDeletedWhenCleared() {
        MemoTarget onBorders = new MemoTarget.OnCode(borders.id());
        Memo note = project.memos().add(onBorders, "Boundary", "A titled note beside the code's own memo.", "anna");
        assertThat(project.memos().memoText(onBorders)).as("a titled memo is not the code's own").isEmpty();

        project.memos().setMemoText(onBorders, "Borders as a security frame", "nino");
        project.memos().setMemoText(onBorders, "Borders as a security frame, not a power frame", "nino");
        long entries = project.store().log().size();
        project.memos().setMemoText(onBorders, "Borders as a security frame, not a power frame", "nino");
        assertThat(project.store().log().size()).as("an unchanged memo writes nothing").isEqualTo(entries);
        assertThat(project.memos().memoText(onBorders)).isEqualTo("Borders as a security frame, not a power frame");
        assertThat(project.memos().on(onBorders)).hasSize(2);
        assertThat(project.history().nextUndo()).hasValue("Undo: edited the memo on code '" + BORDERS + "'");

        project.memos().setMemoText(onBorders, "  ", "nino");
        assertThat(project.memos().on(onBorders)).as("clearing the text deletes the memo").containsExactly(note);
        project.history().undo("nino");
        project.history().undo("nino");
        project.history().undo("nino");
        assertThat(project.memos().on(onBorders)).as("undoing the first text leaves no empty memo").containsExactly(note);
    }

    @Test
    void aCodesMemoFollowsItIntoTheProjectWhenTheCodeIsDeletedAndBackOnUndo() {
        MemoTarget onBorders = new MemoTarget.OnCode(borders.id());
        Memo memo = project.memos().add(onBorders, "", "Borders: a security frame", "anna");
        project.codebook().delete(borders.id(), new DeletePolicy.RefuseIfCoded(), "anna");
        assertThat(project.memos().on(MemoTarget.project())).extracting(Memo::title)
                .containsExactly("[from deleted code " + BORDERS + "] ");

        project.history().undo("anna");
        assertThat(project.memos().on(onBorders)).extracting(Memo::id, Memo::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(memo.id(), "Borders: a security frame"));
        project.history().undo("anna");
        assertThat(project.memos().list()).isEmpty();
        project.history().redo("anna");
        project.history().redo("anna");
        assertThat(project.memos().on(MemoTarget.project())).extracting(Memo::id).containsExactly(memo.id());
    }

    @Test
    void theLogKeepsAMemoWrittenAndDeletedAsSingleEntriesWithItsAuthor() {
        Memo memo = project.memos().add(new MemoTarget.OnSource(kuzio.id()), "Reading", "Commentary, not analysis", "anna");
        project.memos().delete(memo.id(), "boris");

        List<CodingAction> log = project.store().log().recent(2);
        assertThat(log).extracting(CodingAction::kind)
                .containsExactly(CodingAction.Kind.MEMO_AFTER, CodingAction.Kind.MEMO_BEFORE);
        assertThat(log).extracting(CodingAction::group).doesNotHaveDuplicates();
        assertThat(log).allSatisfy(entry -> {
            assertThat(entry.memo().text()).isEqualTo("Commentary, not analysis");
            assertThat(entry.memoOrigin().author()).isEqualTo("anna");
            assertThat(entry.memoOrigin().created()).isEqualTo(memo.created());
        });
    }

    @Test
    void listingsNameEachMemosTarget() {
        project.memos().add(MemoTarget.project(), "Question", "Why?", "anna");
        project.memos().add(new MemoTarget.OnSource(kuzio.id()), "", "Commentary", "anna");
        project.memos().add(new MemoTarget.OnCode(borders.id()), "", "Frame", "anna");

        assertThat(project.memos().rows()).extracting(MemoRow::targetName)
                .containsExactly("Russia and the South Caucasus", kuzio.title(), BORDERS);
        assertThat(project.memos().rows(new MemoTarget.OnCode(borders.id()))).extracting(r -> r.memo().text())
                .containsExactly("Frame");
    }

    @Test
    void unknownTargetsAndMemosAndEmptyMemosAreRefusedWithoutChangingAnything() {
        Memo memo = project.memos().add(MemoTarget.project(), "", "Why?", "anna");
        TestProjects.State before = TestProjects.State.of(project);

        assertThatThrownBy(() -> project.memos().add(new MemoTarget.OnSource(new org.scholion.source.SourceId(99)), "", "x", "anna"))
                .hasMessage("there is no source with id 99");
        assertThatThrownBy(() -> project.memos().add(new MemoTarget.OnCode(new org.scholion.codebook.CodeId(999)), "", "x", "anna"))
                .hasMessage("there is no code with id 999");
        assertThatThrownBy(() -> project.memos().add(MemoTarget.project(), " ", "", "anna"))
                .hasMessage("a memo needs a title or some text");
        assertThatThrownBy(() -> project.memos().edit(memo.id(), "", " ", "anna"))
                .hasMessage("a memo needs a title or some text");
        assertThatThrownBy(() -> project.memos().edit(4711, "t", null, "anna")).hasMessage("there is no memo with id 4711");
        assertThatThrownBy(() -> project.memos().delete(4711, "anna")).hasMessage("there is no memo with id 4711");
        assertThatThrownBy(() -> project.memos().memoText(new MemoTarget.OnCode(new org.scholion.codebook.CodeId(999))))
                .hasMessage("there is no code with id 999");

        assertThat(TestProjects.State.of(project)).isEqualTo(before);
    }
}
