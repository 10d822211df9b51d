package org.scholion.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.source.TextOffsets;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Jump;
import org.scholion.ui.workbench.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The search tab in a real (headless) stage with the real project thread: type, press Enter, click a line, land on the match. */
@ExtendWith(ApplicationExtension.class)
class SearchViewTest {

    @TempDir
    static Path dir;
    static Project project;

    private ProjectThreadRunner runner;
    private SearchViewModel model;
    private final List<Jump> jumps = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void importTheCorpus() {
        project = SampleCorpus.imported(dir);
    }

    @AfterAll
    static void close() {
        project.close();
    }

    @Start
    void start(Stage stage) {
        TasksViewModel status = new TasksViewModel();
        runner = ProjectThreadRunner.onOwnThread(Platform::runLater, status);
        Session session = new Session(runner, status, "nino");
        session.setProject(project);
        session.onJump(jumps::add);
        model = new SearchViewModel(session);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(new SearchView(model).node()), 1100, 600));
        stage.show();
    }

    @AfterEach
    void stopTheProjectThread() throws InterruptedException {
        runner.drain(30, TimeUnit.SECONDS);
        runner.close();
    }

    @Test
    void aQueryRunOnEnterListsItsLinesAndClickingOneJumpsToTheMatch(FxRobot robot) throws Exception {
        robot.clickOn("#search-query").write("peacekeeping").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.rows().size() == 357);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search-count").queryAs(Label.class).getText()).isEqualTo("357 matches in 146 passages");
        TableView<KwicRow> table = robot.lookup("#kwic-table").queryTableView();
        assertThat(table.getItems()).hasSize(357);
        TableRow<?> third = robot.lookup("#kwic-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getIndex() == 2).findFirst().orElseThrow();
        KwicRow shown = table.getItems().get(2);

        robot.clickOn(third);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(jumps).containsExactly(new Jump(shown.line().source(), shown.line().match()));
        String stored = TextOffsets.of(project.sources().text(shown.line().source())).slice(jumps.getFirst().span());
        assertThat(stored.replaceAll("\\s+", " ")).isEqualTo(shown.line().keyword());
    }

    @Test
    void aBadQueryShowsItsMessageUnderTheFieldAndNoLines(FxRobot robot) throws Exception {
        robot.clickOn("#search-query").write("\"NATO enlargement").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.errorProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#search-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo(model.errorProperty().get()).contains("column").doesNotContain("Exception");
        assertThat(robot.lookup("#kwic-table").queryTableView().getItems()).isEmpty();
        assertThat(jumps).isEmpty();
    }
}
