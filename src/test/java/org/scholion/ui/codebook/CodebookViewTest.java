package org.scholion.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.Code;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;
import org.scholion.source.Source;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Session;
import org.scholion.ui.workbench.TextSelection;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The codebook view in a real stage (headless), over the study project, with the project thread
 * of the workbench: a code added and renamed through the buttons and their dialogs, and a selection
 * coded through the quick-code box.
 */
@ExtendWith(ApplicationExtension.class)
class CodebookViewTest {

    @TempDir
    static Path dir;

    private TasksViewModel status;
    private ProjectThreadRunner runner;
    private Session session;
    private Project project;

    @Start
    void start(Stage stage) {
        project = TestProjects.studyProject(dir.resolve("p" + System.nanoTime()));
        status = new TasksViewModel();
        runner = ProjectThreadRunner.onOwnThread(Platform::runLater, status);
        session = new Session(runner, status, "nino");
        CodebookViewModel model = new CodebookViewModel(session);
        session.setProject(project);
        stage.setScene(new Scene((javafx.scene.Parent) new CodebookView(model).node(), 420, 900));
        stage.show();
    }

    @AfterEach
    void closeProject() throws Exception {
        runner.drain(10, TimeUnit.SECONDS);
        runner.close();
        project.close();
    }

    @Test
    void aCodeAddedAndRenamedThroughTheUiIsStoredAndShownInTheTree(FxRobot robot) throws Exception {
        waitUntil(() -> names(robot).contains("Security interests"));

        robot.clickOn("#code-add");
        answerNameDialog(robot, "Sanctions");
        waitUntil(() -> names(robot).contains("Sanctions"));
        assertThat(storedNames()).contains("Sanctions");
        assertThat(selectedName(robot)).isEqualTo("Sanctions");

        robot.clickOn("#code-rename");
        answerNameDialog(robot, "Economic sanctions");
        waitUntil(() -> names(robot).contains("Economic sanctions"));
        assertThat(names(robot)).doesNotContain("Sanctions");
        assertThat(storedNames()).contains("Economic sanctions").doesNotContain("Sanctions");
    }

    @Test
    void enterInTheQuickCodeBoxCodesTheSessionsSelectionWithTheCompletedCode(FxRobot robot) throws Exception {
        waitUntil(() -> names(robot).contains("Security interests"));
        Source kuzio = project.sources().list().getFirst();
        var span = TestProjects.spanOf(project, kuzio, "South Caucasus");
        robot.interact(() -> session.selectionProperty().set(new TextSelection(kuzio.id(), span)));

        robot.clickOn("#quick-code").write("terroris");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);

        Code terrorism = TestProjects.code(project, "Security interests/Terrorism and the Chechen link");
        waitUntil(() -> codings().stream().anyMatch(c -> c.code().equals(terrorism.id())));
        Coding coding = codings().stream().filter(c -> c.code().equals(terrorism.id())).findFirst().orElseThrow();
        assertThat(coding.span()).isEqualTo(span);
        assertThat(coding.coder().name()).isEqualTo("nino");
        assertThat(robot.lookup("#quick-code").queryAs(TextField.class).getText()).isEmpty();
        waitUntil(() -> status.noticeProperty().get().startsWith("Coded"));
    }

    @Test
    void guidanceTypedInAFieldIsStoredWhenTheFieldLosesFocus(FxRobot robot) throws Exception {
        waitUntil(() -> names(robot).contains("Security interests"));
        robot.clickOn("Security interests");
        waitUntil(() -> robot.lookup("#code-when-not-to-use").queryAs(TextArea.class).getText()
                .startsWith("Do not use when security language"));

        TextArea example = robot.lookup("#code-example").queryAs(TextArea.class);
        robot.interact(example::requestFocus);
        robot.interact(() -> example.setText("A new anchor."));
        WaitForAsyncUtils.waitForFxEvents();
        // A read on the project thread runs after any save the typing had queued.
        assertThat(storedExample()).as("not saved on every keystroke").isNotEqualTo("A new anchor.");
        robot.interact(() -> robot.lookup("#code-definition").queryAs(TextArea.class).requestFocus());

        waitUntil(() -> storedExample().equals("A new anchor."));
        assertThat(example.getText()).isEqualTo("A new anchor.");
    }

    @Test
    void aCodingMadeElsewhereUpdatesTheCountInPlaceKeepingTheSelectedRow(FxRobot robot) throws Exception {
        waitUntil(() -> names(robot).contains("Border security"));
        robot.clickOn("Border security");
        TreeView<CodeNode> tree = robot.lookup("#codebook-tree").queryAs(TreeView.class);
        TreeItem<CodeNode> row = tree.getSelectionModel().getSelectedItem();
        Code borders = TestProjects.code(project, "Security interests/Border security");
        Source kuzio = project.sources().list().getFirst();

        onProjectThread(() -> project.codings().code(kuzio.id(), TestProjects.spanOf(project, kuzio, "South Caucasus"),
                borders.id(), "nino", null));
        robot.interact(session::codingsChanged);

        waitUntil(() -> row.getValue().codings() == 1);
        assertThat(tree.getSelectionModel().getSelectedItem()).isSameAs(row);
        assertThat(row.getParent().getValue().countText()).isEqualTo("0 (1)");
    }

    private void answerNameDialog(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#code-name-input").queryAs(TextField.class);
        robot.interact(() -> field.setText(name));
        DialogPane pane = (DialogPane) field.getScene().getRoot();
        robot.clickOn(robot.from(pane).lookup(".button").match((Button b) -> b.isDefaultButton()).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> names(FxRobot robot) {
        TreeView<CodeNode> tree = robot.lookup("#codebook-tree").queryAs(TreeView.class);
        return collect(tree.getRoot());
    }

    private static List<String> collect(TreeItem<CodeNode> item) {
        List<String> names = new java.util.ArrayList<>();
        if (item.getValue() != null) {
            names.add(item.getValue().name());
        }
        item.getChildren().forEach(child -> names.addAll(collect(child)));
        return names;
    }

    private String selectedName(FxRobot robot) {
        TreeView<CodeNode> tree = robot.lookup("#codebook-tree").queryAs(TreeView.class);
        TreeItem<CodeNode> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue().name();
    }

    /** Read on the project thread, as the store is used there. */
    private List<String> storedNames() throws Exception {
        return onProjectThread(() -> project.codebook().snapshot().depthFirst().stream().map(Code::name).toList());
    }

    private String storedExample() throws Exception {
        return onProjectThread(() -> TestProjects.code(project, "Security interests").guidance().example());
    }

    private List<Coding> codings() throws Exception {
        return onProjectThread(() -> project.codings().list(CodingFilter.ALL));
    }

    private <T> T onProjectThread(Callable<T> read) throws Exception {
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        runner.quick(progress -> read.call(), result::complete, result::completeExceptionally);
        // the result arrives on the FX thread
        return result.get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
