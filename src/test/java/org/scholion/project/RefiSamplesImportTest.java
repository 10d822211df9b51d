package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.corpus.CancellationSignal;
import org.scholion.index.HitOrder;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.TextOffsets;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The four real exports in src/test/resources/refi-qda/samples, imported through the file-level
 * entry {@link RefiFiles#importProject} into real project folders: each opens, holds as many codes,
 * sources and codings as a plain DOM count of its project.qde says, and every coding quotes the text
 * the archive's source file holds at the positions the XML gives, counted as the report says.
 */
class RefiSamplesImportTest {

    private static final Path SAMPLES = Path.of("src/test/resources/refi-qda/samples");

    @TempDir
    Path dir;

    static Stream<String> samples() {
        return Stream.of("atlasti-23-blank.qdpx", "atlasti-23-small.qdpx", "nvivo-mac-codes-only.qdpx",
                "qualitative-coding-demo.qdpx");
    }

    private QdaImport.Imported imported(String sample) throws Exception {
        return RefiFiles.importProject(SAMPLES.resolve(sample), dir.resolve("imported"), "tester",
                CancellationSignal.NONE);
    }

    /** The sample's project XML and its source files, read straight from the archive. */
    private record Archive(Document dom, Map<String, String> files) {

        static Archive of(String sample) throws Exception {
            try (ZipFile zip = new ZipFile(SAMPLES.resolve(sample).toFile())) {
                Document dom;
                try (InputStream in = zip.getInputStream(zip.getEntry("project.qde"))) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                    dom = factory.newDocumentBuilder().parse(in);
                }
                Map<String, String> files = new HashMap<>();
                for (ZipEntry entry : zip.stream().toList()) {
                    if (entry.getName().endsWith(".txt")) {
                        files.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(),
                                StandardCharsets.UTF_8));
                    }
                }
                return new Archive(dom, files);
            }
        }

        List<Element> all(String localName) {
            return elements(dom.getElementsByTagNameNS("*", localName));
        }

        /** The text of a TextSource as its file in sources/ holds it. */
        String text(Element source) {
            String path = source.getAttribute("plainTextPath").replaceFirst("^internal://", "");
            String text = files.get("sources/" + path);
            assertThat(text).as("sources/" + path).isNotNull();
            return text;
        }
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** A code's path from the XML: its own name after the names of the Code elements around it. */
    private static String codePath(Element code) {
        String path = code.getAttribute("name");
        for (Node up = code.getParentNode(); up instanceof Element parent && parent.getLocalName().equals("Code");
             up = parent.getParentNode()) {
            path = parent.getAttribute("name") + "/" + path;
        }
        return path;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void countsOfCodesSourcesAndCodingsAgreeWithTheXml(String sample) throws Exception {
        Archive archive = Archive.of(sample);
        QdaImport.Imported imported = imported(sample);

        try (Project project = Project.open(imported.project())) {
            assertThat(project.codebook().snapshot().size()).isEqualTo(archive.all("Code").size());
            assertThat(project.sources().list()).hasSize(archive.all("TextSource").size());
            int xmlCodings = archive.all("PlainTextSelection").stream()
                    .mapToInt(s -> elements(s.getElementsByTagNameNS("*", "Coding")).size()).sum();
            // the report leaves no coding out of any sample, so none is subtracted
            assertThat(imported.report().notes()).noneMatch(note -> note.toLowerCase().contains("selection")
                    || note.toLowerCase().contains("coding"));
            assertThat(project.codings().list(CodingFilter.ALL)).hasSize(xmlCodings);
            assertThat(imported.report().counts().codes()).isEqualTo(archive.all("Code").size());
            assertThat(imported.report().counts().sources()).isEqualTo(archive.all("TextSource").size());
            assertThat(imported.report().counts().codings()).isEqualTo(xmlCodings);
            assertThat(project.coders()).hasSizeGreaterThanOrEqualTo(archive.all("User").size());
            assertThat(project.store().integrityCheck()).containsExactly("ok");
        }
        assertThat(imported.report().summary()).isEqualTo(SUMMARIES.get(sample));
    }

    private static final Map<String, String> SUMMARIES = Map.of(
            "atlasti-23-blank.qdpx", "imported 2 coders, 0 codes, 0 sources, 0 codings, 0 memos (and 0 on codings),"
                    + " 0 attributes, 0 cases, 0 sets; nothing left out or changed",
            "atlasti-23-small.qdpx", "imported 2 coders, 3 codes, 0 sources, 0 codings, 0 memos (and 0 on codings),"
                    + " 0 attributes, 0 cases, 0 sets; nothing left out or changed",
            "nvivo-mac-codes-only.qdpx", "imported 2 coders, 262 codes, 2 sources, 0 codings, 0 memos (and 0 on"
                    + " codings), 0 attributes, 0 cases, 0 sets; nothing left out or changed",
            "qualitative-coding-demo.qdpx", "imported 1 coder, 262 codes, 2 sources, 205 codings, 0 memos (and 0 on"
                    + " codings), 0 attributes, 0 cases, 0 sets; 3 items left out or changed (see the report)");

    @Test
    void theNvivoCodesOnlyExportHasNoSelectionsAndSaysSo() throws Exception {
        Archive archive = Archive.of("nvivo-mac-codes-only.qdpx");
        QdaImport.Imported imported = imported("nvivo-mac-codes-only.qdpx");

        // its texts are one line feed each and its XML holds no PlainTextSelection: nothing to code
        assertThat(archive.all("PlainTextSelection")).isEmpty();
        assertThat(archive.all("Coding")).isEmpty();
        assertThat(imported.report().counting())
                .isEqualTo("Unicode code points, as the standard says (no text selections to check)");
        assertThat(imported.report().notes()).isEmpty();
        try (Project project = Project.open(imported.project())) {
            assertThat(project.sources().list()).hasSize(2).allSatisfy(source ->
                    assertThat(project.sources().text(source.id()).strip()).isEmpty());
            assertThat(project.codings().list(CodingFilter.ALL)).isEmpty();
        }
    }

    @Test
    void theQualitativeCodingDemoReportNamesItsQuirks() throws Exception {
        QdaImport.Imported imported = imported("qualitative-coding-demo.qdpx");

        assertThat(imported.report().counting()).isEqualTo("Unicode code points, as the standard says (the other"
                + " countings give the same positions in these texts)");
        assertThat(imported.report().notes()).containsExactly(
                "TextSource (33663939-3636-3632-3038-613431643463): path 'board_2017.txt' has no internal:// scheme;"
                        + " read from the archive's sources/board_2017.txt (told once for all such paths)",
                "a source without a name (33663939-3636-3632-3038-613431643463) is titled 'board_2017'",
                "a source without a name (66653866-6334-3535-3435-366637306566) is titled 'admin-1'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyCodingQuotesWhatTheSourceFileSaysAtTheXmlPositions(String sample) throws Exception {
        Archive archive = Archive.of(sample);
        QdaImport.Imported imported = imported(sample);
        boolean codePoints = imported.report().counting().startsWith("Unicode code points");

        Map<String, Element> codes = new HashMap<>();
        archive.all("Code").forEach(code -> codes.put(code.getAttribute("guid").toLowerCase(), code));
        List<String> fromXml = new ArrayList<>();
        List<Element> textSources = archive.all("TextSource");
        for (Element source : textSources) {
            // a source without a name is titled after its file, as the report says (see the qc demo test)
            String title = source.getAttribute("name").isEmpty() ? fileStem(source.getAttribute("plainTextPath"))
                    : source.getAttribute("name");
            List<Element> selections = elements(source.getElementsByTagNameNS("*", "PlainTextSelection"));
            if (selections.isEmpty()) {
                continue;
            }
            String text = archive.text(source);
            for (Element selection : selections) {
                int start = Integer.parseInt(selection.getAttribute("startPosition"));
                int end = Integer.parseInt(selection.getAttribute("endPosition"));
                String quote = codePoints ? text.substring(text.offsetByCodePoints(0, start),
                        text.offsetByCodePoints(0, end)) : text.substring(start, end);
                for (Element ref : elements(selection.getElementsByTagNameNS("*", "CodeRef"))) {
                    fromXml.add(title + " | " + codePath(codes.get(
                            ref.getAttribute("targetGUID").toLowerCase())) + " | " + quote);
                }
            }
        }

        List<String> fromProject = new ArrayList<>();
        try (Project project = Project.open(imported.project())) {
            Codebook codebook = project.codebook().snapshot();
            Map<SourceId, Source> sources = new HashMap<>();
            project.sources().list().forEach(s -> sources.put(s.id(), s));
            for (Coding coding : project.codings().list(CodingFilter.ALL)) {
                String stored = TextOffsets.of(project.sources().text(coding.source())).slice(coding.span());
                fromProject.add(sources.get(coding.source()).title() + " | " + codebook.pathOf(coding.code()) + " | "
                        + stored);
            }
        }
        assertThat(fromProject).containsExactlyInAnyOrderElementsOf(fromXml);
        if (sample.startsWith("qualitative")) {
            assertThat(fromXml).hasSize(205);
        }
    }

    @Test
    void theQualitativeCodingDemoIsSearchable() throws Exception {
        QdaImport.Imported imported = imported("qualitative-coding-demo.qdpx");
        try (Project project = Project.open(imported.project())) {
            assertThat(project.search().search("\"joyful, purposeful learning\"", 10, HitOrder.SOURCE).hits()).hasSize(1);
            assertThat(project.search().search("\"now being recorded\"", 10, HitOrder.SOURCE).hits()).hasSize(1);
            assertThat(project.search().search("\"purposeful recorded\"", 10, HitOrder.SOURCE).hits()).isEmpty();
        }
    }

    private static String fileStem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }
}
