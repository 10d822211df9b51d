package org.scholion.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.Code;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoTarget;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.project.TestProjects;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Memos typed into the real window, on JavaFX's headless platform: the memo of a code picked in the
 * codebook tree, written in the inspector and stored when the field is left; the project memo,
 * written in File > Project Memo and stored on Save; Edit > Undo names the project memo and takes
 * it back.
 */
@ExtendWith(ApplicationExtension.class)
class MemoWindowTest {

    private static final String CODE = "Security interests";

    @TempDir
    Path dir;

    @Test
    void aCodeMemoAndAProjectMemoTypedInTheWindowAreStored(FxRobot robot) throws Exception {
        Path folder;
        try (Project project = SampleCorpus.imported(dir)) {
            folder = project.info().folder();
        }
        Workbench workbench = WindowTests.start(dir.resolve("data"), folder, 1280, 800);
        try {
            Project project = workbench.session().project();
            Code security = TestProjects.code(project, CODE);

            // Pick the code in the tree: the inspector offers its memo.
            WindowTests.waitFor(() -> treeCell(robot).isPresent());
            robot.clickOn(treeCell(robot).orElseThrow());
            TextArea codeMemo = robot.lookup("#inspector-code-memo").queryAs(TextArea.class);
            WindowTests.waitFor(() -> !codeMemo.isDisabled());
            assertThat(robot.lookup("#inspector-code-memo-caption").queryLabeled().getText()).isEqualTo("Memo on code " + CODE);

            robot.clickOn(codeMemo).write("Security as the frame of the thesis");
            WaitForAsyncUtils.waitForFxEvents();
            workbench.awaitProjectThread(30, TimeUnit.SECONDS);
            assertThat(project.memos().memoText(new MemoTarget.OnCode(security.id())))
                    .as("not stored on every keystroke").isEmpty();
            robot.clickOn(treeCell(robot).orElseThrow()); // leaving the field stores the memo
            WindowTests.waitFor(() -> project.memos().memoText(new MemoTarget.OnCode(security.id()))
                    .equals("Security as the frame of the thesis"));

            // File > Project Memo (Ctrl+Shift+M): type, Save.
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
            WindowTests.waitFor(() -> robot.lookup("#project-memo-text").tryQuery().map(Node::isDisabled).orElse(true).equals(false));
            robot.clickOn("#project-memo-text").write("Why does Russia mediate alone?");
            robot.clickOn("#project-memo-save");
            WindowTests.waitFor(() -> robot.lookup("#project-memo-text").tryQuery().isEmpty());
            WindowTests.waitFor(() -> project.memos().on(MemoTarget.project()).stream().map(Memo::text).toList()
                    .equals(java.util.List.of("Why does Russia mediate alone?")));
            assertThat(project.memos().on(MemoTarget.project()).getFirst().author().name()).isEqualTo("nino");

            // Edit > Undo names the memo action and takes it back.
            WindowTests.waitFor(() -> workbench.model().nextUndoProperty().get().equals("Undo: wrote a memo on the project"));
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            WindowTests.waitFor(() -> project.memos().on(MemoTarget.project()).isEmpty());
            WindowTests.waitFor(() -> workbench.model().nextUndoProperty().get().equals("Undo: wrote a memo on code '" + CODE + "'"));
            assertThat(project.memos().memoText(new MemoTarget.OnCode(security.id())))
                    .isEqualTo("Security as the frame of the thesis");
            assertThat(codeMemo.getText()).isEqualTo("Security as the frame of the thesis");
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                workbench.shutDown();
                workbench.stage().hide();
            }).get(30, TimeUnit.SECONDS);
        }
    }

    private static Optional<Node> treeCell(FxRobot robot) {
        return robot.lookup("#codebook-tree").tryQuery().flatMap(tree -> robot.from(tree)
                .lookup((Node node) -> node instanceof Labeled label && CODE.equals(label.getText())).tryQuery());
    }

}
