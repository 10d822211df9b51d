package org.scholion.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.CodePath;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.CodingId;
import org.scholion.coding.MemoTarget;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Session;

/** The inspector without a window: the codings at the caret, their memos and the source's memo, stored for good. */
class InspectorViewModelTest {

    static final String PEACEKEEPING = SampleCorpus.POWER_POLITICAL_INTERESTS + "/Exclusive peacekeeping and mediation";
    static final String WEST = "Bilateral relations/Relations with the West";

    @TempDir
    static Path dir;
    static Path folder;
    static Project project;
    static SourceId kuzio;

    private TasksViewModel status;
    private Session session;
    private InspectorViewModel model;

    @BeforeAll
    static void importTheCorpus() {
        project = SampleCorpus.imported(dir);
        folder = project.info().folder();
        kuzio = project.sources().list().stream().filter(s -> s.title().startsWith("Why Russian peacekeepers"))
                .map(Source::id).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        project.close();
    }

    @BeforeEach
    void openTheProject() {
        status = new TasksViewModel();
        session = new Session(ProjectThreadRunner.direct(status), status, "nino");
        session.setProject(project);
        model = new InspectorViewModel(session);
    }

    /** Closes the project and opens it again from its folder, in a new session, as after a restart. */
    private void reopen() {
        session.setProject(null);
        project.close();
        project = Project.open(folder);
        openTheProject();
    }

    private static CodeId code(String path) {
        return project.codebook().snapshot().resolve(CodePath.parse(path)).id();
    }

    /** What the viewer puts in the session: the codings of the source that cover a caret position. */
    private void caretAt(SourceId source, int position) {
        session.currentSourceProperty().set(source);
        session.codingsAtCaret().setAll(project.codings().list(new CodingFilter(Set.of(), Set.of(source), null)).stream()
                .filter(c -> c.span().contains(position)).map(Coding::id).toList());
    }

    @Test
    void theCodingsCoveringTheCaretAreShownWithCodeCoderDateAndText() {
        Coding first = project.codings().code(kuzio, new Span(2_000, 2_100), code(PEACEKEEPING), "anna", "an instrument");
        Coding second = project.codings().code(kuzio, new Span(2_050, 2_200), code(WEST), "lasha", null);
        Coding later = project.codings().code(kuzio, new Span(2_500, 2_520), code(WEST), "anna", null);
        TextOffsets text = TextOffsets.of(project.sources().text(kuzio));

        caretAt(kuzio, 2_075);

        assertThat(model.codings()).extracting(CodingEntry::id).containsExactlyInAnyOrder(first.id(), second.id());
        CodingEntry shown = model.codings().stream().filter(e -> e.id().equals(first.id())).findFirst().orElseThrow();
        assertThat(shown.codePath()).isEqualTo(PEACEKEEPING);
        assertThat(shown.coder()).isEqualTo("anna");
        assertThat(shown.memo()).isEqualTo("an instrument");
        assertThat(shown.quote()).isEqualTo(text.slice(first.span()));
        assertThat(shown.when()).isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(first.created().atZone(ZoneId.systemDefault())));

        caretAt(kuzio, 2_510);
        assertThat(model.codings()).extracting(CodingEntry::id).containsExactly(later.id());
        caretAt(kuzio, 2_400);
        assertThat(model.codings()).isEmpty();
    }

    @Test
    void memoEditsAreStoredAndSurviveReopeningTheProject() {
        Coding coding = project.codings().code(kuzio, new Span(3_000, 3_080), code(PEACEKEEPING), "anna", null);
        caretAt(kuzio, 3_010);
        long revision = session.codingsRevisionProperty().get();

        model.saveMemo(coding.id(), "Kuzio frames the peacekeepers as occupiers");

        assertThat(project.codings().get(coding.id()).memo()).isEqualTo("Kuzio frames the peacekeepers as occupiers");
        assertThat(model.codings()).extracting(CodingEntry::memo).containsExactly("Kuzio frames the peacekeepers as occupiers");
        assertThat(session.codingsRevisionProperty().get()).isGreaterThan(revision);
        long actions = project.store().log().size();
        model.saveMemo(coding.id(), "Kuzio frames the peacekeepers as occupiers");
        assertThat(project.store().log().size()).as("an unchanged memo is not written again").isEqualTo(actions);

        assertThat(model.sourceMemo().nameProperty().get()).isEqualTo(project.sources().get(kuzio).title());
        assertThat(model.sourceMemo().textProperty().get()).isEmpty();
        model.sourceMemo().textProperty().set("Commentary, not analysis: read with the 2021 ceasefire in mind");
        model.sourceMemo().save();
        model.sourceMemo().textProperty().set("Commentary, not analysis: read with the 2020 ceasefire in mind");
        model.sourceMemo().save();
        assertThat(project.sources().memo(kuzio)).isEqualTo("Commentary, not analysis: read with the 2020 ceasefire in mind");
        assertThat(project.store().memos().on(new MemoTarget.OnSource(kuzio))).hasSize(1)
                .allSatisfy(m -> assertThat(m.author().name()).isEqualTo("nino"));

        reopen();

        assertThat(project.codings().get(coding.id()).memo()).isEqualTo("Kuzio frames the peacekeepers as occupiers");
        caretAt(kuzio, 3_010);
        assertThat(model.codings()).extracting(CodingEntry::memo).containsExactly("Kuzio frames the peacekeepers as occupiers");
        assertThat(model.sourceMemo().textProperty().get()).isEqualTo("Commentary, not analysis: read with the 2020 ceasefire in mind");
        SourceId other = project.sources().list().stream().map(Source::id).filter(id -> !id.equals(kuzio)).findFirst().orElseThrow();
        session.currentSourceProperty().set(other);
        assertThat(model.sourceMemo().textProperty().get()).as("each source has its own memo").isEmpty();
    }

    @Test
    void thePickedCodingCanBeRemovedAndUndoBringsItBack() {
        Coding keep = project.codings().code(kuzio, new Span(4_000, 4_100), code(PEACEKEEPING), "anna", null);
        Coding drop = project.codings().code(kuzio, new Span(4_020, 4_060), code(WEST), "anna", null);
        caretAt(kuzio, 4_030);

        model.removeSelected();
        assertThat(project.codings().list(new CodingFilter(Set.of(), Set.of(kuzio), null))).extracting(Coding::id)
                .contains(keep.id(), drop.id());
        assertThat(status.noticeProperty().get()).isEqualTo("Pick a coding at the cursor first, then remove it");

        model.select(drop.id());
        long revision = session.codingsRevisionProperty().get();
        model.removeSelected();

        List<CodingId> left = project.codings().list(new CodingFilter(Set.of(), Set.of(kuzio), null)).stream().map(Coding::id).toList();
        assertThat(left).contains(keep.id()).doesNotContain(drop.id());
        assertThat(model.codings()).extracting(CodingEntry::id).containsExactly(keep.id());
        assertThat(session.selectedCodingProperty().get()).isNull();
        assertThat(session.codingsRevisionProperty().get()).isGreaterThan(revision);

        project.codings().undo("nino");
        caretAt(kuzio, 4_030);
        assertThat(model.codings()).extracting(CodingEntry::id).containsExactlyInAnyOrder(keep.id(), drop.id());
    }

    @Test
    void theMemoOfTheSelectedCodeIsShownEditedAndStoredOnThatCode() {
        CodeId peacekeeping = code(PEACEKEEPING);
        CodeId west = code(WEST);
        assertThat(model.codeMemo().nameProperty().get()).as("no code selected: nothing to edit").isEmpty();

        session.selectedCodes().setAll(peacekeeping);
        assertThat(model.codeMemo().nameProperty().get()).isEqualTo(PEACEKEEPING);
        assertThat(model.codeMemo().textProperty().get()).isEmpty();
        model.codeMemo().textProperty().set("Exclusive: Moscow keeps the OSCE out");
        long revision = session.memosRevisionProperty().get();
        model.codeMemo().save();
        assertThat(project.memos().memoText(new MemoTarget.OnCode(peacekeeping))).isEqualTo("Exclusive: Moscow keeps the OSCE out");
        assertThat(project.memos().on(new MemoTarget.OnCode(peacekeeping))).singleElement()
                .satisfies(m -> assertThat(m.author().name()).isEqualTo("nino"));
        assertThat(session.memosRevisionProperty().get()).isGreaterThan(revision);
        assertThat(status.noticeProperty().get()).isEqualTo("Code memo saved");

        // Typed for one code, then another selected before the field was left: stored on the first.
        model.codeMemo().textProperty().set("Exclusive: Moscow keeps the OSCE and the EU out");
        session.selectedCodes().setAll(west, peacekeeping);
        assertThat(model.codeMemo().nameProperty().get()).as("the first of several selected codes").isEqualTo(WEST);
        assertThat(model.codeMemo().textProperty().get()).isEmpty();
        assertThat(project.memos().memoText(new MemoTarget.OnCode(peacekeeping)))
                .isEqualTo("Exclusive: Moscow keeps the OSCE and the EU out");
        assertThat(project.memos().memoText(new MemoTarget.OnCode(west))).isEmpty();

        // Typed, and the project closed before the field was left (the window closed, say): stored.
        model.codeMemo().textProperty().set("The West as a foil");
        reopen();
        assertThat(project.memos().memoText(new MemoTarget.OnCode(west))).isEqualTo("The West as a foil");
        session.selectedCodes().setAll(peacekeeping);
        assertThat(model.codeMemo().textProperty().get()).isEqualTo("Exclusive: Moscow keeps the OSCE and the EU out");
        session.selectedCodes().clear();
        assertThat(model.codeMemo().nameProperty().get()).isEmpty();
        assertThat(model.codeMemo().textProperty().get()).isEmpty();
    }

    @Test
    void anUndoShowsTheMemoAsItWasAndADeletedCodeLeavesNothingToEdit() {
        CodeId security = code("Security interests"); // a code no other test writes a memo on
        session.selectedCodes().setAll(security);
        SourceId thesis = project.sources().list().stream().max(java.util.Comparator.comparingInt(Source::textLength))
                .map(Source::id).orElseThrow(); // a source no other test writes a memo on
        session.currentSourceProperty().set(thesis);
        model.codeMemo().textProperty().set("Security: the thesis's frame");
        model.codeMemo().save();
        model.sourceMemo().textProperty().set("The thesis: the study's backbone");
        model.sourceMemo().save();

        project.history().undo("nino");
        session.codebookChanged(); // what Edit > Undo tells the views
        assertThat(model.sourceMemo().textProperty().get()).isEmpty();
        assertThat(model.codeMemo().textProperty().get()).isEqualTo("Security: the thesis's frame");
        project.history().undo("nino");
        session.codebookChanged();
        assertThat(model.codeMemo().textProperty().get()).isEmpty();
        assertThat(project.memos().on(new MemoTarget.OnCode(security))).isEmpty();

        CodeId added = project.codebook().add(null, "Soft power", org.scholion.codebook.CodeColor.parse("#336699"),
                org.scholion.codebook.CodeGuidance.NONE, "nino").id();
        session.selectedCodes().setAll(added);
        assertThat(model.codeMemo().nameProperty().get()).isEqualTo("Soft power");
        project.history().undo("nino");
        session.codebookChanged();
        assertThat(model.codeMemo().nameProperty().get()).as("the code is gone: nothing to edit").isEmpty();
        assertThat(model.codeMemo().target()).isNull();
    }
}
