package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.index.HitOrder;
import org.scholion.index.IndexStatus;
import org.scholion.source.Source;
import org.scholion.source.Span;

/**
 * The index follows the store after each commit, so there is a moment when the store holds a change
 * the index has not heard of. A process killed then must leave the index marked as behind; the
 * crash test once found a kill in that moment that left a current-looking index without a coding.
 */
class StaleIndexMarkerTest {

    @TempDir
    Path dir;

    @Test
    void theMarkerIsDownBeforeTheStoreCommitsAChangeTheIndexMustFollow() {
        Path folder;
        try (Project project = TestProjects.studyProject(dir)) {
            folder = project.info().folder();
        }
        Path marker = folder.resolve("index.stale");
        assertThat(marker).as("closing commits the index and takes the marker away").doesNotExist();

        AtomicBoolean markedWhenCommitted = new AtomicBoolean();
        try (Project project = Project.open(folder)) {
            assertThat(project.search().search("peacekeepers", 0, HitOrder.SOURCE).totalPassages()).isPositive();
            assertThat(project.indexStatus().state()).isEqualTo(IndexStatus.State.READY);
            assertThat(project.search().search("code:\"Security interests\"", 0, HitOrder.SOURCE).totalPassages())
                    .as("nothing is coded with it yet").isZero();
            Source kuzio = project.sources().list().getFirst();
            var code = TestProjects.code(project, "Security interests");
            project.store().write(TestProjects.CODER, () -> {
                // Runs first after the commit, before the index hears of the coding: where a kill would land.
                project.store().afterCommit(() -> markedWhenCommitted.set(Files.exists(marker)));
                return project.codings().code(kuzio.id(), new Span(0, 40), code.id(), TestProjects.CODER, "");
            });
        }
        assertThat(markedWhenCommitted).as("the marker was down when the store had committed").isTrue();
        assertThat(marker).as("and taken away once the index committed the coding").doesNotExist();
        try (Project reopened = Project.open(folder)) {
            assertThat(reopened.indexStatus().state()).isEqualTo(IndexStatus.State.READY);
            assertThat(reopened.search().search("code:\"Security interests\"", 10, HitOrder.SOURCE).hits())
                    .extracting(hit -> hit.passage().start()).contains(0);
        }
    }

    @Test
    void aSourceAddedWithoutAnImportIsCoveredByTheMarkerToo() {
        Path folder;
        try (Project project = TestProjects.studyProject(dir)) {
            folder = project.info().folder();
            AtomicBoolean markedWhenCommitted = new AtomicBoolean();
            project.store().write(TestProjects.CODER, () -> {
                project.store().afterCommit(() -> markedWhenCommitted.set(Files.exists(folder.resolve("index.stale"))));
                return TestProjects.addSource(project, "Note", "A note on Abkhazia.", org.scholion.source.PageMap.NONE);
            });
            assertThat(markedWhenCommitted).isTrue();
            assertThat(project.search().search("abkhazia", 0, HitOrder.SOURCE).totalPassages()).isPositive();
        }
        assertThat(folder.resolve("index.stale")).doesNotExist();
    }
}
