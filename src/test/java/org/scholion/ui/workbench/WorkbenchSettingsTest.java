package org.scholion.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchSettingsTest {

    @TempDir
    Path data;

    @Test
    void whatIsRememberedSurvivesARestart() {
        WorkbenchSettings settings = WorkbenchSettings.in(data);
        settings.setCoder("Nino");
        settings.setDarkTheme(true);
        settings.opened(data.resolve("a.scholion"));
        settings.setLastSource(data.resolve("a.scholion"), 4);
        settings.setWindow(new WorkbenchSettings.WindowPlace(10, 20, 1200, 700, false));
        settings.setDividers("columns", new double[] {0.2, 0.8});

        WorkbenchSettings again = WorkbenchSettings.in(data);

        assertThat(again.coder()).contains("Nino");
        assertThat(again.darkTheme()).isTrue();
        assertThat(again.lastProject()).contains(data.resolve("a.scholion").toAbsolutePath().normalize());
        assertThat(again.lastSource(data.resolve("a.scholion"))).contains(4L);
        assertThat(again.lastSource(data.resolve("b.scholion"))).isEmpty();
        assertThat(again.window()).contains(new WorkbenchSettings.WindowPlace(10, 20, 1200, 700, false));
        assertThat(again.dividers("columns")).hasValueSatisfying(d -> assertThat(d).containsExactly(0.2, 0.8));
    }

    @Test
    void recentProjectsAreMostRecentFirstWithoutRepeatsAndAtMostEight() {
        WorkbenchSettings settings = WorkbenchSettings.in(data);
        for (int i = 0; i < 10; i++) {
            settings.opened(data.resolve("p" + i));
        }
        settings.opened(data.resolve("p5"));

        assertThat(WorkbenchSettings.in(data).recentProjects()).hasSize(8)
                .startsWith(data.resolve("p5"), data.resolve("p9"), data.resolve("p8"))
                .doesNotHaveDuplicates()
                .doesNotContain(data.resolve("p0"), data.resolve("p1"));
    }

    @Test
    void aDamagedSettingsFileStartsTheWorkbenchWithDefaults() throws Exception {
        Files.writeString(data.resolve(WorkbenchSettings.FILE), "window.bounds=a,b\ncoder=\\u12");

        WorkbenchSettings settings = WorkbenchSettings.in(data);

        assertThat(settings.window()).isEmpty();
        assertThat(settings.coder()).isEmpty();
        assertThat(settings.darkTheme()).isFalse();
    }

    @Test
    void aFolderThatCannotBeWrittenCostsTheSettingsButNothingElse() throws Exception {
        Path blocked = data.resolve("blocked");
        Files.writeString(blocked, "a file where the data folder should be");

        WorkbenchSettings settings = WorkbenchSettings.in(blocked);
        settings.setCoder("Nino");

        assertThat(settings.coder()).contains("Nino");
        assertThat(settings.problem()).hasValueSatisfying(p -> assertThat(p).contains("could not be saved"));
    }
}
