package org.scholion.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.exchange.QuirkArchives.CODE_GUID;
import static org.scholion.exchange.QuirkArchives.CRLF_TEXT;
import static org.scholion.exchange.QuirkArchives.SELECTION_GUID;
import static org.scholion.exchange.QuirkArchives.SOURCE_GUID;
import static org.scholion.exchange.QuirkArchives.USER_GUID;
import static org.scholion.exchange.TestArchives.project;
import static org.scholion.exchange.TestArchives.qdpx;
import static org.scholion.exchange.TestArchives.textSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each quirk the issue lists, in a hand-made file ({@link QuirkArchives}), reads into the same
 * project a clean file gives, and the report says what was worked around.
 */
class QuirksTest {

    @TempDir
    Path dir;

    private QdpxContent read(Path qdpx) throws ExchangeException {
        return new QdpxReader().read(qdpx, dir.resolve("work-" + qdpx.getFileName()));
    }

    private static QdaSource onlySource(QdpxContent content) {
        assertThat(content.project().sources()).hasSize(1);
        return content.project().sources().getFirst();
    }

    /** What every quirk file holds underneath: one code, one source, one selection coded by Ana. */
    private static void isTheCodedSource(QdpxContent content) {
        QdaProject project = content.project();
        assertThat(project.codes()).singleElement().satisfies(code -> {
            assertThat(code.guid().value()).isEqualTo(CODE_GUID);
            assertThat(code.color()).isEqualTo("#33AA77");
        });
        assertThat(project.users()).singleElement().satisfies(user -> assertThat(user.guid().value()).isEqualTo(USER_GUID));
        QdaSource source = onlySource(content);
        assertThat(source.guid().value()).isEqualTo(SOURCE_GUID);
        assertThat(source.plainText()).isEqualTo(CRLF_TEXT);
        assertThat(source.selections()).singleElement().satisfies(selection -> {
            assertThat(selection.guid().value()).isEqualTo(SELECTION_GUID);
            assertThat(selection.start()).isEqualTo(12);
            assertThat(selection.end()).isEqualTo(23);
            assertThat(selection.codings()).singleElement().satisfies(coding -> {
                assertThat(coding.code()).isEqualTo(code(project));
                assertThat(coding.creatingUser().value()).isEqualTo(USER_GUID);
            });
        });
    }

    private static Guid code(QdaProject project) {
        return project.codes().getFirst().guid();
    }

    @Test
    void byteOrderMarkIsRemovedAndCrlfKept() throws Exception {
        QdpxContent content = read(QuirkArchives.bomAndCrlf(dir));

        isTheCodedSource(content);
        assertThat(onlySource(content).plainText()).doesNotStartWith("\uFEFF").contains("\r\n");
        assertThat(content.warnings()).isEmpty();
    }

    @Test
    void sourcesFolderAndFileNamesMatchInAnyCase() throws Exception {
        QdpxContent content = read(QuirkArchives.capitalSources(dir));

        isTheCodedSource(content);
        assertThat(content.file("internal://" + SOURCE_GUID + ".txt")).get().satisfies(file ->
                assertThat(file.getFileName().toString()).isEqualTo(SOURCE_GUID.toUpperCase() + ".TXT"));
        assertThat(content.unavailablePaths()).isEmpty();
    }

    @Test
    void projectXmlUnderAnotherNameIsFoundAndTold() throws Exception {
        QdpxContent content = read(QuirkArchives.projectXmlNamedOtherwise(dir));

        isTheCodedSource(content);
        assertThat(content.warnings()).containsExactly("Archive: the project XML is Border study.qde, not project.qde");
    }

    @Test
    void anotherNamespaceVersionReadsTheSame() throws Exception {
        QdpxContent content = read(QuirkArchives.namespace2(dir));

        isTheCodedSource(content);
        assertThat(content.warnings()).containsExactly("Project: namespace urn:QDA-XML:project:2.0 instead of"
                + " urn:QDA-XML:project:1.0; read by element names");
    }

    @Test
    void noNamespaceReadsTheSame() throws Exception {
        QdpxContent content = read(QuirkArchives.noNamespace(dir));

        isTheCodedSource(content);
        assertThat(content.warnings()).containsExactly(
                "Project: no namespace instead of urn:QDA-XML:project:1.0; read by element names");
    }

    @Test
    void guidsInBracesAndUpperCaseMatchTheirReferences() throws Exception {
        QdpxContent content = read(QuirkArchives.bracedUpperCaseGuids(dir));

        isTheCodedSource(content);
        assertThat(content.warnings()).isEmpty();
    }

    @Test
    void memosInDescriptionsAreKept() throws Exception {
        QdpxContent content = read(QuirkArchives.memosInDescriptions(dir));

        isTheCodedSource(content);
        QdaProject project = content.project();
        assertThat(project.description()).isEqualTo("Project memo: a study of borders.");
        assertThat(project.codes().getFirst().description()).isEqualTo("Code memo: borders.");
        assertThat(onlySource(content).description()).isEqualTo("Source memo: first interview.");
        assertThat(onlySource(content).selections().getFirst().description()).isEqualTo("Quotation comment.");
    }

    @Test
    void utf16TextWithItsMarkIsDecodedAndTold() throws Exception {
        byte[] text = ("\uFEFF" + CRLF_TEXT).getBytes(StandardCharsets.UTF_16LE);
        Path file = qdpx().projectXml(project(textSource(SOURCE_GUID, "Interview 1", "internal://a.txt")))
                .entry("sources/a.txt", text).writeTo(dir.resolve("utf16.qdpx"));

        QdpxContent content = read(file);

        assertThat(onlySource(content).plainText()).isEqualTo(CRLF_TEXT);
        assertThat(content.warnings()).containsExactly("TextSource 'Interview 1' (" + SOURCE_GUID + "): internal://a.txt"
                + " is UTF-16 (little-endian) rather than UTF-8; decoded as such");
    }

    @Test
    void textThatIsNotUtf8IsReadWithReplacementsAndTold() throws Exception {
        byte[] latin1 = "Grüße aus Tiflis".getBytes(StandardCharsets.ISO_8859_1);
        Path file = qdpx().projectXml(project(textSource(SOURCE_GUID, "Letter", "internal://a.txt")))
                .entry("sources/a.txt", latin1).writeTo(dir.resolve("latin1.qdpx"));

        QdpxContent content = read(file);

        assertThat(onlySource(content).plainText()).isEqualTo("Gr\uFFFD\uFFFDe aus Tiflis");
        assertThat(content.warnings()).singleElement().asString().startsWith("TextSource 'Letter' (" + SOURCE_GUID
                + "): internal://a.txt is not valid UTF-8; undecodable bytes replaced by U+FFFD");
    }

    @Test
    void plainTextContentInTheXmlNeedsNoFile() throws Exception {
        Path file = qdpx().projectXml(project("<Sources><TextSource guid=\"" + SOURCE_GUID + "\" name=\"Inline\">"
                + "<PlainTextContent>Inline text, with &lt;markup&gt; escaped.</PlainTextContent></TextSource></Sources>"))
                .writeTo(dir.resolve("inline.qdpx"));

        QdaSource source = onlySource(read(file));

        assertThat(source.plainText()).isEqualTo("Inline text, with <markup> escaped.");
        assertThat(source.plainTextPath()).isNull();
    }
}
