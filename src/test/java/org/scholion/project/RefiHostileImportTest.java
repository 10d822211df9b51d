package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.corpus.CancellationSignal;
import org.scholion.exchange.ExchangeException;

/**
 * Hostile archives given to {@link RefiFiles#importProject}, the entry the command line and the
 * workbench use: each is refused with one line naming the file, and no project folder is left
 * behind, neither the target nor a hidden work sibling of it.
 */
class RefiHostileImportTest {

    private static final String SECRET = "TOP-SECRET-e2e-41c9";
    private static final String FINE_PROJECT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Sources><TextSource"
            + " guid=\"6f1c1b4e-1111-4e4e-8a8a-000000000001\" name=\"Interview\" plainTextPath=\"internal://a.txt\"/>"
            + "</Sources></Project>";

    @TempDir
    Path dir;

    private Path out;

    @BeforeEach
    void makeTheFolderProjectsGoTo() throws IOException {
        out = Files.createDirectory(dir.resolve("projects"));
    }

    /** Imports a hostile file, expecting refusal: returns the message after checking nothing is left. */
    private String refused(Path qdpx) throws IOException {
        Path target = out.resolve("imported");
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() ->
                RefiFiles.importProject(qdpx, target, "tester", CancellationSignal.NONE));
        assertThat(thrown).isInstanceOf(ExchangeException.class);
        String message = thrown.getMessage();
        assertThat(message).doesNotContain("\n").doesNotContain("\r").startsWith(qdpx.getFileName() + ": ");
        try (Stream<Path> left = Files.list(out)) {
            // neither imported.scholion nor a hidden ".imported*.importing-*" sibling
            assertThat(left).isEmpty();
        }
        assertThat(target).doesNotExist();
        assertThat(out.resolve("imported.scholion")).doesNotExist();
        return message;
    }

    private Path archive(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream stream = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(stream)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private Path withProjectXml(String name, String xml) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", bytes(xml));
        entries.put("sources/a.txt", bytes("A fine text."));
        return archive(name, entries);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void zipSlip() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", bytes(FINE_PROJECT));
        entries.put("sources/a.txt", bytes("A fine text."));
        entries.put("../../evil.txt", bytes("owned"));
        Path file = archive("slip.qdpx", entries);

        assertThat(refused(file)).startsWith("slip.qdpx: ../../evil.txt: a '..' in its path").contains("(zip slip)");
        assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
        assertThat(dir.resolve("evil.txt")).doesNotExist();
    }

    @Test
    @Timeout(30)
    void zipBomb() throws Exception {
        byte[] bomb = new byte[64 * 1024 * 1024];
        Arrays.fill(bomb, (byte) 'a');
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", bytes(FINE_PROJECT.replace("internal://a.txt", "internal://bomb.txt")));
        entries.put("sources/bomb.txt", bomb);
        Path file = archive("bomb.qdpx", entries);

        assertThat(refused(file)).matches("bomb\\.qdpx: sources/bomb\\.txt: inflates more than 100 times its"
                + " compressed size \\(\\d+ bytes\\): a zip bomb\\?");
    }

    @Test
    void externalEntity() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path file = withProjectXml("xxe.qdpx", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE Project [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Description>&xxe;</Description></Project>");

        assertThat(refused(file)).startsWith("xxe.qdpx: project.qde line 2:").contains("a DOCTYPE is not allowed")
                .doesNotContain(SECRET);
    }

    @Test
    @Timeout(20)
    void billionLaughs() throws Exception {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        Path file = withProjectXml("laughs.qdpx", "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [" + entities + "]>\n"
                + "<Project name=\"p\"><Description>&lol9;</Description></Project>");

        assertThat(refused(file)).startsWith("laughs.qdpx: project.qde line 2:").contains("a DOCTYPE is not allowed");
    }

    @Test
    void plainDoctype() throws Exception {
        Path file = withProjectXml("doctype.qdpx", "<?xml version=\"1.0\"?>\n<!DOCTYPE Project>\n<Project name=\"p\"/>");
        assertThat(refused(file)).isEqualTo("doctype.qdpx: project.qde line 2:19: a DOCTYPE is not allowed"
                + " (REFI-QDA files have none, and it could read local files or expand entities)");
    }

    @Test
    void projectXmlThatIsNotXml() throws Exception {
        Path file = withProjectXml("notxml.qdpx", "PK this is no XML at all");
        assertThat(refused(file)).isEqualTo(
                "notxml.qdpx: project.qde line 1:1: not well-formed XML (Content is not allowed in prolog.)");
    }

    @Test
    void missingProjectXml() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("sources/a.txt", bytes("text"));
        entries.put("readme.md", bytes("hello"));
        Path file = archive("noproject.qdpx", entries);

        assertThat(refused(file)).startsWith("noproject.qdpx: no project.qde (nor any .qde file)");
    }

    @Test
    void truncatedZip() throws Exception {
        byte[] letters = new byte[20_000];
        Random random = new Random(5);
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (byte) ('a' + random.nextInt(26));
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", bytes(FINE_PROJECT));
        entries.put("sources/a.txt", letters);
        byte[] whole = Files.readAllBytes(archive("whole.qdpx", entries));
        Path cut = Files.write(dir.resolve("cut.qdpx"), Arrays.copyOf(whole, whole.length / 2));

        assertThat(refused(cut)).isEqualTo("cut.qdpx: not a ZIP archive, or a damaged one (zip END header not found)");
    }

    @Test
    void aFineArchiveNextToThemImports() throws Exception {
        // the same archive without its hostile part: the refusals above are for what they hold
        Path file = withProjectXml("fine.qdpx", FINE_PROJECT);
        QdaImport.Imported imported = RefiFiles.importProject(file, out.resolve("imported"), "tester",
                CancellationSignal.NONE);
        assertThat(imported.project()).isEqualTo(out.resolve("imported.scholion").toAbsolutePath());
        try (Project project = Project.open(imported.project())) {
            assertThat(project.sources().list()).singleElement().satisfies(source ->
                    assertThat(project.sources().text(source.id())).isEqualTo("A fine text."));
        }
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).containsExactly(out.resolve("imported.scholion"));
        }
    }
}
