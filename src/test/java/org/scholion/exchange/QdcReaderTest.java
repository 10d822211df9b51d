package org.scholion.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A .qdc codebook reads with its hierarchy, colours, descriptions, isCodable and sets; a wrong file is named. */
class QdcReaderTest {

    private static final String SECURITY = "11111111-2222-4333-8444-555555555501";
    private static final String BORDERS = "11111111-2222-4333-8444-555555555502";
    private static final String POWER = "11111111-2222-4333-8444-555555555503";
    private static final String CORE = "11111111-2222-4333-8444-555555555504";

    @TempDir
    Path dir;

    private static String codebook(String namespaceAttribute) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook" + namespaceAttribute + " origin=\"MAXQDA 2022\">"
                + "<Codes><Code guid=\"{" + SECURITY.toUpperCase() + "}\" name=\"Security interests\" isCodable=\"false\""
                + " color=\"#F0a\"><Description>Why states act.</Description>"
                + "<Code guid=\"" + BORDERS + "\" name=\"Border security\" isCodable=\"true\" color=\"#00ff00\">"
                + "<Description>Borders and their guarding.</Description></Code></Code>"
                + "<Code guid=\"" + POWER + "\" name=\"Power-political interests\" isCodable=\"1\"/></Codes>"
                + "<Sets><Set guid=\"" + CORE + "\" name=\"Core\"><Description>The core codes.</Description>"
                + "<MemberCode guid=\"" + SECURITY + "\"/><MemberCode targetGUID=\"" + POWER.toUpperCase() + "\"/>"
                + "</Set></Sets></CodeBook>";
    }

    private String refused(Path file, ReadLimits limits) {
        try {
            new QdcReader(limits).read(file);
        } catch (ExchangeException e) {
            assertThat(e.getMessage()).doesNotContain("\n").startsWith(file.getFileName() + ": ");
            return e.getMessage();
        }
        throw new AssertionError(file + " was read, but should have been refused");
    }

    @Test
    void codesWithTheirTreeColoursDescriptionsAndSets() throws Exception {
        Path file = Files.writeString(dir.resolve("study.qdc"), codebook(" xmlns=\"urn:QDA-XML:codebook:1.0\""));

        QdcContent content = new QdcReader().read(file);

        QdaCodebook codebook = content.codebook();
        assertThat(codebook.origin()).isEqualTo("MAXQDA 2022");
        assertThat(codebook.codes()).containsExactly(
                new QdaCode(new Guid(SECURITY), "Security interests", false, "#FF00AA", "Why states act.", List.of(),
                        List.of(new QdaCode(new Guid(BORDERS), "Border security", true, "#00FF00",
                                "Borders and their guarding.", List.of(), List.of()))),
                new QdaCode(new Guid(POWER), "Power-political interests", true, null, "", List.of(), List.of()));
        assertThat(codebook.sets()).containsExactly(new QdaSet(new Guid(CORE), "Core", "The core codes.",
                List.of(new Guid(SECURITY), new Guid(POWER)), List.of(), List.of()));
        assertThat(content.warnings()).isEmpty();
    }

    @Test
    void aCodebookWithoutNamespaceReadsTheSameAndIsTold() throws Exception {
        Path withNamespace = Files.writeString(dir.resolve("a.qdc"), codebook(" xmlns=\"urn:QDA-XML:codebook:1.0\""));
        Path without = Files.writeString(dir.resolve("b.qdc"), codebook(""));

        QdcContent content = new QdcReader().read(without);

        assertThat(content.codebook()).isEqualTo(new QdcReader().read(withNamespace).codebook());
        assertThat(content.warnings()).containsExactly(
                "CodeBook: no namespace instead of urn:QDA-XML:codebook:1.0; read by element names");
    }

    @Test
    void aProjectIsNotACodebook() throws Exception {
        Path file = Files.writeString(dir.resolve("project.qdc"), TestArchives.project(""));
        assertThat(refused(file, ReadLimits.defaults())).isEqualTo(
                "project.qdc: line 2:86: a REFI-QDA project, not a codebook: the root element is <Project>");
    }

    @Test
    void aFileThatIsNotXmlIsRefused() throws Exception {
        Path file = Files.write(dir.resolve("zip.qdc"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThat(refused(file, ReadLimits.defaults()))
                .isEqualTo("zip.qdc: line 1:1: not well-formed XML (Content is not allowed in prolog.)");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws Exception {
        Path file = Files.writeString(dir.resolve("big.qdc"), codebook(""));
        assertThat(refused(file, ReadLimits.defaults().withMaxEntryBytes(100)))
                .matches("big\\.qdc: the file has \\d+ bytes, over the limit of 100");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(refused(dir.resolve("gone.qdc"), ReadLimits.defaults())).isEqualTo("gone.qdc: no such file");
    }
}
