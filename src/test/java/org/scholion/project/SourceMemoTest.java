package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.source.Source;

/** A source's memo is an action like any other: logged, undone and redone, kept across reopening. */
class SourceMemoTest {

    @TempDir
    Path dir;

    @Test
    void memoEditsAreUndoneAndRedoneStepByStep() {
        Path folder;
        Source kuzio;
        try (Project project = TestProjects.emptyProject(dir)) {
            folder = project.info().folder();
            kuzio = TestProjects.addKuzio(project);
            project.sources().setMemo(kuzio.id(), "first reading: the peacekeepers frame", "anna");
            project.sources().setMemo(kuzio.id(), "second reading: compare with Miholjcic", "anna");

            assertThat(project.history().nextUndo()).isPresent();
            project.history().undo("anna");
            assertThat(project.sources().memo(kuzio.id())).isEqualTo("first reading: the peacekeepers frame");
            project.history().undo("anna");
            assertThat(project.sources().memo(kuzio.id())).isEmpty();
            project.history().redo("anna");
        }
        try (Project reopened = Project.open(folder)) {
            assertThat(reopened.sources().memo(kuzio.id())).isEqualTo("first reading: the peacekeepers frame");
            reopened.history().redo("anna");
            assertThat(reopened.sources().memo(kuzio.id())).isEqualTo("second reading: compare with Miholjcic");
        }
    }
}
