package org.scholion.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
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
            }
        }
        // The name is asked on the first start only; this data folder has had its first start.
        org.scholion.ui.workbench.WorkbenchSettings.in(dir.resolve("data")).setCoder("nino");
        Stage stage = FxToolkit.registerPrimaryStage();
        workbench = WaitForAsyncUtils.asyncFx(() -> Workbench.start(stage, dir.resolve("data"), Optional.of(sample)))
                .get(30, TimeUnit.SECONDS);
        waitFor(() -> workbench.session().project() != null);
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
    void theMainWindowIsPhotographedLightAndDark() throws Exception {
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
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
