package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.corpus.CancellationSignal;
import org.scholion.corpus.ExtractionOptions;

/** Loading the extractor ahead of an import (what `demo` and `import` do) changes nothing in what is imported. */
class ImportPreparationTest {

    @TempDir
    Path dir;

    @Test
    void anImportAfterPreparingExtractsAndDetectsTheLanguageAsAnyOther() {
        try (Project project = TestProjects.emptyProject(dir)) {
            project.imports().prepare();
            project.imports().prepare();
            ImportReport report = project.imports().importPaths(List.of(TestProjects.KUZIO_TEXT),
                    new ImportRequest(java.util.Map.of(), null, ExtractionOptions.defaults(), Set.of()),
                    TestProjects.CODER, ImportListener.NONE, CancellationSignal.NONE);
            project.imports().prepare();

            assertThat(report.with(ImportOutcome.Status.IMPORTED)).hasSize(1);
            assertThat(project.sources().list()).singleElement()
                    .satisfies(source -> assertThat(source.metadata().language()).isEqualTo("en"));
            assertThat(project.search().search("peacekeepers", 0, org.scholion.index.HitOrder.SOURCE).totalPassages())
                    .isPositive();
        }
    }
}
