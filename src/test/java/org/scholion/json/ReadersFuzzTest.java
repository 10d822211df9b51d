package org.scholion.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.scholion.fuzz.FuzzTally;
import org.scholion.fuzz.Mutations;

/**
 * The codebook and metadata readers on damaged input: a valid file mutated (bytes flipped,
 * inserted, cut, nested deep, made huge). Each file either reads or is refused with one line
 * that names the file; nothing else escapes (no NullPointerException, no stack overflow). Tries:
 * {@code -Dfuzz.tries} (docs/reliability.md).
 */
class ReadersFuzzTest {

    private static final Path CODEBOOK = Path.of("codebooks", "discourse-russia-south-caucasus.json");
    private static final Path METADATA = Path.of("corpus", "sources.json");

    @AfterContainer
    static void tally() {
        FuzzTally.record();
    }

    @Property
    void aDamagedCodebookReadsOrIsRefusedInOneLineNamingTheFile(@ForAll("codebooks") byte[] file) {
        FuzzTally.tried("codebook JSON");
        try {
            assertThat(CodebookJson.read("fuzzed.json", new ByteArrayInputStream(file))).isNotNull();
        } catch (CodebookFormatException e) {
            assertOneLineNaming(e.getMessage(), "fuzzed.json");
        }
    }

    @Property
    void aDamagedMetadataFileReadsOrIsRefusedInOneLineNamingTheFile(@ForAll("metadata") byte[] file) throws IOException {
        FuzzTally.tried("metadata JSON");
        Path path = Files.createTempFile("fuzzed-", ".json");
        try {
            Files.write(path, file, StandardOpenOption.TRUNCATE_EXISTING);
            assertThat(SourceMetadataJson.read(path)).isNotNull();
        } catch (IllegalArgumentException e) {
            assertOneLineNaming(e.getMessage(), path.getFileName().toString());
        } finally {
            Files.deleteIfExists(path);
        }
    }

    @Provide
    Arbitrary<byte[]> codebooks() {
        return Mutations.of(read(CODEBOOK));
    }

    @Provide
    Arbitrary<byte[]> metadata() {
        return Mutations.of(read(METADATA));
    }

    private static void assertOneLineNaming(String message, String file) {
        assertThat(message).isNotBlank().doesNotContain("\n").contains(file);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
