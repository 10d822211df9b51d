package org.scholion.ui.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoTarget;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;
import org.scholion.ui.main.MainViewModel;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Session;
import org.scholion.ui.workbench.WorkbenchSettings;

/** The project memo without a window: read on opening, stored on Save, named by Edit > Undo, which takes it back. */
class ProjectMemoViewModelTest {

    @TempDir
    Path dir;

    private final TasksViewModel status = new TasksViewModel();
    private final Session session = new Session(ProjectThreadRunner.direct(status), status, "nino");
    private Project project;

    @BeforeEach
    void open() {
        project = TestProjects.studyProject(dir);
        session.setProject(project);
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void theProjectMemoIsStoredOnSaveAndEditUndoNamesAndReversesIt() {
        MainViewModel main = new MainViewModel(session, WorkbenchSettings.in(dir.resolve("data")));
        ProjectMemoViewModel model = new ProjectMemoViewModel(session);
        model.open();
        assertThat(model.projectNameProperty().get()).isEqualTo("Russia and the South Caucasus");
        assertThat(model.textProperty().get()).isEmpty();

        model.textProperty().set("Research question: why does Russia want to mediate alone?");
        assertThat(project.memos().list()).as("nothing is stored before Save").isEmpty();
        model.save();

        assertThat(project.memos().on(MemoTarget.project())).singleElement().satisfies(memo -> {
            assertThat(memo.text()).isEqualTo("Research question: why does Russia want to mediate alone?");
            assertThat(memo.title()).isEmpty();
            assertThat(memo.author().name()).isEqualTo("nino");
        });
        assertThat(status.noticeProperty().get()).isEqualTo("Project memo saved");
        assertThat(main.nextUndoProperty().get()).isEqualTo("Undo: wrote a memo on the project");

        ProjectMemoViewModel again = new ProjectMemoViewModel(session);
        again.open();
        assertThat(again.textProperty().get()).isEqualTo("Research question: why does Russia want to mediate alone?");
        again.textProperty().set("Research question: why does Russia mediate alone, and for whom?");
        again.save();
        assertThat(main.nextUndoProperty().get()).isEqualTo("Undo: edited the memo on the project");

        main.undo();
        assertThat(project.memos().memoText(MemoTarget.project()))
                .isEqualTo("Research question: why does Russia want to mediate alone?");
        assertThat(main.nextRedoProperty().get()).isEqualTo("Redo: edited the memo on the project");
        main.undo();
        assertThat(project.memos().list()).isEmpty();
        main.redo();
        assertThat(project.memos().list()).extracting(Memo::text)
                .containsExactly("Research question: why does Russia want to mediate alone?");
    }

    @Test
    void aProjectMemoClearedAndSavedIsDeletedAndTitledProjectMemosAreLeftAlone() {
        Memo moved = project.memos().add(MemoTarget.project(), "[from deleted code Borders] ", "Border notes", "anna");
        ProjectMemoViewModel model = new ProjectMemoViewModel(session);
        model.open();
        assertThat(model.textProperty().get()).as("a titled memo is not the project's own").isEmpty();
        model.textProperty().set("State of the analysis");
        model.save();
        assertThat(project.memos().on(MemoTarget.project())).hasSize(2);

        ProjectMemoViewModel again = new ProjectMemoViewModel(session);
        again.open();
        again.textProperty().set("");
        again.save();
        assertThat(project.memos().on(MemoTarget.project())).containsExactly(moved);
    }
}
