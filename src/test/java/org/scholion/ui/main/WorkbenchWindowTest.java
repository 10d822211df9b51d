package org.scholion.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on JavaFX's headless platform: it opens the project, remembers it, and is photographed in both themes. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {

    @TempDir
    static Path dir;

    private static Path sample;
    private Workbench workbench;

    @BeforeEach
    void start() throws Exception {
        if (sample == null) {
            try (Project project = SampleCorpus.imported(dir)) {
                sample = project.info().folder();
                codeTheOpeningOfTheThesis(project);
            }
        }
        // The photographs' size, whatever an earlier test left in the settings.
        workbench = WindowTests.start(dir.resolve("data"), sample, 1280, 800);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            workbench.shutDown();
            workbench.stage().hide();
        }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void theWindowOpensTheProjectAndHasEveryRegion(FxRobot robot) {
        assertThat(workbench.stage().getTitle()).isEqualTo("sample - Scholion".replace("sample", workbench.session().project().info().name()));
        for (String id : new String[] {"#sources-view", "#codebook-view", "#viewer-view", "#inspector-view",
                "#search-tab", "#segments-tab", "#status-notice"}) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isPresent();
        }
        assertThat(robot.lookup("#status-notice").queryLabeled().getText()).startsWith("Opened ");
    }

    @Test
    void theFileMenuOffersRefiQdaExchangeAndAnImportReportIsShownReadOnly(FxRobot robot) throws Exception {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").query();
        java.util.List<String> ids = bar.getMenus().getFirst().getItems().stream().map(javafx.scene.control.MenuItem::getId)
                .toList();
        assertThat(ids).contains("menu-import-qdpx", "menu-export-qdpx", "menu-import-qdc", "menu-export-qdc");

        robot.interact(() -> new org.scholion.ui.exchange.ExchangeReportDialog(new org.scholion.ui.exchange.ExchangeReport(
                "Imported thesis.qdpx", java.util.List.of("imported 2 codes", "- 1 graph not imported")),
                workbench.stage()).show());
        waitFor(() -> robot.lookup("#exchange-report").tryQuery().isPresent());
        javafx.scene.control.TextArea report = robot.lookup("#exchange-report").query();
        assertThat(report.getText()).isEqualTo("imported 2 codes\n- 1 graph not imported");
        assertThat(report.isEditable()).isFalse();
        robot.clickOn("Close");
        waitFor(() -> robot.lookup("#exchange-report").tryQuery().isEmpty());
    }

    @Test
    void ctrlEOpensTheExportDialogWithAPreviewOfTheExcerptsAsTheyWillBeCited(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.session().selectedCodes().clear());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.E)
                .release(javafx.scene.input.KeyCode.E, javafx.scene.input.KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#export-preview").tryQuery().isPresent());
        javafx.scene.control.ListView<String> preview = robot.lookup("#export-preview").queryListView();
        waitFor(() -> preview.getItems().size() == 5);

        assertThat(robot.lookup("#export-summary").queryLabeled().getText()).isEqualTo("6 excerpts");
        assertThat(preview.getItems()).allSatisfy(line -> assertThat(line).contains("\u201C")
                .endsWith("(\u201CRussia's policies towards the conflicts\u2026\u201D n.d.)"));
        javafx.scene.control.ListView<?> sources = robot.lookup("#export-sources").queryListView();
        assertThat(sources.getItems()).hasSize(5);
        Path photo = WaitForAsyncUtils.asyncFx(() -> Screenshots.write(preview.getScene(),
                Screenshots.folder().resolve("export-dialog.png"))).get(30, TimeUnit.SECONDS);
        assertThat(photo).isNotEmptyFile();
        robot.clickOn("Cancel");
        waitFor(() -> robot.lookup("#export-preview").tryQuery().isEmpty());
    }

    /** A few codings, two of them overlapping, so that the photographs show highlights and stripes. */
    private static void codeTheOpeningOfTheThesis(Project project) {
        org.scholion.source.Source thesis = project.sources().list().stream()
                .max(java.util.Comparator.comparingInt(org.scholion.source.Source::textLength)).orElseThrow();
        String[][] codings = {
            {"it put an end to the Mutually Assured Destruction System", "Power-political interests/Great-power status"},
            {"becoming an important factor of instability in the region", "Security interests/Prevention of armed conflict"},
            {"culminating in brutal wars and ultimately ending in secessionism", "Security interests/Prevention of armed conflict"},
            {"brutal wars", "Power-political interests/Status quo and controlled instability"},
            {"Russia has declared the South Caucasus a region of its strategic interests",
                "Power-political interests/Hegemony in the near abroad"},
            {"It has been the primary peacekeeper and peace-maker in all three conflicts",
                "Power-political interests/Exclusive peacekeeping and mediation"}};
        for (String[] coding : codings) {
            project.codings().code(thesis.id(), org.scholion.project.TestProjects.spanOf(project, thesis, coding[0]),
                    org.scholion.project.TestProjects.code(project, coding[1]).id(), "nino", null);
        }
    }

    @Test
    void theMainWindowIsPhotographedLightAndDark(FxRobot robot) throws Exception {
        org.scholion.source.SourceId thesis = workbench.session().project().sources().list().stream()
                .max(java.util.Comparator.comparingInt(org.scholion.source.Source::textLength)).orElseThrow().id();
        robot.interact(() -> workbench.session().currentSourceProperty().set(thesis));
        robot.clickOn("#search-query").write("peacekeeping").type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> robot.lookup("#kwic-table").queryTableView().getItems().size() == 357);
        waitFor(() -> robot.lookup(".coding-stripe").tryQuery().isPresent());
        workbench.awaitProjectThread(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Path light = WaitForAsyncUtils.asyncFx(() -> Screenshots.write(workbench.scene(),
                Screenshots.folder().resolve("workbench-light.png"))).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> workbench.model().darkThemeProperty().set(true)).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Path dark = WaitForAsyncUtils.asyncFx(() -> Screenshots.write(workbench.scene(),
                Screenshots.folder().resolve("workbench-dark.png"))).get(30, TimeUnit.SECONDS);

        assertThat(light).isNotEmptyFile();
        assertThat(dark).isNotEmptyFile();
        assertThat(averageBrightness(dark)).isLessThan(averageBrightness(light));
        WaitForAsyncUtils.asyncFx(() -> workbench.model().darkThemeProperty().set(false)).get(30, TimeUnit.SECONDS);
    }

    private static double averageBrightness(Path png) throws Exception {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        long sum = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                sum += ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
            }
        }
        return sum / (double) ((image.getHeight() / 4 + 1) * (image.getWidth() / 4 + 1));
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WindowTests.waitFor(condition);
    }
}
