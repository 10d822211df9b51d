package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.index.HitOrder;
import org.scholion.index.IndexStatus;

/**
 * An import adds its sources to the index with one commit at the end; meanwhile a marker says the
 * index is behind the store, so that a crash during an import ends in a rebuild, not in sources
 * that search never finds.
 */
class ImportBatchIndexTest {

    @TempDir
    Path dir;

    @Test
    void afterAnImportTheIndexHoldsEverySourceAndNoStaleMarkerIsLeft() {
        Path folder;
        try (Project project = SampleCorpus.imported(dir)) {
            folder = project.info().folder();
            assertThat(project.search().search("peacekeeping", 0, HitOrder.SOURCE).totalPassages()).isEqualTo(146);
        }
        assertThat(folder.resolve("index.stale")).doesNotExist();
        try (Project reopened = Project.open(folder)) {
            assertThat(reopened.indexStatus().state()).isEqualTo(IndexStatus.State.READY);
        }
    }

    @Test
    void aMarkerLeftByAnInterruptedImportMakesTheNextOpenRebuildTheIndex() throws Exception {
        Path folder;
        int before;
        try (Project project = SampleCorpus.imported(dir)) {
            folder = project.info().folder();
            before = project.search().search("NATO", 0, HitOrder.SOURCE).totalMatches();
        }
        // As a process killed during an import leaves it: sources stored, the index commit not made.
        Files.writeString(folder.resolve("index.stale"), "an import was under way");

        try (Project reopened = Project.open(folder)) {
            assertThat(reopened.indexStatus().needsRebuild()).isTrue();
            assertThat(reopened.search().search("NATO", 0, HitOrder.SOURCE).totalMatches()).isEqualTo(before);
        }
        assertThat(folder.resolve("index.stale")).doesNotExist();
    }
}
