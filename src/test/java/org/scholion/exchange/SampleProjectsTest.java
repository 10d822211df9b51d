package org.scholion.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The four real exports in src/test/resources/refi-qda/samples (ATLAS.ti 23 blank and small, NVivo
 * for Mac, qualitative-coding) read, and what the reader found agrees with a count taken
 * independently from each project.qde with a plain DOM parser.
 */
class SampleProjectsTest {

    private static final Path SAMPLES = Path.of("src/test/resources/refi-qda/samples");

    @TempDir
    Path dir;

    static Stream<String> samples() {
        return Stream.of("atlasti-23-blank.qdpx", "atlasti-23-small.qdpx", "nvivo-mac-codes-only.qdpx",
                "qualitative-coding-demo.qdpx");
    }

    private QdpxContent read(String sample) throws ExchangeException {
        return new QdpxReader().read(SAMPLES.resolve(sample), dir.resolve("work"));
    }

    /** The sample's project.qde, parsed by DOM straight from the archive, independently of the reader. */
    private static Document dom(String sample) throws Exception {
        try (ZipFile zip = new ZipFile(SAMPLES.resolve(sample).toFile());
             InputStream in = zip.getInputStream(zip.getEntry("project.qde"))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> all(Document dom, String localName) {
        NodeList nodes = dom.getElementsByTagNameNS("*", localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static int countCodes(List<QdaCode> codes) {
        return codes.stream().mapToInt(code -> 1 + countCodes(code.children())).sum();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void countsAgreeWithTheXml(String sample) throws Exception {
        QdaProject project = read(sample).project();
        Document dom = dom(sample);

        assertThat(countCodes(project.codes())).isEqualTo(all(dom, "Code").size());
        assertThat(project.users()).hasSize(all(dom, "User").size());
        assertThat(project.sources()).hasSize(all(dom, "TextSource").size() + all(dom, "PDFSource").size()
                + all(dom, "PictureSource").size() + all(dom, "AudioSource").size() + all(dom, "VideoSource").size());
        assertThat(project.sources().stream().mapToInt(s -> s.selections().size()).sum())
                .isEqualTo(all(dom, "PlainTextSelection").size());
        assertThat(project.sources().stream().mapToInt(s -> s.codings().size()
                        + s.selections().stream().mapToInt(sel -> sel.codings().size()).sum()).sum())
                .isEqualTo(all(dom, "Coding").size());
        assertThat(project.name()).isEqualTo(dom.getDocumentElement().getAttribute("name"));
        assertThat(project.origin()).isEqualTo(dom.getDocumentElement().getAttribute("origin"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySelectionHasThePositionsAndCodesTheXmlGives(String sample) throws Exception {
        QdaProject project = read(sample).project();
        List<String> fromReader = new ArrayList<>();
        for (QdaSource source : project.sources()) {
            for (QdaSelection selection : source.selections()) {
                fromReader.add(selection.guid() + " " + selection.start() + "-" + selection.end() + " "
                        + selection.codings().stream().map(c -> c.code().value()).toList());
            }
        }
        List<String> fromXml = new ArrayList<>();
        for (Element selection : all(dom(sample), "PlainTextSelection")) {
            List<String> codes = new ArrayList<>();
            for (Element ref : all(selection, "CodeRef")) {
                codes.add(ref.getAttribute("targetGUID").toLowerCase());
            }
            fromXml.add(selection.getAttribute("guid").toLowerCase() + " " + selection.getAttribute("startPosition")
                    + "-" + selection.getAttribute("endPosition") + " " + codes);
        }
        assertThat(fromReader).isEqualTo(fromXml);
    }

    private static List<Element> all(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    @Test
    void theQualitativeCodingDemoHasBothTextsFromItsArchive() throws Exception {
        QdpxContent content = read("qualitative-coding-demo.qdpx");
        List<QdaSource> sources = content.project().sources();

        assertThat(sources).extracting(QdaSource::plainTextPath).containsExactly("board_2017.txt", "admin-1.txt");
        try (ZipFile zip = new ZipFile(SAMPLES.resolve("qualitative-coding-demo.qdpx").toFile())) {
            for (QdaSource source : sources) {
                byte[] bytes = zip.getInputStream(zip.getEntry("sources/" + source.plainTextPath())).readAllBytes();
                assertThat(source.plainText()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
                assertThat(content.file(source.plainTextPath())).get().satisfies(file ->
                        assertThat(Files.readAllBytes(file)).isEqualTo(bytes));
            }
        }
        assertThat(sources.get(0).plainText()).hasSize(52_543).contains("\n");
        assertThat(sources.get(1).plainText()).startsWith("Automation:");
        // qc writes its paths bare, without internal://: read from sources/, and told once
        assertThat(content.warnings()).containsExactly("TextSource (33663939-3636-3632-3038-613431643463): path"
                + " 'board_2017.txt' has no internal:// scheme; read from the archive's sources/board_2017.txt"
                + " (told once for all such paths)");
        assertThat(content.unavailablePaths()).isEmpty();
    }

    @Test
    void theQualitativeCodingDemoKeepsSharedSelectionsAndTwoCodesOfOneName() throws Exception {
        QdaProject project = read("qualitative-coding-demo.qdpx").project();

        List<QdaCode> programming = new ArrayList<>();
        collect(project.codes(), "programming", programming);
        assertThat(programming).hasSize(2).extracting(QdaCode::guid).doesNotHaveDuplicates();
        assertThat(project.sources().get(0).selections()).filteredOn(s -> s.codings().size() > 1).isNotEmpty();
        assertThat(project.sources().get(0).selections()).allSatisfy(selection -> {
            assertThat(selection.codings()).allSatisfy(coding -> assertThat(coding.creatingUser())
                    .isEqualTo(project.users().getFirst().guid()));
            assertThat(selection.end()).isGreaterThan(selection.start());
        });
    }

    private static void collect(List<QdaCode> codes, String name, List<QdaCode> found) {
        for (QdaCode code : codes) {
            if (code.name().equals(name)) {
                found.add(code);
            }
            collect(code.children(), name, found);
        }
    }

    @Test
    void nvivoCodesOnlyHasEmptyTextsAndEmptyDocuments() throws Exception {
        QdpxContent content = read("nvivo-mac-codes-only.qdpx");

        // NVivo's plain texts are one line feed each, and its DOCX bodies hold one empty paragraph:
        // a codes-only export carries no source text at all.
        assertThat(content.project().sources()).hasSize(2).allSatisfy(source -> {
            assertThat(source.plainText()).isEqualTo("\n");
            assertThat(source.richTextPath()).startsWith("internal://").endsWith(".docx");
            Path docx = content.file(source.richTextPath()).orElseThrow();
            try (ZipFile document = new ZipFile(docx.toFile())) {
                String body = new String(document.getInputStream(document.getEntry("word/document.xml")).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertThat(body).contains("<w:body>").doesNotContain("<w:t>").doesNotContain("<w:t ");
            }
        });
        assertThat(content.project().users()).extracting(QdaUser::id).containsExactly("CP", "C");
        assertThat(content.warnings()).isEmpty();
        assertThat(content.unavailablePaths()).isEmpty();
    }

    @Test
    void atlasSmallHasItsCodeTreeAndCreationTime() throws Exception {
        QdaProject project = read("atlasti-23-small.qdpx").project();

        assertThat(project.codes()).singleElement().satisfies(code -> {
            assertThat(code.name()).isEqualTo("Commits");
            assertThat(code.guid().value()).isEqualTo("a182cd3a-d83c-4d8c-bc80-26d9103ec6d6");
            assertThat(code.children()).extracting(QdaCode::name)
                    .containsExactly("2022-05-10T02:05:59Z 19e4dce", "2022-02-11T10:39:25Z cdbfd92");
        });
        assertThat(project.created()).isEqualTo(java.time.Instant.parse("2023-08-16T15:49:36Z"));
        assertThat(project.creatingUser().value()).isEqualTo("088b08ac-d5cd-4adb-8b71-b4f3459c177f");
    }
}
