package org.scholion.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholion.store.StoreTesting.MIXED_TEXT;
import static org.scholion.store.StoreTesting.T0;
import static org.scholion.store.StoreTesting.clockAt;
import static org.scholion.store.StoreTesting.sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.app.Main;
import org.scholion.cli.ScholionCli;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.source.NewSource;
import org.scholion.source.Source;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;
import org.scholion.source.Span;

/**
 * One writer at a time: while a project is open, neither this Scholion nor another process may
 * open it too, and being refused changes nothing in it. The other process is a real JVM running
 * the real command line, since an operating-system lock only shows across processes.
 */
class ProjectLockTest {

    @TempDir
    Path dir;

    private Path folder;
    private Source source;
    private Code code;

    @BeforeEach
    void createProject() {
        try (Project project = Project.create(dir.resolve("karabakh"), "karabakh", clockAt(T0))) {
            folder = project.info().folder();
            source = project.sources().add(new NewSource(SourceMetadata.titled("mixed", SourceType.ARTICLE),
                    MIXED_TEXT, null, null), "anna");
            code = project.codebook().add(null, "Russia", CodeColor.parse("teal"), null, "anna");
            project.codings().code(source.id(), new Span(0, 6), code.id(), "anna", "");
        }
    }

    @Test
    void aSecondOpenInTheSameScholionIsRefusedAndTheFirstKeepsWorking() {
        try (Project first = Project.open(folder, clockAt(T0))) {
            assertThatThrownBy(() -> ProjectStore.open(folder, clockAt(T0)))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("project " + folder + " is already open in this Scholion");
            // The same project named without its .scholion extension is still the same project.
            assertThatThrownBy(() -> Project.open(dir.resolve("karabakh"), clockAt(T0)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("already open in this Scholion");

            first.codings().code(source.id(), new Span(22, 23), code.id(), "anna", "still writable");
            assertThat(first.codings().list(CodingFilter.ALL)).hasSize(2);
        }

        try (ProjectStore again = ProjectStore.open(folder, clockAt(T0))) {
            assertThat(again.codings().count()).as("closing released the project").isEqualTo(2);
        }
    }

    @Test
    void anotherProcessIsRefusedWhileTheProjectIsOpenAndTheProjectStaysIntact() throws Exception {
        try (Project held = Project.open(folder, clockAt(T0))) {
            List<String> filesBefore = databaseFingerprint();

            ChildResult child = runCli("refused", "info", folder.toString());

            assertThat(child.exitCode()).as("exit code of 'scholion info'").isEqualTo(ScholionCli.FAILURE);
            assertThat(child.stderr()).contains("scholion info: project " + folder
                    + " is open in another Scholion window or process (process " + ProcessHandle.current().pid()
                    + "); close it there first");
            assertThat(child.stdout()).doesNotContain("Codings:");
            assertThat(databaseFingerprint()).as("the refused process wrote nothing").isEqualTo(filesBefore);

            held.codings().code(source.id(), new Span(22, 23), code.id(), "anna", "");
            assertThat(held.store().integrityCheck()).containsExactly("ok");
        }

        // Once this process closes the project, the other one may open it and sees all the work.
        ChildResult after = runCli("allowed", "info", folder.toString());
        assertThat(after.exitCode()).as("stderr: %s", after.stderr()).isEqualTo(ScholionCli.OK);
        assertThat(after.stdout()).contains("Codings:   2");
    }

    @Test
    void aRefusedSecondOpenInThisProcessDoesNotReleaseTheLockForOthers() throws Exception {
        // On POSIX, closing any descriptor of a file drops all of the process's locks on it: a
        // refused second open that so much as opened .lock would leave the project unguarded.
        try (Project held = Project.open(folder, clockAt(T0))) {
            assertThatThrownBy(() -> ProjectStore.open(folder, clockAt(T0))).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> ProjectStore.open(folder, clockAt(T0))).isInstanceOf(StoreException.class);

            ChildResult child = runCli("refused", "info", folder.toString());

            assertThat(child.exitCode()).isEqualTo(ScholionCli.FAILURE);
            assertThat(child.stderr()).contains("is open in another Scholion window or process");
            assertThat(held.codings().list(CodingFilter.ALL)).hasSize(1);
        }
    }

    private record ChildResult(int exitCode, String stdout, String stderr) {
    }

    private ChildResult runCli(String name, String... args) throws IOException, InterruptedException {
        Path work = dir.resolve("child-" + name);
        Process process = ChildJvm.of(work, name, Main.class, args).start();
        process.getOutputStream().close();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        return new ChildResult(exit, stdout, ChildJvm.stderr(work, name));
    }

    /** The database and its write-ahead log, which is where a write by anyone would show. */
    private List<String> databaseFingerprint() {
        return Stream.of("project.db", "project.db-wal")
                .map(folder::resolve)
                .map(file -> file.getFileName() + " " + (file.toFile().exists() ? sha256(file) : "absent"))
                .toList();
    }
}
