package org.scholion.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.exchange.TestArchives.project;
import static org.scholion.exchange.TestArchives.qdpx;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every part of a project the standard defines reaches the model: users, the code tree, variables,
 * cases, text, PDF and media sources, selections, codings, notes, sets, descriptions and note
 * references; what Scholion cannot hold is counted; what a tool wrote wrongly is worked around and
 * told, one line each.
 */
class QdeElementsTest {

    /** The project, with "@X1"-style placeholders for GUIDs. */
    private static final String BODY = """
            <Users><User guid="@U1" name="Ana" id="AN"/><User guid="@U2" name="Ben"/></Users>
            <CodeBook><Codes>
              <Code guid="@C1" name="Security" isCodable="false" color="#abcdef">
                <Description>A folder of codes.</Description><NoteRef targetGUID="@N1"/>
                <Code guid="@C2" name="Borders" color="#12"/>
                <Code guid="@C3" name="Bases" isCodable="yes" color="red"/>
              </Code>
            </Codes></CodeBook>
            <Variables>
              <Variable guid="@V1" name="Year" typeOfVariable="Integer"><Description>Year of publication</Description></Variable>
              <Variable guid="@V2" name="Mood" typeOfVariable="Emotion"/>
            </Variables>
            <Cases><Case guid="@K1" name="Georgia"><Description>Case memo</Description><CodeRef targetGUID="@C1"/>
              <VariableValue><VariableRef targetGUID="@V1"/><IntegerValue> 2008 </IntegerValue></VariableValue>
              <SourceRef targetGUID="@S1"/><SelectionRef targetGUID="@E1"/></Case></Cases>
            <Sources>
              <TextSource guid="@S1" name="Interview" plainTextPath="internal://s1.txt" richTextPath="internal://s1.docx"
                  creatingUser="@U1" creationDateTime="2024-01-02T03:04:05+02:00" modifiedDateTime="2024-01-03T10:00:00">
                <PlainTextSelection guid="@E1" name="q1" startPosition="0" endPosition="5" creatingUser="@U2"
                    creationDateTime="2024-01-02T03:04:05Z">
                  <Coding guid="@D1" creatingUser="@U2" creationDateTime="2024-01-02T03:04:06Z">
                    <CodeRef targetGUID="@C2"/><NoteRef targetGUID="@N2"/></Coding>
                  <NoteRef targetGUID="@N2"/>
                </PlainTextSelection>
                <PlainTextSelection guid="@E2" startPosition="x" endPosition="9"><Coding guid="@D2"><CodeRef targetGUID="@C2"/></Coding></PlainTextSelection>
                <Coding guid="@D3"><CodeRef targetGUID="@C1"/></Coding>
                <Coding guid="@D4"/>
                <NoteRef targetGUID="@N1"/>
                <VariableValue><VariableRef targetGUID="@V1"/><IntegerValue>2008</IntegerValue></VariableValue>
                <Bookmark><Code guid="@C9" name="not a code here" isCodable="true"/></Bookmark>
              </TextSource>
              <PDFSource guid="@P1" name="Report.pdf" path="internal://p1.pdf">
                <PDFSelection guid="@R1" page="0" firstX="1" firstY="1" secondX="9" secondY="9"/>
                <PDFSelection guid="@R2" page="1" firstX="1" firstY="1" secondX="9" secondY="9"/>
                <Representation guid="@P2" plainTextPath="internal://p1.txt">
                  <PlainTextSelection guid="@R1" startPosition="3" endPosition="8"><Coding guid="@D5"><CodeRef targetGUID="@C2"/></Coding></PlainTextSelection>
                </Representation>
              </PDFSource>
              <PictureSource guid="@I1" name="Map" path="internal://map.png">
                <PictureSelection guid="@I2" firstX="0" firstY="0" secondX="5" secondY="5"/>
                <PictureSelection guid="@I3" firstX="0" firstY="0" secondX="5" secondY="5"/>
                <Coding guid="@D6"><CodeRef targetGUID="@C1"/></Coding>
              </PictureSource>
              <AudioSource guid="@A1" name="Call" path="relative:///call.m4a">
                <Transcript guid="@A2"><PlainTextContent>hello</PlainTextContent><TranscriptSelection guid="@A3"/></Transcript>
                <AudioSelection guid="@A4" begin="0" end="100"/>
              </AudioSource>
              <VideoSource guid="@W1" name="Clip" path="absolute:///c.mp4"><VideoSelection guid="@W2" begin="0" end="1"/></VideoSource>
            </Sources>
            <Notes>
              <Note guid="@N1" name="Memo one" creatingUser="@U1" creationDateTime="2024-01-05T00:00:00Z"><PlainTextContent>Inline memo</PlainTextContent></Note>
              <Note guid="@N2" name="Memo two" plainTextPath="internal://n2.txt"/>
              <Note guid="@N3" name="Memo three"><Description>Memo in a description</Description></Note>
            </Notes>
            <Links><Link guid="@L1" originGUID="@C1" targetGUID="@C2"/><Link guid="@L2"/></Links>
            <Sets><Set guid="@T1" name="Core"><Description>Set memo</Description><MemberCode targetGUID="@C1"/>
              <MemberCode guid="@C2"/><MemberSource targetGUID="@S1"/><MemberNote targetGUID="@N1"/></Set></Sets>
            <Graphs><Graph guid="@G1"><Vertex guid="@G2" firstX="0" firstY="0"/></Graph></Graphs>
            <Description>Project description</Description>
            <NoteRef targetGUID="@N3"/>
            """;

    private static final Pattern PLACEHOLDER = Pattern.compile("@([A-Z]\\d)");

    @TempDir
    Path dir;

    private QdpxContent content;
    private QdaProject project;

    /** A fixed GUID per placeholder: "@C1" is ...-0000000043 31 ("C1" in hex). */
    private static Guid g(String placeholder) {
        String hex = String.format("%02x%02x", (int) placeholder.charAt(0), (int) placeholder.charAt(1));
        return new Guid("00000000-0000-4000-8000-00000000" + hex);
    }

    private static String withGuids(String xml) {
        Matcher m = PLACEHOLDER.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, g(m.group(1)).value());
        }
        m.appendTail(out);
        return out.toString();
    }

    @BeforeEach
    void read() throws Exception {
        Path file = qdpx().projectXml(project(withGuids(BODY)))
                .entry("sources/s1.txt", "Hello world").entry("sources/s1.docx", new byte[] {'P', 'K', 3, 4})
                .entry("sources/p1.pdf", "%PDF-1.4").entry("sources/p1.txt", "The report's text.")
                .entry("sources/n2.txt", "Memo from a file").entry("sources/map.png", "not read")
                .writeTo(dir.resolve("all.qdpx"));
        content = new QdpxReader().read(file, dir.resolve("work"));
        project = content.project();
    }

    private QdaSource source(String placeholder) {
        return project.sources().stream().filter(s -> s.guid().equals(g(placeholder))).findFirst().orElseThrow();
    }

    @Test
    void projectUsersAndDescription() {
        assertThat(project.name()).isEqualTo("Test project");
        assertThat(project.origin()).isEqualTo("Scholion tests");
        assertThat(project.description()).isEqualTo("Project description");
        assertThat(project.noteRefs()).containsExactly(g("N3"));
        assertThat(project.users()).containsExactly(new QdaUser(g("U1"), "Ana", "AN"), new QdaUser(g("U2"), "Ben", ""));
    }

    @Test
    void codeTreeWithColoursDescriptionsAndCodability() {
        assertThat(project.codes()).hasSize(1);
        QdaCode security = project.codes().getFirst();
        assertThat(security.codable()).isFalse();
        assertThat(security.color()).isEqualTo("#ABCDEF");
        assertThat(security.description()).isEqualTo("A folder of codes.");
        assertThat(security.noteRefs()).containsExactly(g("N1"));
        assertThat(security.children()).extracting(QdaCode::name, QdaCode::codable, QdaCode::color)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Borders", true, null),
                        org.assertj.core.groups.Tuple.tuple("Bases", true, null));
    }

    @Test
    void variablesAndCases() {
        assertThat(project.variables()).containsExactly(
                new QdaVariable(g("V1"), "Year", QdaVariableType.INTEGER, "Year of publication"),
                new QdaVariable(g("V2"), "Mood", QdaVariableType.TEXT, ""));
        assertThat(project.cases()).containsExactly(new QdaCase(g("K1"), "Georgia", "Case memo", List.of(g("C1")),
                List.of(new QdaVariableValue(g("V1"), QdaVariableType.INTEGER, "2008")), List.of(g("S1")),
                List.of(g("E1"))));
    }

    @Test
    void textSourceWithSelectionsCodingsNotesAndValues() {
        QdaSource source = source("S1");
        assertThat(source.kind()).isEqualTo(QdaSourceKind.TEXT);
        assertThat(source.plainText()).isEqualTo("Hello world");
        assertThat(source.richTextPath()).isEqualTo("internal://s1.docx");
        assertThat(content.file(source.richTextPath())).get().satisfies(docx ->
                assertThat(docx).hasBinaryContent(new byte[] {'P', 'K', 3, 4}));
        assertThat(source.creatingUser()).isEqualTo(g("U1"));
        assertThat(source.created()).isEqualTo(Instant.parse("2024-01-02T01:04:05Z"));
        assertThat(source.modified()).isEqualTo(Instant.parse("2024-01-03T10:00:00Z"));
        assertThat(source.selections()).singleElement().isEqualTo(new QdaSelection(g("E1"), "q1", 0, 5, "",
                List.of(new QdaCoding(g("D1"), g("C2"), g("U2"), Instant.parse("2024-01-02T03:04:06Z"), List.of(g("N2")))),
                List.of(g("N2")), g("U2"), Instant.parse("2024-01-02T03:04:05Z"), null));
        assertThat(source.codings()).containsExactly(new QdaCoding(g("D3"), g("C1"), null, null, List.of()));
        assertThat(source.noteRefs()).containsExactly(g("N1"));
        assertThat(source.values()).containsExactly(new QdaVariableValue(g("V1"), QdaVariableType.INTEGER, "2008"));
        assertThat(source.unsupportedSelections()).isZero();
    }

    @Test
    void pdfSourceIsReadThroughItsRepresentation() {
        QdaSource pdf = source("P1");
        assertThat(pdf.kind()).isEqualTo(QdaSourceKind.PDF);
        assertThat(pdf.richTextPath()).isEqualTo("internal://p1.pdf");
        assertThat(content.file("internal://p1.pdf")).isPresent();
        assertThat(pdf.plainTextPath()).isEqualTo("internal://p1.txt");
        assertThat(pdf.plainText()).isEqualTo("The report's text.");
        assertThat(pdf.selections()).extracting(QdaSelection::guid, QdaSelection::start, QdaSelection::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(g("R1"), 3L, 8L));
        // R1 is the region behind a text selection and so is kept; R2 is a region only
        assertThat(pdf.unsupportedSelections()).isEqualTo(1);
    }

    @Test
    void mediaSourcesKeepTheirKindAndCountTheirSelections() {
        assertThat(source("I1").kind()).isEqualTo(QdaSourceKind.PICTURE);
        assertThat(source("I1").unsupportedSelections()).isEqualTo(2);
        assertThat(source("I1").codings()).extracting(QdaCoding::code).containsExactly(g("C1"));
        assertThat(source("A1").kind()).isEqualTo(QdaSourceKind.AUDIO);
        assertThat(source("A1").unsupportedSelections()).isEqualTo(2);
        assertThat(source("W1").kind()).isEqualTo(QdaSourceKind.VIDEO);
        assertThat(source("W1").unsupportedSelections()).isEqualTo(1);
        assertThat(content.unsupportedSelections()).isEqualTo(6);
        assertThat(content.file("internal://map.png")).isEmpty();
        assertThat(content.unavailablePaths()).isEmpty();
    }

    @Test
    void notesFromContentFileOrDescription() {
        assertThat(project.notes()).containsExactly(
                new QdaNote(g("N1"), "Memo one", "Inline memo", g("U1"), Instant.parse("2024-01-05T00:00:00Z"), null),
                new QdaNote(g("N2"), "Memo two", "Memo from a file", null, null, null),
                new QdaNote(g("N3"), "Memo three", "Memo in a description", null, null, null));
    }

    @Test
    void setsTakeMembersByEitherAttribute() {
        assertThat(project.sets()).containsExactly(new QdaSet(g("T1"), "Core", "Set memo", List.of(g("C1"), g("C2")),
                List.of(g("S1")), List.of(g("N1"))));
    }

    @Test
    void linksAndGraphsAreCounted() {
        assertThat(content.links()).isEqualTo(2);
        assertThat(content.graphs()).isEqualTo(1);
    }

    @Test
    void whatWasWorkedAroundIsToldOneLineEach() {
        Map<String, String> names = Map.of("C2", "Code 'Borders'", "C3", "Code 'Bases'", "V2", "Variable 'Mood'",
                "E2", "PlainTextSelection", "D4", "Coding", "S1", "TextSource 'Interview'", "A1", "AudioSource 'Call'");
        java.util.function.Function<String, String> who = key -> names.get(key) + " (" + g(key) + ")";
        assertThat(content.warnings()).containsExactly(
                who.apply("C2") + ": isCodable missing; taken as true",
                who.apply("C2") + ": colour '#12' is not #RGB or #RRGGBB; left out",
                who.apply("C3") + ": isCodable 'yes' is not true or false; taken as true",
                who.apply("C3") + ": colour 'red' is not #RGB or #RRGGBB; left out",
                who.apply("V2") + ": typeOfVariable 'Emotion' is unknown; taken as Text",
                who.apply("E2") + ": startPosition 'x' is not a whole number",
                who.apply("E2") + ": left out with its 1 coding(s): no valid position",
                who.apply("D4") + ": no valid CodeRef: the coding is left out",
                "TextSource: element <Bookmark> is not REFI-QDA here; ignored",
                who.apply("A1") + ": 1 transcript(s) not imported");
    }
}
