package org.scholion.exchange;

import static org.scholion.exchange.TestArchives.project;
import static org.scholion.exchange.TestArchives.projectIn;
import static org.scholion.exchange.TestArchives.qdpx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Hand-made .qdpx files, one per real-world quirk the issue lists (each seen in files the major
 * tools write). Public so that the import tests of other packages can read the same files.
 */
public final class QuirkArchives {

    public static final String SOURCE_GUID = "0b5e2a8c-3d4f-4a1b-9c2d-7e8f9a0b1c2d";
    public static final String CODE_GUID = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    public static final String SELECTION_GUID = "5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e8f";
    public static final String USER_GUID = "c0ffee00-1234-4abc-9def-0123456789ab";

    /** The text of {@link #bomAndCrlf}, as the file holds it after its byte-order mark. */
    public static final String CRLF_TEXT = "First line\r\nSecond line: Grüße 😀\r\n";

    private QuirkArchives() {
    }

    /** A codebook of one code and a source with one coded selection, the body the quirks vary. */
    static String codedSource(String path) {
        return "<Users><User guid=\"" + USER_GUID + "\" name=\"Ana\" id=\"AN\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"" + CODE_GUID + "\" name=\"Border security\" isCodable=\"true\""
                + " color=\"#3A7\"/></Codes></CodeBook>"
                + "<Sources><TextSource guid=\"" + SOURCE_GUID + "\" name=\"Interview 1\" plainTextPath=\"" + path + "\">"
                + "<PlainTextSelection guid=\"" + SELECTION_GUID + "\" startPosition=\"12\" endPosition=\"23\">"
                + "<Coding guid=\"9e8d7c6b-5a49-4382-a170-f0e1d2c3b4a5\" creatingUser=\"" + USER_GUID + "\">"
                + "<CodeRef targetGUID=\"" + CODE_GUID + "\"/></Coding></PlainTextSelection></TextSource></Sources>";
    }

    /** Source text in UTF-8 with a byte-order mark and CRLF line ends (Windows tools). */
    public static Path bomAndCrlf(Path dir) throws IOException {
        byte[] text = ("\uFEFF" + CRLF_TEXT).getBytes(StandardCharsets.UTF_8);
        return qdpx().projectXml(project(codedSource("internal://" + SOURCE_GUID + ".txt")))
                .entry("sources/" + SOURCE_GUID + ".txt", text).writeTo(dir.resolve("bom-crlf.qdpx"));
    }

    /** The sources folder spelled "Sources", the file name in upper case, the path in lower case. */
    public static Path capitalSources(Path dir) throws IOException {
        return qdpx().projectXml(project(codedSource("internal://" + SOURCE_GUID + ".txt")))
                .storedEntry("Sources/" + SOURCE_GUID.toUpperCase() + ".TXT", CRLF_TEXT.getBytes(StandardCharsets.UTF_8))
                .writeTo(dir.resolve("capital-sources.qdpx"));
    }

    /** The project XML named after the project rather than project.qde. */
    public static Path projectXmlNamedOtherwise(Path dir) throws IOException {
        return qdpx().entry("Border study.qde", project(codedSource("internal://a.txt")))
                .entry("sources/a.txt", CRLF_TEXT).writeTo(dir.resolve("other-name.qdpx"));
    }

    /** The project XML in a later namespace version. */
    public static Path namespace2(Path dir) throws IOException {
        return qdpx().projectXml(projectIn("urn:QDA-XML:project:2.0", codedSource("internal://a.txt")))
                .entry("sources/a.txt", CRLF_TEXT).writeTo(dir.resolve("namespace-2.qdpx"));
    }

    /** The project XML in no namespace at all. */
    public static Path noNamespace(Path dir) throws IOException {
        return qdpx().projectXml(projectIn("", codedSource("internal://a.txt")))
                .entry("sources/a.txt", CRLF_TEXT).writeTo(dir.resolve("no-namespace.qdpx"));
    }

    /** Every GUID in braces and upper case, every reference to it in plain lower case. */
    public static Path bracedUpperCaseGuids(Path dir) throws IOException {
        String body = codedSource("internal://a.txt");
        for (String guid : new String[] {SOURCE_GUID, SELECTION_GUID}) {
            body = body.replace("guid=\"" + guid + "\"", "guid=\"{" + guid.toUpperCase() + "}\"");
        }
        body = body.replace("<Code guid=\"" + CODE_GUID + "\"", "<Code guid=\"{" + CODE_GUID.toUpperCase() + "}\"")
                .replace("<User guid=\"" + USER_GUID + "\"", "<User guid=\"{" + USER_GUID.toUpperCase() + "}\"");
        return qdpx().projectXml(project(body)).entry("sources/a.txt", CRLF_TEXT).writeTo(dir.resolve("braced-guids.qdpx"));
    }

    /** Memos kept in Description elements (ATLAS.ti) on the project, a code, a source and a selection. */
    public static Path memosInDescriptions(Path dir) throws IOException {
        String body = codedSource("internal://a.txt")
                .replace(" color=\"#3A7\"/>", " color=\"#3A7\"><Description>Code memo: borders.</Description></Code>")
                .replace("plainTextPath=\"internal://a.txt\">",
                        "plainTextPath=\"internal://a.txt\"><Description>Source memo: first interview.</Description>")
                .replace("endPosition=\"23\">", "endPosition=\"23\"><Description>Quotation comment.</Description>")
                + "<Description>Project memo: a study of borders.</Description>";
        return qdpx().projectXml(project(body)).entry("sources/a.txt", CRLF_TEXT).writeTo(dir.resolve("memos.qdpx"));
    }
}
