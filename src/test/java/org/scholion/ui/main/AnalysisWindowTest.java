package org.scholion.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.project.CodedSample;
import org.scholion.project.Project;
import org.scholion.ui.analysis.ArgbImage;
import org.scholion.ui.analysis.CellSegment;
import org.scholion.ui.analysis.ChartPictures;
import org.scholion.ui.analysis.CodeChoice;
import org.scholion.ui.analysis.TableLine;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analysis window on JavaFX's headless platform, over the sample corpus coded by three coders:
 * each report, opened from the Analysis menu, is charted, and the chart is written to a PNG (in the
 * build directory's screenshots folder) that decodes at the chart's size and is not blank; a click
 * on a co-occurrence cell lists the segments behind it, and a double-click on one shows it in the
 * viewer.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisWindowTest {

    @TempDir
    Path dir;

    @Test
    void everyReportIsChartedAndACoOccurrenceCellListsItsSegments(FxRobot robot) throws Exception {
        Path folder;
        try (Project project = CodedSample.coded(dir)) {
            folder = project.info().folder();
        }
        Workbench workbench = WindowTests.start(dir.resolve("data"), folder, 900, 650);
        try {
            chart(robot, "frequencies", "Coded segments per code", "code-frequencies");
            // In the dark theme the chart stays a figure for the thesis: dark ink on white.
            WaitForAsyncUtils.asyncFx(() -> workbench.model().darkThemeProperty().set(true)).get(30, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            ArgbImage dark = WaitForAsyncUtils.asyncFx(() -> ChartPictures.of(robot.lookup("#analysis-chart").query()))
                    .get(30, TimeUnit.SECONDS);
            assertThat(share(dark, 0xf0)).as("white paper").isGreaterThan(0.6);
            assertThat(share(dark, -0x60)).as("dark ink").isGreaterThan(0.002);
            WaitForAsyncUtils.asyncFx(() -> workbench.model().darkThemeProperty().set(false)).get(30, TimeUnit.SECONDS);

            chart(robot, "matrix", "Coded segments per code by source", "code-by-source");
            chart(robot, "over-time", "Coded segments per code per year", "codes-over-time");
            robot.interact(() -> {
                javafx.scene.control.ComboBox<CodeChoice> code = robot.lookup("#analysis-code").query();
                code.setValue(code.getItems().stream().filter(c -> c.path().equals(CodedSample.ENERGY)).findFirst()
                        .orElseThrow());
            });
            chart(robot, "words", "Words in " + CodedSample.ENERGY, "words-in-energy");
            chart(robot, "co-occurrence", "Co-occurrence of codes on overlapping segments", "co-occurrence");

            // Click the NATO x Georgia cell of the heat map: its segments are listed.
            TableView<TableLine> table = robot.lookup("#analysis-table").queryTableView();
            int nato = lineOf(table, CodedSample.NATO);
            int georgia = lineOf(table, CodedSample.GEORGIA);
            long count = table.getItems().get(nato).counts().get(georgia);
            assertThat(count).isPositive();
            Node cell = robot.lookup("#heat-cell-" + nato + "-" + georgia).query();
            robot.interact(() -> scrollIntoView(robot.lookup("#analysis-chart-area").query(), cell));
            robot.clickOn(cell);
            ListView<CellSegment> segments = robot.lookup("#analysis-segments").queryListView();
            WindowTests.waitFor(() -> !segments.getItems().isEmpty());
            assertThat(segments.getItems()).hasSize((int) Math.min(count, 500));
            assertThat(robot.lookup("#analysis-segments-caption").queryLabeled().getText())
                    .contains(count + " pair").contains(CodedSample.NATO + " \u00d7 " + CodedSample.GEORGIA);

            Path window = WaitForAsyncUtils.asyncFx(() -> org.scholion.ui.Screenshots.write(cell.getScene(),
                    screenshots().resolve("analysis-window.png"))).get(30, TimeUnit.SECONDS);
            assertThat(window).isNotEmptyFile();

            // Double-click the first: the viewer shows its source.
            CellSegment first = segments.getItems().getFirst();
            robot.interact(() -> workbench.session().currentSourceProperty().set(null));
            Node firstCell = robot.from(segments).lookup(".list-cell").nth(0).query();
            robot.doubleClickOn(firstCell);
            WindowTests.waitFor(() -> first.source().equals(workbench.session().currentSourceProperty().get()));
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                workbench.shutDown();
                workbench.stage().hide();
            }).get(30, TimeUnit.SECONDS);
        }
    }

    /** Opens a report from the Analysis menu, waits for its chart, photographs it and checks the picture. */
    private static void chart(FxRobot robot, String menu, String title, String file) throws Exception {
        robot.interact(() -> {
            MenuBar bar = robot.lookup(".menu-bar").query();
            bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> ("menu-analysis-" + menu).equals(i.getId())).findFirst().map(MenuItem::getId)
                    .orElseThrow();
            bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> ("menu-analysis-" + menu).equals(i.getId())).findFirst().orElseThrow().fire();
        });
        WindowTests.waitFor(() -> robot.lookup("#analysis-message").tryQuery()
                .map(n -> ((Label) n).getText().startsWith(title + " \u2013")).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Node chart = robot.lookup("#analysis-chart").query();
        Path png = screenshots().resolve("analysis-" + file + ".png");
        ArgbImage picture = WaitForAsyncUtils.asyncFx(() -> ChartPictures.of(chart)).get(30, TimeUnit.SECONDS);
        picture.writePng(png);

        BufferedImage read = ImageIO.read(png.toFile());
        assertThat(read).as(png.toString()).isNotNull();
        Bounds bounds = WaitForAsyncUtils.asyncFx(chart::getLayoutBounds).get(30, TimeUnit.SECONDS);
        // The chart at its full size (a snapshot also takes the few pixels a stroke or shadow reaches past).
        assertThat(read.getWidth()).isCloseTo((int) Math.ceil(bounds.getWidth()), within(8)).isGreaterThan(300);
        assertThat(read.getHeight()).isCloseTo((int) Math.ceil(bounds.getHeight()), within(8)).isGreaterThan(150);
        Set<Integer> colours = new HashSet<>();
        long white = 0;
        for (int y = 0; y < read.getHeight(); y += 2) {
            for (int x = 0; x < read.getWidth(); x += 2) {
                int rgb = read.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                white += rgb == 0xffffff ? 1 : 0;
            }
        }
        long sampled = (long) ((read.getHeight() + 1) / 2) * ((read.getWidth() + 1) / 2);
        assertThat(colours).as("%s draws in several colours", file).hasSizeGreaterThan(20);
        assertThat((double) white / sampled).as("%s is not blank", file).isLessThan(0.97);
    }

    /**
     * The share of pixels at least this bright (each channel; a positive threshold) or at most this
     * bright (a negative one).
     */
    private static double share(ArgbImage image, int threshold) {
        long count = 0;
        for (int argb : image.pixels()) {
            int low = Math.min(argb >> 16 & 0xff, Math.min(argb >> 8 & 0xff, argb & 0xff));
            int high = Math.max(argb >> 16 & 0xff, Math.max(argb >> 8 & 0xff, argb & 0xff));
            count += threshold >= 0 ? (low >= threshold ? 1 : 0) : (high <= -threshold ? 1 : 0);
        }
        return (double) count / image.pixels().length;
    }

    private static int lineOf(TableView<TableLine> table, String label) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label + " is not in the table");
    }

    private static void scrollIntoView(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double spareHeight = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
        double spareWidth = content.getLayoutBounds().getWidth() - pane.getViewportBounds().getWidth();
        if (spareHeight > 0) {
            pane.setVvalue(Math.clamp((inContent.getMinY() - 20) / spareHeight, 0, 1));
        }
        if (spareWidth > 0) {
            pane.setHvalue(Math.clamp((inContent.getMinX() - 20) / spareWidth, 0, 1));
        }
        pane.layout();
    }

    /** The build directory's screenshots folder (target/screenshots, or under -Dscholion.build.dir). */
    static Path screenshots() throws URISyntaxException, java.io.IOException {
        Path testClasses = Path.of(AnalysisWindowTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return java.nio.file.Files.createDirectories(testClasses.getParent().resolve("screenshots"));
    }
}
