package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.index.HitOrder;
import org.scholion.index.IndexStatus;
import org.scholion.index.PassageHit;
import org.scholion.source.Source;
import org.scholion.source.Span;

/**
 * The index is derived from the store: deleted or damaged, it is rebuilt on opening and answers
 * exactly as before; a coding made in one session is found by code: in the next, without a rebuild.
 */
class IndexDerivedEndToEndTest {

    private static final List<String> QUERIES = List.of("peacekeeping", "NATO", "\"power political\"",
            "type:news Karabakh", "\"NATO enlargement\"~5", "year:[2012 TO 2021] Moscow", "negotiat* -Minsk");

    @TempDir
    static Path dir;
    static Path folder;
    static Map<String, List<Hit>> before;

    /** A hit as a researcher sees it: where, on which page, and which words matched (scores may differ). */
    record Hit(long source, Span passage, String page, List<Span> matches) {
        static Hit of(PassageHit hit) {
            return new Hit(hit.source().value(), hit.passage(), hit.page(), hit.matches());
        }
    }

    @BeforeAll
    static void importTheCorpus() {
        try (Project project = SampleCorpus.imported(dir)) {
            folder = project.info().folder();
            before = results(project);
        }
        assertThat(before.values()).allSatisfy(hits -> assertThat(hits).isNotEmpty());
    }

    private static Map<String, List<Hit>> results(Project project) {
        Map<String, List<Hit>> results = new LinkedHashMap<>();
        for (String query : QUERIES) {
            results.put(query, project.search().search(query, Integer.MAX_VALUE, HitOrder.SOURCE).hits().stream()
                    .map(Hit::of).toList());
        }
        return results;
    }

    private static Path indexDir() {
        return folder.resolve("index");
    }

    @Test
    void aDeletedIndexIsRebuiltOnOpeningWithTheSameResults() throws IOException {
        try (Stream<Path> files = Files.walk(indexDir())) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }

        try (Project project = Project.open(folder)) {
            assertThat(project.indexStatus().state()).isEqualTo(IndexStatus.State.MISSING);
            assertThat(results(project)).isEqualTo(before);
        }
        try (Project project = Project.open(folder)) {
            assertThat(project.indexStatus().state()).isEqualTo(IndexStatus.State.READY);
        }
    }

    @Test
    void aSegmentFileOverwrittenWithGarbageIsRebuiltOnOpeningWithTheSameResults() throws IOException {
        Path segment;
        try (Stream<Path> files = Files.list(indexDir())) {
            segment = files.filter(f -> !f.getFileName().toString().startsWith("segments")
                            && !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        byte[] garbage = new byte[(int) Files.size(segment)];
        Arrays.fill(garbage, (byte) 0x5A);
        Files.write(segment, garbage);

        try (Project project = Project.open(folder)) {
            assertThat(project.indexStatus().state()).isEqualTo(IndexStatus.State.CORRUPT);
            assertThat(results(project)).isEqualTo(before);
        }
    }

    @Test
    void aCodingMadeInOneSessionIsFoundByCodeInTheNextWithoutARebuild() {
        String passage = "Russian peacekeepers have never helped resolve any conflict";
        try (Project project = Project.open(folder)) {
            Source kuzio = project.sources().list().stream()
                    .filter(s -> s.original().fileName().equals(SampleCorpus.KUZIO)).findFirst().orElseThrow();
            project.codings().code(kuzio.id(), TestProjects.spanOf(project, kuzio, passage),
                    TestProjects.code(project, TestProjects.PEACEKEEPING).id(), TestProjects.CODER, "");
        }

        try (Project project = Project.open(folder)) {
            assertThat(project.indexStatus().state()).as("updated in place, not rebuilt").isEqualTo(IndexStatus.State.READY);
            List<PassageHit> coded = project.search().search("code:\"" + TestProjects.PEACEKEEPING + "\"", 10,
                    HitOrder.SOURCE).hits();
            assertThat(coded).singleElement().satisfies(hit -> {
                String text = project.sources().text(hit.source());
                assertThat(org.scholion.source.TextOffsets.of(text).slice(hit.passage())).contains(passage);
            });
            assertThat(project.search().search("code:\"Power-political interests\" peacekeepers", 10, HitOrder.SOURCE)
                    .totalPassages()).as("a code finds what its sub-codes code").isEqualTo(1);
            assertThat(results(project)).isEqualTo(before);
        }
    }

    @Test
    void aSourceAddedDirectlyIsSearchableAtOnceAndAfterReopening(@TempDir Path other) {
        Path project;
        try (Project study = TestProjects.emptyProject(other)) {
            project = study.info().folder();
            Source kuzio = TestProjects.addKuzio(study);
            assertThat(study.search().search("peacekeepers", Integer.MAX_VALUE, HitOrder.SOURCE).hits())
                    .isNotEmpty().allSatisfy(hit -> assertThat(hit.source()).isEqualTo(kuzio.id()));
        }
        try (Project reopened = Project.open(project)) {
            assertThat(reopened.indexStatus().state()).isEqualTo(IndexStatus.State.READY);
            assertThat(reopened.search().search("peacekeepers", 0, HitOrder.SOURCE).totalPassages()).isPositive();
        }
    }
}
