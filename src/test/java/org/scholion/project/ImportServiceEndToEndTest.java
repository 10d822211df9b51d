package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.corpus.CancellationSignal;
import org.scholion.json.CodebookJson;
import org.scholion.source.Source;

/**
 * The sample corpus imported through {@link ImportService} into a real project: what the metadata
 * file says, the cleaned text, the originals kept byte for byte, duplicates skipped, progress
 * reported, and a cancelled batch that keeps what it imported.
 */
class ImportServiceEndToEndTest {

    @TempDir
    static Path dir;
    static Project project;
    static ImportReport report;
    static final List<String> events = new ArrayList<>();
    static final List<long[]> progress = new ArrayList<>();

    @BeforeAll
    static void importTheCorpus() {
        project = TestProjects.emptyProject(dir);
        project.codebook().importSpec(CodebookJson.read(TestProjects.STUDY_CODEBOOK), TestProjects.CODER);
        ImportListener listener = new ImportListener() {
            @Override
            public void started(int files, long bytes) {
                events.add("started");
                progress.add(new long[] {files, bytes});
            }

            @Override
            public void fileDone(ImportOutcome outcome, int filesDone, long bytesDone) {
                events.add(outcome.file().getFileName() + " " + outcome.status());
                progress.add(new long[] {filesDone, bytesDone});
            }
        };
        report = project.imports().importPaths(List.of(TestProjects.CORPUS), SampleCorpus.request(), TestProjects.CODER,
                listener, CancellationSignal.NONE);
    }

    @AfterAll
    static void close() {
        project.close();
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestProjects.CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Map<String, Source> byFileName() {
        return project.sources().list().stream().collect(Collectors.toMap(s -> s.original().fileName(), Function.identity()));
    }

    private static String text(String fileName) {
        return project.sources().text(byFileName().get(fileName).id());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theFiveTextsBecomeSourcesWithTheMetadataOfSourcesJson() throws IOException {
        assertThat(report.cancelled()).isFalse();
        assertThat(report.with(ImportOutcome.Status.IMPORTED)).hasSize(5);
        assertThat(report.outcomes()).extracting(o -> o.file().getFileName().toString())
                .doesNotContain("sources.json");
        JsonNode entries = new ObjectMapper().readTree(SampleCorpus.METADATA.toFile()).get("sources");
        assertThat(byFileName()).hasSize(5).containsOnlyKeys(
                corpusFiles().stream().map(f -> f.getFileName().toString()).toList());
        for (JsonNode entry : entries) {
            Source source = byFileName().get(entry.get("file").asText());
            assertThat(source.title()).isEqualTo(entry.get("title").asText());
            assertThat(source.metadata().type().word()).isEqualTo(entry.get("type").asText());
            List<String> authors = new ArrayList<>();
            entry.get("authors").forEach(a -> authors.add(a.asText()));
            assertThat(source.metadata().authors()).isEqualTo(authors);
            assertThat(source.metadata().date() == null ? null : source.metadata().date().toString())
                    .isEqualTo(entry.has("date") ? entry.get("date").asText() : null);
            assertThat(source.metadata().citationKey()).isEqualTo(entry.get("citationKey").asText());
            assertThat(source.metadata().language()).isEqualTo("en");
            assertThat(source.metadata().publication())
                    .isEqualTo(entry.has("publication") ? entry.get("publication").asText() : null);
        }
        assertThat(byFileName().get(SampleCorpus.KUZIO).metadata().date().toString()).isEqualTo("2021-11-25");
        assertThat(byFileName().get(SampleCorpus.THESIS).metadata().date()).isNull();
    }

    @Test
    void theStoredTextIsCleanedAsItsOriginDemands() throws IOException {
        String rawMiholjcic = TestProjects.read(TestProjects.CORPUS.resolve(SampleCorpus.MIHOLJCIC));
        assertThat(rawMiholjcic).contains("Russia’s peace-\nkeeping deployment");
        assertThat(text(SampleCorpus.MIHOLJCIC)).contains("Russia’s peacekeeping deployment")
                .doesNotContain("peace-\nkeeping deployment");

        String rawKuzio = TestProjects.read(TestProjects.KUZIO_TEXT);
        assertThat(rawKuzio).contains("Poniższa Polityka Prywatności");
        assertThat(text(SampleCorpus.KUZIO)).doesNotContain("Poniższa Polityka Prywatności")
                .contains(TestProjects.PEACEKEEPERS_PASSAGE);
        for (Source source : project.sources().list()) {
            String text = project.sources().text(source.id());
            assertThat(source.textLength()).isEqualTo(text.codePointCount(0, text.length()));
            assertThat(text).doesNotContain("\r").isNotBlank();
        }
    }

    @Test
    void eachOriginalIsKeptUnderItsSha256WithIdenticalBytes() throws Exception {
        Path originals = project.store().layout().originals();
        for (Path file : corpusFiles()) {
            byte[] bytes = Files.readAllBytes(file);
            Source source = byFileName().get(file.getFileName().toString());
            assertThat(source.original().sha256()).isEqualTo(sha256(bytes));
            assertThat(source.original().size()).isEqualTo(bytes.length);
            assertThat(Files.readAllBytes(originals.resolve(source.original().sha256()))).isEqualTo(bytes);
        }
        try (Stream<Path> kept = Files.list(originals)) {
            assertThat(kept).hasSize(5);
        }
    }

    @Test
    void importingTheSameFolderAgainSkipsEveryFileAsADuplicateAndChangesNothing() throws IOException {
        List<Source> before = project.sources().list();
        long actions = project.store().log().size();
        Map<String, Source> known = byFileName();

        ImportReport again = project.imports().importPaths(List.of(TestProjects.CORPUS), SampleCorpus.request(),
                TestProjects.CODER, ImportListener.NONE, CancellationSignal.NONE);

        assertThat(again.outcomes()).hasSize(5).allSatisfy(outcome -> {
            assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
            assertThat(outcome.source()).isEqualTo(known.get(outcome.file().getFileName().toString()).id());
            assertThat(outcome.message()).startsWith("already imported as source " + outcome.source().value());
        });
        assertThat(again.summary()).isEqualTo("0 imported, 5 already in the project, 0 failed");
        assertThat(project.sources().list()).isEqualTo(before);
        assertThat(project.store().log().size()).isEqualTo(actions);
        try (Stream<Path> kept = Files.list(project.store().layout().originals())) {
            assertThat(kept).hasSize(5);
        }
    }

    @Test
    void theListenerHearsTheStartAndEachFileWithGrowingCounts() throws IOException {
        List<Path> files = corpusFiles();
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        assertThat(events.getFirst()).isEqualTo("started");
        assertThat(progress.getFirst()).containsExactly(5, total);
        assertThat(events.subList(1, events.size())).containsExactlyElementsOf(
                files.stream().map(f -> f.getFileName() + " IMPORTED").toList());
        long bytes = 0;
        for (int i = 1; i < progress.size(); i++) {
            bytes += Files.size(files.get(i - 1));
            assertThat(progress.get(i)).containsExactly(i, bytes);
        }
        assertThat(progress.getLast()).containsExactly(5, total);
    }

    @Test
    void cancellingAfterTheFirstFileKeepsItAndReportsTheBatchCancelled(@TempDir Path other) {
        CancellationSignal.Flag cancel = CancellationSignal.flag();
        ImportListener cancelsAfterOne = new ImportListener() {
            @Override
            public void fileDone(ImportOutcome outcome, int filesDone, long bytesDone) {
                cancel.cancel();
            }
        };
        try (Project fresh = TestProjects.emptyProject(other)) {
            ImportReport cancelled = fresh.imports().importPaths(List.of(TestProjects.CORPUS), SampleCorpus.request(),
                    TestProjects.CODER, cancelsAfterOne, cancel);

            assertThat(cancelled.cancelled()).isTrue();
            assertThat(cancelled.outcomes()).singleElement().satisfies(o ->
                    assertThat(o.status()).isEqualTo(ImportOutcome.Status.IMPORTED));
            assertThat(cancelled.summary()).isEqualTo("1 imported, 0 already in the project, 0 failed (cancelled)");
            assertThat(fresh.sources().list()).singleElement()
                    .satisfies(s -> assertThat(s.original().fileName()).isEqualTo("article-assessing-russia-role-karabakh.txt"));
            assertThat(fresh.search().search("Safarov", 10, org.scholion.index.HitOrder.SOURCE).totalPassages())
                    .as("the kept source is searchable").isPositive();
            assertThat(fresh.store().integrityCheck()).containsExactly("ok");
        }
    }
}
