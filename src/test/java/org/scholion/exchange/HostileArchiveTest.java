package org.scholion.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.exchange.TestArchives.compressible;
import static org.scholion.exchange.TestArchives.incompressible;
import static org.scholion.exchange.TestArchives.project;
import static org.scholion.exchange.TestArchives.qdpx;
import static org.scholion.exchange.TestArchives.textSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A .qdpx is an untrusted ZIP: entries escaping the folder (zip slip), archives inflating past a
 * limit or at a bomb's ratio, lying headers, too many entries, missing or several project files,
 * damaged archives are each refused in one line naming the file and the entry, and leave the work
 * folder empty; paths leading outside the archive are listed, never opened.
 */
class HostileArchiveTest {

    private static final String GUID_1 = "6f1c1b4e-1111-4e4e-8a8a-000000000001";
    private static final String GUID_2 = "6f1c1b4e-1111-4e4e-8a8a-000000000002";
    private static final String FINE_PROJECT = project(textSource(GUID_1, "Interview", "internal://a.txt"));

    @TempDir
    Path dir;

    private String refused(Path qdpx, ReadLimits limits) {
        Path work = dir.resolve("work");
        try {
            new QdpxReader(limits).read(qdpx, work);
        } catch (ExchangeException e) {
            assertThat(e.getMessage()).doesNotContain("\n").startsWith(qdpx.getFileName() + ": ");
            assertThat(work).isEmptyDirectory();
            return e.getMessage();
        }
        throw new AssertionError(qdpx + " was read, but should have been refused");
    }

    private String refused(Path qdpx) {
        return refused(qdpx, ReadLimits.defaults());
    }

    @Test
    void entryClimbingOutWithDotDotIsRefused() throws Exception {
        Path file = qdpx().projectXml(FINE_PROJECT).entry("sources/a.txt", "text").entry("../evil.txt", "owned")
                .writeTo(dir.resolve("slip.qdpx"));

        assertThat(refused(file)).isEqualTo("slip.qdpx: ../evil.txt: a '..' in its path: the entry would be written"
                + " outside the folder it is unpacked to (zip slip); the archive is refused");
        assertThat(dir.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void entryWithAnAbsolutePathIsRefused() throws Exception {
        Path file = qdpx().projectXml(FINE_PROJECT).entry("/abs.txt", "owned").writeTo(dir.resolve("abs.qdpx"));
        assertThat(refused(file)).startsWith("abs.qdpx: /abs.txt: an absolute path: ").contains("(zip slip)");
    }

    @Test
    void entryClimbingOutWithWindowsSeparatorsIsRefused() throws Exception {
        Path file = qdpx().projectXml(FINE_PROJECT).entry("sources\\..\\..\\evil.txt", "owned")
                .writeTo(dir.resolve("backslash.qdpx"));
        assertThat(refused(file)).startsWith("backslash.qdpx: sources\\..\\..\\evil.txt: a '..' in its path");
    }

    @Test
    void entryWithADriveLetterIsRefused() throws Exception {
        Path file = qdpx().projectXml(FINE_PROJECT).entry("C:/Windows/evil.txt", "owned").writeTo(dir.resolve("drive.qdpx"));
        assertThat(refused(file)).startsWith("drive.qdpx: C:/Windows/evil.txt: an absolute path");
    }

    @Test
    @Timeout(20)
    void zipBombInASourceIsRefusedAndWhatWasUnpackedBeforeIsRemoved() throws Exception {
        String xml = project("<Sources><TextSource guid=\"" + GUID_1 + "\" plainTextPath=\"internal://a.txt\"/>"
                + "<TextSource guid=\"" + GUID_2 + "\" plainTextPath=\"internal://bomb.txt\"/></Sources>");
        Path file = qdpx().projectXml(xml).entry("sources/a.txt", "A fine text.")
                .entry("sources/bomb.txt", compressible(64 * 1024 * 1024)).writeTo(dir.resolve("bomb.qdpx"));

        assertThat(refused(file)).matches("bomb\\.qdpx: sources/bomb\\.txt: inflates more than 100 times its"
                + " compressed size \\(\\d+ bytes\\): a zip bomb\\?");
    }

    @Test
    @Timeout(20)
    void zipBombAsTheProjectXmlIsRefused() throws Exception {
        byte[] xml = (project("<Description>" + " ".repeat(32 * 1024 * 1024) + "</Description>"))
                .getBytes(StandardCharsets.UTF_8);
        Path file = qdpx().entry("project.qde", xml).writeTo(dir.resolve("xmlbomb.qdpx"));
        assertThat(refused(file)).startsWith("xmlbomb.qdpx: project.qde: inflates more than 100 times");
    }

    @Test
    @Timeout(20)
    void aBombWhoseHeaderOverstatesItsCompressedSizeIsStillCaught() throws Exception {
        Path file = qdpx().projectXml(project(textSource(GUID_1, "Bomb", "internal://bomb.txt")))
                .entry("sources/bomb.txt", compressible(64 * 1024 * 1024)).writeTo(dir.resolve("overstated.qdpx"));
        TestArchives.declareCompressedSizes(file, Integer.MAX_VALUE);

        // bounded by the archive's own size, the claimed 2 GiB does not loosen the ratio
        assertThat(refused(file)).matches("overstated\\.qdpx: sources/bomb\\.txt: inflates more than 100 times its"
                + " compressed size \\((\\d+) bytes\\): a zip bomb\\?")
                .contains("(" + java.nio.file.Files.size(file) + " bytes)");
    }

    @Test
    void anEntryWhoseHeaderUnderstatesItsSizeIsCaughtByCounting() throws Exception {
        Path file = qdpx().projectXml(project(textSource(GUID_1, "Big", "internal://big.txt")))
                .entry("sources/big.txt", incompressible(4 * 1024 * 1024, 1)).writeTo(dir.resolve("liar.qdpx"));
        TestArchives.declareSizes(file, 10);

        assertThat(refused(file, ReadLimits.defaults().withMaxEntryBytes(1024 * 1024)))
                .isEqualTo("liar.qdpx: sources/big.txt: inflates past 1048576 bytes, over the limit for one entry");
    }

    @Test
    void anEntryDeclaringTooManyBytesIsRefusedBeforeInflating() throws Exception {
        Path file = qdpx().projectXml(project(textSource(GUID_1, "Big", "internal://big.txt")))
                .entry("sources/big.txt", incompressible(2 * 1024 * 1024, 2)).writeTo(dir.resolve("big.qdpx"));

        assertThat(refused(file, ReadLimits.defaults().withMaxEntryBytes(1024 * 1024)))
                .isEqualTo("big.qdpx: sources/big.txt: declares 2097152 bytes, over the limit of 1048576 for one entry");
    }

    @Test
    void theWholeArchiveInflatingPastItsLimitIsRefused() throws Exception {
        String xml = project("<Sources><TextSource guid=\"" + GUID_1 + "\" plainTextPath=\"internal://a.txt\"/>"
                + "<TextSource guid=\"" + GUID_2 + "\" plainTextPath=\"internal://b.txt\"/></Sources>");
        Path file = qdpx().projectXml(xml).entry("sources/a.txt", incompressible(2 * 1024 * 1024, 3))
                .entry("sources/b.txt", incompressible(2 * 1024 * 1024, 4)).writeTo(dir.resolve("total.qdpx"));

        assertThat(refused(file, ReadLimits.defaults().withMaxTotalBytes(3 * 1024 * 1024)))
                .isEqualTo("total.qdpx: sources/b.txt: the archive inflates past 3145728 bytes, over the limit");
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        TestArchives archive = qdpx().projectXml(FINE_PROJECT);
        for (int i = 0; i < 5; i++) {
            archive.entry("sources/" + i + ".txt", "text " + i);
        }
        Path file = archive.writeTo(dir.resolve("many.qdpx"));
        assertThat(refused(file, ReadLimits.defaults().withMaxEntries(5)))
                .isEqualTo("many.qdpx: the archive lists 6 entries, over the limit of 5");
    }

    @Test
    void anArchiveWithoutProjectXmlIsRefused() throws Exception {
        Path file = qdpx().entry("sources/a.txt", "text").entry("readme.md", "hello").writeTo(dir.resolve("noproject.qdpx"));
        assertThat(refused(file)).isEqualTo("noproject.qdpx: no project.qde (nor any .qde file) at the top of the"
                + " archive: not a REFI-QDA project");
    }

    @Test
    void severalProjectFilesAndNoneStandardAreRefused() throws Exception {
        Path file = qdpx().entry("one.qde", FINE_PROJECT).entry("two.qde", FINE_PROJECT).writeTo(dir.resolve("two.qdpx"));
        assertThat(refused(file)).isEqualTo(
                "two.qdpx: several .qde files at the top of the archive (one.qde, two.qde) and none is project.qde");
    }

    @Test
    void aTruncatedArchiveIsRefused() throws Exception {
        Path whole = qdpx().projectXml(FINE_PROJECT).entry("sources/a.txt", incompressible(20_000, 5))
                .writeTo(dir.resolve("whole.qdpx"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.qdpx"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(refused(cut)).isEqualTo("cut.qdpx: not a ZIP archive, or a damaged one (zip END header not found)");
    }

    @Test
    void anEntryWithDamagedDataIsRefused() throws Exception {
        String xml = project("<Description>" + "A memo about the project. ".repeat(2000) + "</Description>");
        Path file = qdpx().projectXml(xml).writeTo(dir.resolve("damaged.qdpx"));
        byte[] bytes = Files.readAllBytes(file);
        Arrays.fill(bytes, 60, 90, (byte) 0xFF); // inside the deflated data, after the 41-byte local header
        Files.write(file, bytes);

        assertThat(refused(file)).isEqualTo("damaged.qdpx: project.qde: the entry is damaged (invalid bit length repeat)");
    }

    @Test
    void aFileThatIsNoZipIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.qdpx"), "just some notes, not an archive");
        assertThat(refused(file)).isEqualTo("notes.qdpx: not a ZIP archive, or a damaged one (zip END header not found)");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(refused(dir.resolve("gone.qdpx"))).isEqualTo("gone.qdpx: no such file");
    }

    @Test
    void pathsLeadingOutsideTheArchiveAreListedAndNeverOpened() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7d1f");
        String[] paths = {
            secret.toUri().toString(), "relative:///secret.txt", "absolute:///" + secret, secret.toString(),
            "internal://../secret.txt", "internal://missing.txt"};
        StringBuilder sources = new StringBuilder("<Sources>");
        for (int i = 0; i < paths.length; i++) {
            sources.append("<TextSource guid=\"6f1c1b4e-1111-4e4e-8a8a-00000000010").append(i).append("\" name=\"s")
                    .append(i).append("\" plainTextPath=\"").append(paths[i]).append("\"/>");
        }
        Path file = qdpx().projectXml(project(sources + "</Sources>").replace("<Project ",
                        "<Project basePath=\"" + dir + "\" "))
                .entry("sources/a.txt", "text").writeTo(dir.resolve("outside.qdpx"));

        QdpxContent content = new QdpxReader().read(file, dir.resolve("work"));

        assertThat(content.project().sources()).hasSize(paths.length)
                .allSatisfy(source -> assertThat(source.plainText()).isNull());
        assertThat(content.files()).isEmpty();
        assertThat(dir.resolve("work")).isEmptyDirectory();
        assertThat(content.unavailablePaths()).containsExactly(
                "TextSource 's0' (6f1c1b4e-1111-4e4e-8a8a-000000000100): " + paths[0]
                        + " points outside the archive (file://); not read",
                "TextSource 's1' (6f1c1b4e-1111-4e4e-8a8a-000000000101): relative:///secret.txt points outside the"
                        + " archive (relative://); not read",
                "TextSource 's2' (6f1c1b4e-1111-4e4e-8a8a-000000000102): " + paths[2]
                        + " points outside the archive (absolute://); not read",
                "TextSource 's3' (6f1c1b4e-1111-4e4e-8a8a-000000000103): " + paths[3]
                        + " is an absolute path outside the archive; not read",
                "TextSource 's4' (6f1c1b4e-1111-4e4e-8a8a-000000000104): internal://../secret.txt leaves the archive;"
                        + " not read",
                "TextSource 's5' (6f1c1b4e-1111-4e4e-8a8a-000000000105): internal://missing.txt is not in the archive");
    }
}
