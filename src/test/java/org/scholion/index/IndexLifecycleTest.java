package org.scholion.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is derived: whatever happens to it on disk, open says so and a rebuild restores it. */
class IndexLifecycleTest {

    @TempDir
    Path dir;

    private Path indexDir() {
        return dir.resolve("index");
    }

    @Test
    void aNewIndexIsReportedMissingAndAnIndexReopensReady() throws Exception {
        try (PassageIndex index = PassageIndex.open(indexDir())) {
            assertThat(index.status().state()).isEqualTo(IndexStatus.State.MISSING);
            assertThat(index.status().needsRebuild()).isTrue();
            index.rebuild(PassageIndexTest.sources());
            assertThat(index.status().needsRebuild()).isFalse();
        }
        try (PassageIndex index = PassageIndex.open(indexDir())) {
            assertThat(index.status()).isEqualTo(IndexStatus.ready());
            assertThat(index.documentCount()).isEqualTo(9);
        }
    }

    @Test
    void rebuildingAfterTheDirectoryIsDeletedGivesTheSameResults() throws Exception {
        SearchResults before;
        try (PassageIndex index = PassageIndex.open(indexDir())) {
            index.rebuild(Corpus.sources());
            before = index.search("peacekeeping OR \"power political\" OR NATO", Integer.MAX_VALUE);
        }
        deleteRecursively(indexDir());

        try (PassageIndex index = PassageIndex.open(indexDir())) {
            assertThat(index.status().state()).isEqualTo(IndexStatus.State.MISSING);
            index.rebuild(Corpus.sources());
            SearchResults after = index.search("peacekeeping OR \"power political\" OR NATO", Integer.MAX_VALUE);

            assertThat(after.totalPassages()).isEqualTo(before.totalPassages()).isGreaterThan(200);
            assertThat(after.totalMatches()).isEqualTo(before.totalMatches());
            assertThat(after.hits()).isEqualTo(before.hits());
        }
    }

    @Test
    void aSegmentFileOverwrittenWithGarbageIsReportedCorruptAndReplaced() throws Exception {
        try (PassageIndex index = PassageIndex.open(indexDir())) {
            index.rebuild(PassageIndexTest.sources());
        }
        Path segmentFile = largestSegmentFile();
        byte[] garbage = new byte[(int) Files.size(segmentFile)];
        Arrays.fill(garbage, (byte) 0x5A);
        Files.write(segmentFile, garbage);

        try (PassageIndex index = PassageIndex.open(indexDir())) {
            assertThat(index.status().state()).isEqualTo(IndexStatus.State.CORRUPT);
            assertThat(index.status().needsRebuild()).isTrue();
            assertThat(index.status().detail()).doesNotContain("\n").isNotBlank();
            assertThat(index.documentCount()).isZero();
            index.rebuild(PassageIndexTest.sources());
            assertThat(index.search("NATO", 10).totalPassages()).isEqualTo(3);
        }
        try (PassageIndex index = PassageIndex.open(indexDir())) {
            assertThat(index.status().needsRebuild()).isFalse();
        }
    }

    @Test
    void anIndexOfAnotherSchemaVersionIsReportedAndDiscarded() throws Exception {
        try (PassageIndex index = PassageIndex.open(indexDir())) {
            index.rebuild(PassageIndexTest.sources());
        }
        // As an older Scholion would have left it: same Lucene, another schema number.
        try (FSDirectory directory = FSDirectory.open(indexDir());
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of(PassageIndex.SCHEMA_KEY, "0").entrySet());
            writer.commit();
        }

        try (PassageIndex index = PassageIndex.open(indexDir())) {
            assertThat(index.status().state()).isEqualTo(IndexStatus.State.SCHEMA_CHANGED);
            assertThat(index.status().detail()).contains("schema 0");
            assertThat(index.documentCount()).isZero();
        }
    }

    private Path largestSegmentFile() throws IOException {
        try (Stream<Path> files = Files.list(indexDir())) {
            return files.filter(file -> !file.getFileName().toString().startsWith("segments")
                            && !file.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(file -> file.toFile().length())).orElseThrow();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
