package org.scholion.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyledTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.Code;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.project.TestProjects;
import org.scholion.source.Source;
import org.scholion.source.Span;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The viewer in a window, on the whole thesis: select with the mouse, code with a key, pick the stripe. */
@ExtendWith(ApplicationExtension.class)
class DocumentViewTest {

    private static final String PASSAGE = "Mutually Assured Destruction";

    @TempDir
    static Path dir;
    private static Project project;
    private static Source thesis;
    private static Code power;

    private ProjectThreadRunner runner;
    private Session session;
    private DocumentViewModel model;

    @BeforeAll
    static void importCorpus() {
        project = SampleCorpus.imported(dir);
        thesis = project.sources().list().stream().max(Comparator.comparingInt(Source::textLength)).orElseThrow();
        power = TestProjects.code(project, SampleCorpus.POWER_POLITICAL_INTERESTS);
    }

    @AfterAll
    static void closeProject() {
        project.close();
    }

    @Start
    void start(Stage stage) {
        TasksViewModel status = new TasksViewModel();
        runner = ProjectThreadRunner.onOwnThread(Platform::runLater, status);
        session = new Session(runner, status, "anna");
        session.setProject(project);
        model = new DocumentViewModel(session);
        DocumentView view = new DocumentView(model);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void stopProjectThread() throws Exception {
        runner.drain(10, TimeUnit.SECONDS);
        runner.close();
    }

    @Test
    void aPassageSelectedWithTheMouseIsCodedByItsQuickKeyAndItsStripeSelectsTheCoding(FxRobot robot) throws Exception {
        robot.interact(() -> {
            session.quickKeys().put(2, power.id());
            session.currentSourceProperty().set(thesis.id());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.layoutProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        StyledTextArea<?, ?> area = robot.lookup("#viewer-text").queryAs(StyledTextArea.class);
        String text = model.textProperty().get().text();
        assertThat(area.getLength()).isEqualTo(text.length());
        int at = text.indexOf(PASSAGE);
        assertThat(at).as("the passage is in the thesis").isGreaterThan(0);

        // Drag from inside "Mutually" to inside "Destruction": the selection snaps to whole words.
        Point2D from = centre(area, at + 3);
        Point2D to = centre(area, at + PASSAGE.length() - 4);
        robot.moveTo(from).press(javafx.scene.input.MouseButton.PRIMARY).moveTo(to)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Span expected = TestProjects.spanOf(text, PASSAGE);
        assertThat(session.selectionProperty().get().span()).isEqualTo(expected);
        assertThat(area.getSelectedText()).isEqualTo(PASSAGE);

        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.layoutProperty().get().stripes().isEmpty());
        runner.drain(10, TimeUnit.SECONDS);
        List<Coding> stored = project.codings().list(new CodingFilter(Set.of(), Set.of(thesis.id()), null));
        assertThat(stored).singleElement().satisfies(coding -> {
            assertThat(coding.span()).isEqualTo(expected);
            assertThat(coding.code()).isEqualTo(power.id());
            assertThat(coding.anchor().quote()).isEqualTo(PASSAGE);
        });
        Coding coding = stored.getFirst();

        WaitForAsyncUtils.waitForFxEvents();
        Node stripe = robot.lookup("#stripe-" + coding.id().value()).query();
        assertThat(stripe.isVisible()).isTrue();
        assertThat(stripe.getBoundsInParent().getHeight()).isGreaterThan(10);

        robot.clickOn(stripe);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.selectedCodingProperty().get()).isEqualTo(coding.id());
        assertThat(robot.lookup("#stripe-" + coding.id().value()).query().getStyleClass()).contains("selected");
    }

    private static Point2D centre(StyledTextArea<?, ?> area, int charIndex) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Bounds bounds = area.getCharacterBoundsOnScreen(charIndex, charIndex + 1).orElseThrow();
            return new Point2D(bounds.getCenterX(), bounds.getCenterY());
        }).get(10, TimeUnit.SECONDS);
    }
}
