package org.scholion.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.fxmisc.richtext.StyledTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;
import org.scholion.ui.search.KwicRow;
import org.scholion.ui.sources.SourceRow;
import org.scholion.ui.workbench.TextSelection;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A researcher's session in the real window, on JavaFX's headless platform: open the sample
 * project, pick the thesis, select a passage with the mouse, code it with a quick key, see its
 * stripe, undo, redo, search "peacekeeping", jump from a KWIC line, then close the project and
 * open it again to find the coding still there.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchEndToEndTest {

    private static final String PASSAGE = "Mutually Assured Destruction";

    @TempDir
    Path dir;

    @Test
    void codeUndoRedoSearchJumpAndReopen(FxRobot robot) throws Exception {
        Path folder;
        try (Project project = SampleCorpus.imported(dir)) {
            folder = project.info().folder();
        }
        Path data = dir.resolve("data");
        // Inside the headless platform's screen, so that the robot reaches every point of the window.
        Workbench workbench = WindowTests.start(data, folder, 1000, 740);
        try {
            Project project = workbench.session().project();
            Source thesis = project.sources().list().stream()
                    .filter(s -> s.title().toLowerCase(java.util.Locale.ROOT).contains("thesis")
                            || s.textLength() > 500_000).findFirst().orElseThrow();

            // The thesis, picked in the sources table, opens in the viewer.
            TableView<SourceRow> sources = robot.lookup("#sources-table").queryTableView();
            WindowTests.waitFor(() -> sources.getItems().stream().anyMatch(r -> r.id().equals(thesis.id())));
            robot.clickOn(rowOf(robot, sources, thesis.id()));
            StyledTextArea<?, ?> area = robot.lookup("#viewer-text").queryAs(StyledTextArea.class);
            String text = project.sources().text(thesis.id());
            WindowTests.waitFor(() -> area.getLength() == text.length());

            // Select a passage with the mouse (from inside its first word to inside its last) and press 1.
            int at = text.indexOf(PASSAGE);
            robot.interact(() -> area.showParagraphAtTop(area.offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
            WaitForAsyncUtils.waitForFxEvents();
            robot.moveTo(centre(area, at + 3)).press(MouseButton.PRIMARY)
                    .moveTo(centre(area, at + PASSAGE.length() - 4)).release(MouseButton.PRIMARY);
            Span passage = TextOffsets.of(text).toCodePoints(at, at + PASSAGE.length());
            WindowTests.waitFor(() -> new TextSelection(thesis.id(), passage).equals(workbench.session().selectionProperty().get()));
            CodeId key1 = workbench.session().quickKeys().get(1);
            assertThat(key1).as("quick key 1 is assigned by default").isNotNull();
            robot.type(KeyCode.DIGIT1);
            WindowTests.waitFor(() -> codingsOf(project, thesis).size() == 1);
            Coding coding = codingsOf(project, thesis).getFirst();
            assertThat(coding.span()).isEqualTo(passage);
            assertThat(coding.code()).isEqualTo(key1);
            assertThat(coding.coder().name()).isEqualTo("nino");
            WindowTests.waitFor(() -> robot.lookup("#stripe-" + coding.id().value()).tryQuery().isPresent());

            // Undo removes the coding and its stripe; redo brings both back.
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            WindowTests.waitFor(() -> codingsOf(project, thesis).isEmpty());
            WindowTests.waitFor(() -> robot.lookup("#stripe-" + coding.id().value()).tryQuery().isEmpty());
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
            WindowTests.waitFor(() -> codingsOf(project, thesis).size() == 1);
            assertThat(codingsOf(project, thesis).getFirst().span()).isEqualTo(passage);
            WindowTests.waitFor(() -> robot.lookup("#stripe-" + coding.id().value()).tryQuery().isPresent());

            // Search, then jump from a KWIC line: the viewer shows its source with the match selected.
            robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL); // Edit > Find in Sources
            WindowTests.waitFor(() -> robot.lookup("#search-query").query().isFocused());
            robot.write("peacekeeping").type(KeyCode.ENTER);
            TableView<KwicRow> kwic = robot.lookup("#kwic-table").queryTableView();
            WindowTests.waitFor(() -> kwic.getItems().size() == 357);
            KwicRow line = kwic.getItems().get(5);
            robot.clickOn(rowOf(robot, kwic, line));
            WindowTests.waitFor(() -> line.line().source().equals(workbench.session().currentSourceProperty().get()));
            String shown = project.sources().text(line.line().source());
            WindowTests.waitFor(() -> area.getLength() == shown.length() && area.getSelectedText().equals(
                    TextOffsets.of(shown).slice(line.line().match())));
            assertThat(area.getSelectedText().toLowerCase(java.util.Locale.ROOT)).contains("peace");

            // Back to the thesis, then close the project and open it again: the coding is there.
            robot.clickOn(rowOf(robot, sources, thesis.id()));
            WindowTests.waitFor(() -> area.getLength() == text.length());
            robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
            WindowTests.waitFor(() -> workbench.session().project() == null);
            robot.interact(() -> workbench.model().open(workbench.model().recentProjects().getFirst()));
            WindowTests.waitFor(() -> workbench.session().project() != null);
            Project reopened = workbench.session().project();
            assertThat(codingsOf(reopened, thesis)).singleElement().satisfies(c -> {
                assertThat(c.span()).isEqualTo(passage);
                assertThat(c.code()).isEqualTo(key1);
            });
            WindowTests.waitFor(() -> thesis.id().equals(workbench.session().currentSourceProperty().get()));
            WindowTests.waitFor(() -> area.getLength() == text.length());
            WindowTests.waitFor(() -> robot.lookup("#stripe-" + coding.id().value()).tryQuery().isPresent());
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                workbench.shutDown();
                workbench.stage().hide();
            }).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<Coding> codingsOf(Project project, Source source) {
        return project.codings().list(new CodingFilter(Set.of(), Set.of(source.id()), null));
    }

    private static <T> javafx.scene.Node rowOf(FxRobot robot, TableView<T> table, SourceId id) throws Exception {
        T item = table.getItems().stream().filter(r -> r instanceof SourceRow s && s.id().equals(id)).findFirst().orElseThrow();
        return rowOf(robot, table, item);
    }

    /** The table row showing an item, scrolled into view first. */
    private static <T> javafx.scene.Node rowOf(FxRobot robot, TableView<T> table, T item) throws Exception {
        robot.interact(() -> table.scrollTo(item));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".table-row-cell").match(node -> node instanceof TableRow<?> row && item.equals(row.getItem()))
                .query();
    }

    private static Point2D centre(StyledTextArea<?, ?> area, int charIndex) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Bounds bounds = area.getCharacterBoundsOnScreen(charIndex, charIndex + 1).orElseThrow();
            return new Point2D(bounds.getCenterX(), bounds.getCenterY());
        }).get(10, TimeUnit.SECONDS);
    }

}
