package org.scholion.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;
import org.scholion.source.Source;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Session;
import org.scholion.ui.workbench.TextSelection;
import org.scholion.ui.workbench.WorkbenchSettings;

/** The window's actions without a window: projects, import, coding a selection, undo. */
class MainViewModelTest {

    @TempDir
    Path dir;

    private final TasksViewModel status = new TasksViewModel();
    private final Session session = new Session(ProjectThreadRunner.direct(status), status, "nino");
    private MainViewModel model;

    private MainViewModel model() {
        model = new MainViewModel(session, WorkbenchSettings.in(dir.resolve("data")));
        return model;
    }

    @AfterEach
    void closeProject() {
        if (session.project() != null) {
            session.project().close();
        }
    }

    @Test
    void openingAProjectShowsItRemembersItAndEveryViewReloads() {
        Path folder;
        try (Project project = TestProjects.studyProject(dir)) {
            folder = project.info().folder();
        }
        long sourcesBefore = session.sourcesRevisionProperty().get();
        MainViewModel main = model();

        main.open(folder);

        assertThat(session.project()).isNotNull();
        assertThat(session.project().sources().list()).hasSize(1);
        assertThat(main.titleProperty().get()).endsWith(" - Scholion");
        assertThat(session.sourcesRevisionProperty().get()).isGreaterThan(sourcesBefore);
        assertThat(main.recentProjects()).containsExactly(folder.toAbsolutePath().normalize());
        assertThat(WorkbenchSettings.in(dir.resolve("data")).lastProject()).contains(folder.toAbsolutePath().normalize());
    }

    @Test
    void aFolderThatIsNotAProjectGivesOneLineAndLeavesTheWorkbenchUsable() {
        MainViewModel main = model();

        main.open(dir.resolve("nothing-here"));

        assertThat(session.project()).isNull();
        assertThat(status.noticeProperty().get()).startsWith("Could not open ").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void importedFilesBecomeSourcesAndTheStatusBarSaysHowItWent() {
        MainViewModel main = model();
        main.create(dir.resolve("new.scholion"), "Thesis");

        main.importFiles(List.of(TestProjects.KUZIO_TEXT, dir.resolve("missing.pdf")));

        assertThat(session.project().sources().list()).extracting(Source::title).hasSize(1);
        assertThat(status.noticeProperty().get()).contains("1 imported").contains("missing.pdf");
        assertThat(status.busyProperty().get()).isFalse();
    }

    @Test
    void aSelectionCodedThroughTheSessionIsStoredUndoRemovesItAndRedoBringsItBack() {
        Path folder;
        try (Project project = TestProjects.studyProject(dir)) {
            folder = project.info().folder();
        }
        MainViewModel main = model();
        main.open(folder);
        Project project = session.project();
        Source kuzio = project.sources().list().getFirst();
        var code = project.codebook().snapshot().roots().getFirst().id();
        int before = project.codings().list(CodingFilter.ALL).size();
        long codingsRevision = session.codingsRevisionProperty().get();

        session.selectionProperty().set(new TextSelection(kuzio.id(), new org.scholion.source.Span(0, 40)));
        session.codeSelection(code);

        assertThat(project.codings().list(CodingFilter.ALL)).hasSize(before + 1);
        assertThat(session.codingsRevisionProperty().get()).isGreaterThan(codingsRevision);

        assertThat(main.nextUndoProperty().get()).startsWith("Undo: coded 40 characters with");
        assertThat(main.nextRedoProperty().get()).isEmpty();

        main.undo();

        assertThat(project.codings().list(CodingFilter.ALL)).hasSize(before);
        assertThat(status.noticeProperty().get()).startsWith("undid");
        assertThat(main.nextRedoProperty().get()).startsWith("Redo: coded 40 characters with");

        main.redo();

        assertThat(project.codings().list(CodingFilter.ALL)).hasSize(before + 1)
                .anySatisfy(c -> assertThat(c.span()).isEqualTo(new org.scholion.source.Span(0, 40)));
        assertThat(status.noticeProperty().get()).startsWith("redid");
        assertThat(main.nextRedoProperty().get()).isEmpty();
    }

    @Test
    void codingWithNothingSelectedSaysWhatToDoAndStoresNothing() {
        Path folder;
        try (Project project = TestProjects.studyProject(dir)) {
            folder = project.info().folder();
        }
        model().open(folder);
        int before = session.project().codings().list(CodingFilter.ALL).size();

        session.codeSelection(session.project().codebook().snapshot().roots().getFirst().id());

        assertThat(session.project().codings().list(CodingFilter.ALL)).hasSize(before);
        assertThat(status.noticeProperty().get()).isEqualTo("Select some text in a source first, then choose a code");
    }

    @Test
    void theCodersOfTheProjectCanBeHiddenAndTheCoderNameIsRemembered() {
        Path folder;
        try (Project project = TestProjects.studyProject(dir)) {
            folder = project.info().folder();
        }
        MainViewModel main = model();
        main.open(folder);

        assertThat(main.coders()).containsExactly(TestProjects.CODER);
        main.showCoder(TestProjects.CODER, false);
        assertThat(session.hiddenCoders()).containsExactly(TestProjects.CODER);
        main.showCoder(TestProjects.CODER, true);
        assertThat(session.hiddenCoders()).isEmpty();

        main.setCoder("  Tamar  ");
        assertThat(session.coder()).isEqualTo("Tamar");
        assertThat(WorkbenchSettings.in(dir.resolve("data")).coder()).contains("Tamar");
    }

    @Test
    void reopeningAProjectShowsTheSourceLastShownInIt() {
        Path folder;
        try (Project project = TestProjects.studyProject(dir)) {
            folder = project.info().folder();
        }
        MainViewModel main = model();
        main.open(folder);
        var kuzio = session.project().sources().list().getFirst().id();
        session.currentSourceProperty().set(kuzio);
        main.close();
        assertThat(session.currentSourceProperty().get()).isNull();

        MainViewModel again = new MainViewModel(session, WorkbenchSettings.in(dir.resolve("data")));
        again.open(folder);

        assertThat(session.currentSourceProperty().get()).isEqualTo(kuzio);
    }

    @Test
    void rebuildingTheIndexKeepsWhatSearchFinds() {
        Path folder;
        try (Project project = TestProjects.studyProject(dir)) {
            folder = project.info().folder();
        }
        MainViewModel main = model();
        main.open(folder);
        int before = session.project().search().search("peacekeepers", 0, org.scholion.index.HitOrder.SOURCE).totalMatches();

        main.reindex();

        assertThat(status.noticeProperty().get()).startsWith("Search index rebuilt: ");
        assertThat(session.project().search().search("peacekeepers", 0, org.scholion.index.HitOrder.SOURCE).totalMatches())
                .isEqualTo(before).isPositive();
    }

    @Test
    void anAutomaticBackupIsMadeWhenDueAndSaidInTheStatusBar() throws Exception {
        Path folder;
        try (Project project = TestProjects.studyProject(dir)) {
            folder = project.info().folder();
        }
        MainViewModel main = model();
        main.open(folder);
        assertThat(session.project().store().backups()).as("opening backs up").hasSize(1);

        main.backUpIfDue();
        assertThat(session.project().store().backups()).as("not due again within minutes").hasSize(1);

        // As if the copy had been lost: a backup is due again at once.
        java.nio.file.Files.delete(session.project().store().backups().getFirst().file());
        main.backUpIfDue();
        assertThat(session.project().store().backups()).hasSize(1);
        assertThat(status.noticeProperty().get()).startsWith("Backed up: ").contains("automatic");
    }
}
