package org.scholion.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.project.TestProjects;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Merge Codings from Project or QDPX in the real window: the menu item opens the small form,
 * Merge stays off until the form is complete, and merging a colleague's copy shows the report and
 * puts her coding in the open project under the name typed.
 */
@ExtendWith(ApplicationExtension.class)
class MergeWindowTest {

    @TempDir
    Path dir;

    @Test
    void theMenuItemOpensTheFormAndAMergeShowsItsReport(FxRobot robot) throws Exception {
        Path mine;
        Path theirs;
        try (Project project = SampleCorpus.imported(Files.createDirectories(dir.resolve("mine")))) {
            mine = project.info().folder();
        }
        try (Project other = SampleCorpus.imported(Files.createDirectories(dir.resolve("theirs")))) {
            theirs = other.info().folder();
            var kuzio = other.sources().list().stream().filter(s -> s.original() != null
                    && s.original().fileName().equals(SampleCorpus.KUZIO)).findFirst().orElseThrow();
            other.codings().code(kuzio.id(), TestProjects.spanOf(other, kuzio, TestProjects.PEACEKEEPERS_PASSAGE),
                    TestProjects.code(other, TestProjects.PEACEKEEPING).id(), "x", "");
        }
        Workbench workbench = WindowTests.start(dir.resolve("data"), mine, 1000, 700);
        try {
            MenuBar bar = robot.lookup(".menu-bar").query();
            MenuItem item = bar.getMenus().getFirst().getItems().stream()
                    .filter(i -> "menu-merge-codings".equals(i.getId())).findFirst().orElseThrow();
            robot.interact(item::fire);
            WindowTests.waitFor(() -> robot.lookup("#merge-other").tryQuery().isPresent());
            Button run = robot.lookup("#merge-run").queryButton();
            assertThat(run.isDisabled()).isTrue();
            assertThat(robot.lookup("#merge-problem").queryLabeled().getText())
                    .isEqualTo("Choose a project folder or a .qdpx file.");
            assertThat(robot.lookup("#merge-browse-folder").tryQuery()).isPresent();
            assertThat(robot.lookup("#merge-browse-file").tryQuery()).isPresent();

            robot.interact(() -> robot.lookup("#merge-other").queryAs(TextField.class).setText(theirs.toString()));
            robot.clickOn("#merge-coder").write("ben");
            WindowTests.waitFor(() -> !run.isDisabled());
            robot.clickOn(run);

            WindowTests.waitFor(() -> robot.lookup("#exchange-report").tryQuery().isPresent());
            TextArea report = robot.lookup("#exchange-report").query();
            assertThat(report.getText()).contains("1 coding merged", "as coder 'ben'");
            Project project = workbench.session().project();
            workbench.awaitProjectThread(30, TimeUnit.SECONDS);
            assertThat(project.codings().list(new CodingFilter(Set.of(), Set.of(), "ben"))).hasSize(1);
            robot.clickOn("Close");
            WindowTests.waitFor(() -> robot.lookup("#exchange-report").tryQuery().isEmpty());
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                workbench.shutDown();
                workbench.stage().hide();
            }).get(30, TimeUnit.SECONDS);
        }
    }
}
