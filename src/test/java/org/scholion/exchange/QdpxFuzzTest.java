package org.scholion.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.scholion.fuzz.FuzzTally;
import org.scholion.fuzz.Mutations;

/**
 * The QDPX reader on damaged projects from other tools: the sample project's XML mutated inside
 * an intact archive (so the damage reaches the XML reader), and the archive's own bytes mutated.
 * Each reads, or is refused with one line naming the file; nothing else escapes, and a refused
 * file leaves nothing unpacked. Tries: {@code -Dfuzz.tries} (docs/reliability.md).
 */
class QdpxFuzzTest {

    private static final Path SAMPLE = Path.of("src/test/resources/refi-qda/samples/qualitative-coding-demo.qdpx");
    private static final Map<String, byte[]> ENTRIES = entries(SAMPLE);

    @AfterContainer
    static void tally() {
        FuzzTally.record();
    }

    @Property
    void aProjectWithDamagedXmlReadsOrIsRefusedInOneLine(@ForAll("damagedXml") byte[] projectXml) throws IOException {
        FuzzTally.tried("QDPX project XML");
        Map<String, byte[]> entries = new LinkedHashMap<>(ENTRIES);
        entries.put("project.qde", projectXml);
        readOrRefuse(zip(entries));
    }

    @Property
    void aDamagedArchiveReadsOrIsRefusedInOneLine(@ForAll("damagedArchive") byte[] archive) throws IOException {
        FuzzTally.tried("QDPX archive");
        readOrRefuse(archive);
    }

    private static void readOrRefuse(byte[] archive) throws IOException {
        Path folder = Files.createTempDirectory("qdpx-fuzz");
        Path file = folder.resolve("fuzzed.qdpx");
        Path unpacked = folder.resolve("unpacked");
        Files.write(file, archive);
        try {
            QdpxContent content = new QdpxReader().read(file, unpacked);
            assertThat(content.project()).isNotNull();
        } catch (ExchangeException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").contains("fuzzed.qdpx");
            if (Files.exists(unpacked)) {
                try (var left = Files.list(unpacked)) {
                    assertThat(left).as("nothing left unpacked by a refused file").isEmpty();
                }
            }
        } finally {
            try (var all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<byte[]> damagedXml() {
        return Mutations.of(ENTRIES.get("project.qde"));
    }

    @Provide
    Arbitrary<byte[]> damagedArchive() {
        try {
            return Mutations.of(Files.readAllBytes(SAMPLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> entries(Path qdpx) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(qdpx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
