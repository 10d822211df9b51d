package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholion.project.QdaModels.CP;
import static org.scholion.project.QdaModels.CREATED;
import static org.scholion.project.QdaModels.guid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.corpus.CancellationSignal;
import org.scholion.exchange.QdaProject;
import org.scholion.exchange.QdaSource;
import org.scholion.exchange.QdaSourceKind;
import org.scholion.project.ExchangeText.Counting;

/**
 * An import that fails, whenever it fails, leaves no project and no half-made folder behind, and
 * says why in one line; an occupied target is refused before anything is written.
 */
class QdaImportFailureTest {

    @TempDir
    Path dir;

    @Test
    void aFailureHalfwayLeavesNoFolderBehind() {
        QdaSource rich = new QdaSource(guid(100), "Report", QdaSourceKind.TEXT, "", null, null, "internal://r.docx",
                List.of(), List.of(), List.of(), List.of(), CP.guid(), CREATED, null, 0);
        QdaProject model = QdaModels.project("MAXQDA", List.of(
                QdaModels.source(1, "Talks", PositionCountingTest.TEXT, Counting.CODE_POINTS, "Peace talks"), rich));
        // the codes and users are written when the extractor breaks down
        QdaImport broken = new QdaImport(() -> {
            throw new IllegalStateException("the extractor could not load\nits models");
        });

        assertThatThrownBy(() -> broken.intoNewProject(model, QdaImportRequest.of(dir.resolve("study"), "anna",
                path -> Optional.of(dir.resolve("r.docx")))))
                .isInstanceOf(QdaImportException.class)
                .hasMessage("cannot import into " + dir.resolve("study.scholion").toAbsolutePath()
                        + ": the extractor could not load its models");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aCancelledImportLeavesNoFolderBehind() {
        AtomicInteger asked = new AtomicInteger();
        CancellationSignal afterTheSources = () -> asked.incrementAndGet() > 3;
        QdaProject model = QdaModels.project("qc", List.of(
                QdaModels.source(1, "Talks", PositionCountingTest.TEXT, Counting.CODE_POINTS, "Peace talks")));

        assertThatThrownBy(() -> QdaImport.withTika().intoNewProject(model, new QdaImportRequest(dir.resolve("study"),
                "anna", null, TestProjects.clock(), afterTheSources)))
                .isInstanceOf(QdaImportException.class)
                .hasMessage("the import was cancelled; no project was made");
        assertThat(asked.get()).isEqualTo(4);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aTargetThatIsNotEmptyIsRefusedAndLeftAlone() throws IOException {
        Path target = Files.createDirectories(dir.resolve("study.scholion"));
        Files.writeString(target.resolve("notes.txt"), "mine");
        QdaProject model = QdaModels.project("qc", List.of());

        assertThatThrownBy(() -> QdaImport.withTika().intoNewProject(model,
                QdaImportRequest.of(dir.resolve("study"), "anna", null)))
                .isInstanceOf(QdaImportException.class)
                .hasMessage(target.toAbsolutePath() + ": the folder exists and is not empty");
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries).containsExactly(target);
        }
        assertThat(target.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void anEmptyTargetFolderIsFilled() throws IOException {
        Path target = Files.createDirectories(dir.resolve("study.scholion"));
        QdaImport.Imported imported = QdaImport.withTika().intoNewProject(QdaModels.project("qc", List.of(
                        QdaModels.source(1, "Talks", PositionCountingTest.TEXT, Counting.CODE_POINTS, "Peace talks"))),
                QdaImportRequest.of(target, "anna", null));
        assertThat(imported.project()).isEqualTo(target.toAbsolutePath());
        try (Project project = Project.open(target)) {
            assertThat(project.codings().list(org.scholion.coding.CodingFilter.ALL)).hasSize(1);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries).as("no temporary folder is left beside it").containsExactly(target);
        }
    }
}
