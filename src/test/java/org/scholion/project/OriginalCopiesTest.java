package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.corpus.CancellationSignal;
import org.scholion.source.Source;

/** Originals are kept whole under their hash; what a killed import left half copied goes on opening. */
class OriginalCopiesTest {

    @TempDir
    Path dir;

    @Test
    void anImportedFileIsKeptWholeAndAHalfCopyLeftByACrashIsRemovedOnOpening() throws Exception {
        Path file = Files.writeString(dir.resolve("note.txt"), "Russia keeps troops in South Ossetia.\n");
        Path folder;
        Source source;
        try (Project project = TestProjects.emptyProject(dir)) {
            folder = project.info().folder();
            project.imports().importPaths(List.of(file), ImportRequest.defaults(), TestProjects.CODER,
                    ImportListener.NONE, CancellationSignal.NONE);
            source = project.sources().list().getFirst();
        }
        Path originals = folder.resolve("originals");
        assertThat(originals.resolve(source.original().sha256())).hasSameBinaryContentAs(file);

        // As a process killed in the middle of copying leaves it.
        Path half = Files.writeString(originals.resolve(".import-4711.tmp"), "Russia keeps tr");
        try (Project reopened = Project.open(folder)) {
            assertThat(half).doesNotExist();
            assertThat(originals.resolve(source.original().sha256())).hasSameBinaryContentAs(file);
            assertThat(reopened.sources().list()).hasSize(1);
        }
    }
}
