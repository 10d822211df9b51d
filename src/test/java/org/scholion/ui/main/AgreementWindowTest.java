package org.scholion.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.project.CodedSample;
import org.scholion.project.DisagreementRow;
import org.scholion.project.Project;
import org.scholion.ui.Screenshots;
import org.scholion.ui.agreement.AgreementLine;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Analysis > Inter-coder Agreement on the real window (headless): ana against ben on sentences, the
 * table of statistics, and a place of disagreement opened in the viewer by a double click.
 */
@ExtendWith(ApplicationExtension.class)
class AgreementWindowTest {

    @TempDir
    Path dir;

    @Test
    void twoCodersAreComparedAndAPlaceOfDisagreementOpensInTheViewer(FxRobot robot) throws Exception {
        Path folder;
        try (Project project = CodedSample.coded(dir)) {
            folder = project.info().folder();
        }
        Workbench workbench = WindowTests.start(dir.resolve("data"), folder, 1000, 700);
        try {
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
            WindowTests.waitFor(() -> robot.lookup("#agreement-coder-cleo").tryQuery().isPresent());
            robot.clickOn("#agreement-coder-cleo"); // ana and ben only
            robot.clickOn("#agreement-compute");
            TableView<AgreementLine> table = robot.lookup("#agreement-table").queryTableView();
            WindowTests.waitFor(() -> !table.getItems().isEmpty());
            assertThat(table.getColumns()).extracting(column -> column.getGraphic() instanceof javafx.scene.control.Label label
                            ? label.getText() : column.getText())
                    .contains("Code", "Units", "Marked (ana / ben)", "agreement", "Cohen κ", "Fleiss κ", "Kripp. α");
            assertThat(table.getItems().getLast().code()).isEqualTo("all codes");

            TableView<DisagreementRow> places = robot.lookup("#agreement-places").queryTableView();
            WindowTests.waitFor(() -> !places.getItems().isEmpty());
            DisagreementRow first = places.getItems().getFirst();
            Node firstRow = robot.from(places).lookup(".table-row-cell").nth(0).query();
            robot.doubleClickOn(firstRow);
            WindowTests.waitFor(() -> first.place().source().equals(workbench.session().currentSourceProperty().get()));
            WindowTests.waitFor(() -> workbench.session().selectionProperty().get() != null
                    && workbench.session().selectionProperty().get().span().equals(first.place().span()));
            // the clicked place, side by side: each coder's column says whether they marked it
            WindowTests.waitFor(() -> robot.lookup("#agreement-side-ana").tryQuery().isPresent()
                    && robot.lookup("#agreement-side-ben").tryQuery().isPresent());
            String ana = robot.lookup("#agreement-side-ana").queryTextInputControl().getText();
            String ben = robot.lookup("#agreement-side-ben").queryTextInputControl().getText();
            assertThat(first.place().marked().contains("ana") ? ben : ana).endsWith("did not apply the code here.");
            assertThat(first.place().marked().contains("ana") ? ana : ben).startsWith("[");

            Node window = robot.lookup("#agreement-window").query();
            WaitForAsyncUtils.asyncFx(() -> Screenshots.write(window.getScene(),
                    Screenshots.folder().resolve("agreement-window.png"))).get(30, TimeUnit.SECONDS);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                workbench.shutDown();
                workbench.stage().hide();
            }).get(30, TimeUnit.SECONDS);
        }
    }
}
