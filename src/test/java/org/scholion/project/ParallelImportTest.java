package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.corpus.CancellationSignal;
import org.scholion.corpus.Fixtures;
import org.scholion.index.HitOrder;
import org.scholion.source.Source;

/**
 * Files are read on several threads ahead of the one that stores them: a batch must come out as if
 * each file had been imported on its own, in the order given, with duplicates, bad files and a
 * cancel handled as they were one file at a time, and no reading thread left behind.
 */
class ParallelImportTest {

    @TempDir
    Path dir;

    @Test
    void aMixedBatchGivesTheSameSourcesInTheSameOrderAsFilesImportedOneByOne() throws Exception {
        List<Path> files = mixedFiles(Files.createDirectories(dir.resolve("files")), 30);

        List<String> batch;
        try (Project project = TestProjects.emptyProject(Files.createDirectories(dir.resolve("batch")))) {
            ImportReport report = importAll(project, files, CancellationSignal.NONE, ImportListener.NONE);
            assertThat(report.with(ImportOutcome.Status.IMPORTED)).hasSize(files.size());
            assertThat(report.outcomes()).extracting(ImportOutcome::file).containsExactlyElementsOf(files);
            batch = describe(project);
        }
        List<String> oneByOne;
        try (Project project = TestProjects.emptyProject(Files.createDirectories(dir.resolve("single")))) {
            for (Path file : files) {
                importAll(project, List.of(file), CancellationSignal.NONE, ImportListener.NONE);
            }
            oneByOne = describe(project);
        }

        assertThat(batch).hasSize(files.size()).containsExactlyElementsOf(oneByOne);
        assertThat(readingThreads()).isEmpty();
    }

    @Test
    void copiesWithinOneBatchAreImportedOnceAndBadFilesFailAloneBesideGoodOnes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("files"));
        Path first = Files.writeString(folder.resolve("a-first.txt"), "Moscow presents itself as the only mediator.\n");
        Path copy = Files.copy(first, folder.resolve("b-copy.txt"));
        Path empty = Files.createFile(folder.resolve("c-empty.txt"));
        Path fakePdf = Files.write(folder.resolve("d-broken.pdf"), brokenPdf());
        Path other = Files.writeString(folder.resolve("e-other.txt"), "Baku and Yerevan negotiate in Brussels.\n");
        Path copyAgain = Files.copy(first, folder.resolve("f-copy-again.txt"));

        try (Project project = TestProjects.emptyProject(Files.createDirectories(dir.resolve("project")))) {
            ImportReport report = importAll(project, List.of(folder), CancellationSignal.NONE, ImportListener.NONE);

            assertThat(report.outcomes()).extracting(ImportOutcome::file)
                    .containsExactly(first, copy, empty, fakePdf, other, copyAgain);
            assertThat(report.outcomes()).extracting(ImportOutcome::status).containsExactly(
                    ImportOutcome.Status.IMPORTED, ImportOutcome.Status.DUPLICATE, ImportOutcome.Status.FAILED,
                    ImportOutcome.Status.FAILED, ImportOutcome.Status.IMPORTED, ImportOutcome.Status.DUPLICATE);
            assertThat(report.outcomes().get(1).source()).isEqualTo(report.outcomes().get(0).source());
            assertThat(report.outcomes().get(5).source()).isEqualTo(report.outcomes().get(0).source());
            assertThat(report.outcomes().get(2).message()).isEqualTo("the file is empty");
            assertThat(report.outcomes().get(3).message()).isNotBlank().doesNotContain("\n");
            assertThat(project.sources().list()).extracting(Source::title).containsExactly("a-first", "e-other");
        }
        assertThat(readingThreads()).isEmpty();
    }

    @Test
    void aCancelMidBatchLeavesWholeSourcesOnlyAnIndexThatAgreesAndNoReadingThread() throws Exception {
        List<Path> files = mixedFiles(Files.createDirectories(dir.resolve("files")), 24);
        CancellationSignal.Flag cancel = CancellationSignal.flag();
        ImportListener cancelAfterFive = new ImportListener() {
            @Override
            public void fileDone(ImportOutcome outcome, int filesDone, long bytesDone) {
                if (filesDone == 5) {
                    cancel.cancel();
                }
            }
        };

        try (Project project = TestProjects.emptyProject(Files.createDirectories(dir.resolve("project")))) {
            ImportReport report = importAll(project, files, cancel, cancelAfterFive);

            assertThat(report.cancelled()).isTrue();
            assertThat(report.outcomes()).hasSize(5);
            List<Source> stored = project.sources().list();
            assertThat(stored).hasSize(5);
            for (int i = 0; i < stored.size(); i++) {
                assertThat(project.sources().text(stored.get(i).id())).as("source %d is whole", i)
                        .contains("Source number " + i + " says Russia keeps troops");
            }
            assertThat(project.search().search("\"source number\"", 100, HitOrder.SOURCE).totalPassages())
                    .as("the index holds the stored sources and nothing else").isEqualTo(5);
        }
        assertThat(readingThreads()).isEmpty();
    }

    /** A PDF header and then bytes that are no PDF structure at all. */
    private static byte[] brokenPdf() {
        byte[] bytes = new byte[4096];
        new java.util.Random(3).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    /** Text, DOCX and two-page PDF files in turn, each with its own sentence naming its number. */
    private static List<Path> mixedFiles(Path folder, int count) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String sentence = "Source number " + i + " says Russia keeps troops in region " + (i * 7 % 13) + ".";
            String name = "%02d-source".formatted(i);
            files.add(switch (i % 3) {
                case 0 -> Files.writeString(folder.resolve(name + ".txt"), sentence + "\n\nA second paragraph.\n");
                case 1 -> Fixtures.docx(folder, name + ".docx", "Document " + i, "Author " + i, sentence, "A second paragraph.");
                default -> Fixtures.pdf(folder, name + ".pdf", List.of(List.of(sentence), List.of("A second page.")),
                        "Report " + i, "Author " + i);
            });
        }
        return files;
    }

    private static ImportReport importAll(Project project, List<Path> paths, CancellationSignal cancel,
                                          ImportListener listener) {
        return project.imports().importPaths(paths, ImportRequest.defaults(), TestProjects.CODER, listener, cancel);
    }

    /** Each source as the researcher sees it: id, title, type of file, pages and text. */
    private static List<String> describe(Project project) {
        return project.sources().list().stream()
                .map(s -> s.id() + " | " + s.title() + " | " + s.original().mediaType() + " | " + s.pageCount()
                        + " | " + project.sources().text(s.id()))
                .toList();
    }

    /**
     * The import's reading threads still alive. A pool's worker may still be unwinding for an
     * instant after the pool has terminated, so each is given a bounded join before it counts.
     */
    private static List<String> readingThreads() throws InterruptedException {
        List<Thread> reading = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(ExtractionAhead.THREAD_NAME)).toList();
        for (Thread thread : reading) {
            thread.join(java.time.Duration.ofSeconds(2));
        }
        return reading.stream().filter(Thread::isAlive).map(Thread::getName).toList();
    }
}
