package org.scholion.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholion.exchange.FullProject.*;
import static org.scholion.exchange.RefiXml.*;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.source.TextOffsets;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class QdpxWriterTest {

    @TempDir
    Path dir;

    private Map<String, byte[]> export(QdaProject project) throws Exception {
        Path archive = dir.resolve("out.qdpx");
        new QdpxWriter().write(project, archive);
        return entries(archive);
    }

    @Test
    void theWholeProjectIsAnArchiveOfProjectQdeAndLowerCaseSourcesValidAgainstProjectXsd() throws Exception {
        Map<String, byte[]> entries = export(FullProject.build());

        assertThat(entries.keySet()).containsExactly("project.qde",
                "sources/" + INTERVIEW.value() + ".txt", "sources/" + REPORT.value() + ".txt");
        assertThatCode(() -> validate(RefiSchemas.project(), entries.get("project.qde"))).doesNotThrowAnyException();
    }

    @Test
    void sourceFilesHoldTheModelsTextExactlyInUtf8WithoutBom() throws Exception {
        Map<String, byte[]> entries = export(FullProject.build());

        assertThat(strictUtf8(entries.get("sources/" + INTERVIEW.value() + ".txt"))).isEqualTo(INTERVIEW_TEXT);
        assertThat(strictUtf8(entries.get("sources/" + REPORT.value() + ".txt"))).isEqualTo(REPORT_TEXT);
        for (byte[] bytes : entries.values()) {
            assertThat(RefiXml.startsWithBom(bytes)).isFalse();
        }
        assertThat(strictUtf8(entries.get("project.qde"))).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    @Test
    void selectionsPointInCodePointsAtTheirPassageInTheSourceFile() throws Exception {
        Map<String, byte[]> entries = export(FullProject.build());
        Document qde = parse(entries.get("project.qde"));

        Element source = byGuid(qde, "TextSource", INTERVIEW);
        assertThat(source.getAttribute("plainTextPath")).isEqualTo("internal://" + INTERVIEW.value() + ".txt");
        assertThat(children(source, "PlainTextContent")).isEmpty();
        TextOffsets file = TextOffsets.of(strictUtf8(entries.get("sources/" + INTERVIEW.value() + ".txt")));
        List<String> passages = children(source, "PlainTextSelection").stream()
                .map(s -> file.slice(Integer.parseInt(s.getAttribute("startPosition")),
                        Integer.parseInt(s.getAttribute("endPosition"))))
                .toList();
        assertThat(passages).containsExactly("“border security”", "🕊 peacekeeping");
    }

    @Test
    void everyComponentOfTheModelIsInTheDocumentInSchemaOrder() throws Exception {
        Document qde = parse(export(FullProject.build()).get("project.qde"));
        Element project = qde.getDocumentElement();

        assertThat(project.getNamespaceURI()).isEqualTo("urn:QDA-XML:project:1.0");
        assertThat(project.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation"))
                .startsWith("urn:QDA-XML:project:1.0 ");
        assertThat(project.getAttribute("name")).isEqualTo("Кавказ “study” 🕊");
        assertThat(project.getAttribute("creatingUserGUID")).isEqualTo(ANNA.value());
        assertThat(project.getAttribute("creationDateTime")).isEqualTo("2024-09-15T15:36:45Z");
        assertThat(project.getAttribute("modifiedDateTime")).isEqualTo("2024-09-15T15:37:45Z");
        assertThat(childNames(project)).containsExactly(
                "Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Sets", "Description", "NoteRef");
        assertThat(text(project, "Description")).isEqualTo("The project's description, with “quotes”.");
        assertThat(targets(project, "NoteRef")).containsExactly(PROJECT_NOTE.value());

        assertThat(all(qde, "User")).extracting(u -> u.getAttribute("name") + "/" + u.getAttribute("id"))
                .containsExactly("Анна Петрова/AP", "Boris/");

        Element security = byGuid(qde, "Code", SECURITY);
        assertThat(childNames(security)).containsExactly("Description", "NoteRef", "Code", "Code");
        assertThat(security.getAttribute("color")).isEqualTo("#D62728");
        assertThat(targets(security, "NoteRef")).containsExactly(CODE_NOTE.value());
        assertThat(children(security, "Code")).extracting(c -> c.getAttribute("name"))
                .containsExactly("Border “security”", "Миротворчество 🕊");
        assertThat(byGuid(qde, "Code", PEACEKEEPING).getAttribute("color")).isEqualTo("#abc");
        Element topics = byGuid(qde, "Code", TOPICS);
        assertThat(topics.getAttribute("isCodable")).isEqualTo("false");
        assertThat(topics.hasAttribute("color")).isFalse();
        assertThat(childNames(topics)).isEmpty();

        assertThat(all(qde, "Variable")).extracting(v -> v.getAttribute("name") + ":" + v.getAttribute("typeOfVariable"))
                .containsExactly("Year:Integer", "Official:Boolean", "Страна:Text", "Share:Float",
                        "Published:Date", "Recorded:DateTime");

        Element georgia = byGuid(qde, "Case", GEORGIA);
        assertThat(childNames(georgia)).containsExactly(
                "Description", "CodeRef", "VariableValue", "VariableValue", "SourceRef", "SelectionRef");
        assertThat(targets(georgia, "SelectionRef")).containsExactly(BORDER_PASSAGE.value());

        Element interview = byGuid(qde, "TextSource", INTERVIEW);
        assertThat(interview.getAttribute("name")).isEqualTo("Интервью с экспертом «Кавказ» 🕊");
        assertThat(childNames(interview)).containsExactly("Description", "PlainTextSelection", "PlainTextSelection",
                "Coding", "NoteRef", "VariableValue", "VariableValue", "VariableValue", "VariableValue",
                "VariableValue", "VariableValue");
        assertThat(children(interview, "VariableValue")).extracting(v -> childNames(v).get(1) + "="
                + children(v, childNames(v).get(1)).getFirst().getTextContent()).containsExactly("IntegerValue=2008", "BooleanValue=false", "TextValue=Грузия “GE”",
                "FloatValue=12.5", "DateValue=2008-08-07", "DateTimeValue=2008-08-07T21:30:00Z");
        Element wholeSource = children(interview, "Coding").getFirst();
        assertThat(targets(wholeSource, "CodeRef")).containsExactly(TOPICS.value());
        assertThat(wholeSource.getAttribute("creatingUser")).isEqualTo(BORIS.value());

        Element border = byGuid(qde, "PlainTextSelection", BORDER_PASSAGE);
        assertThat(childNames(border)).containsExactly("Description", "Coding", "Coding", "NoteRef");
        assertThat(border.getAttribute("creatingUser")).isEqualTo(ANNA.value());
        assertThat(targets(border, "NoteRef")).containsExactly(SELECTION_NOTE.value());
        Element firstCoding = children(border, "Coding").getFirst();
        assertThat(childNames(firstCoding)).containsExactly("CodeRef", "NoteRef");
        assertThat(targets(firstCoding, "CodeRef")).containsExactly(BORDERS.value());
        assertThat(targets(firstCoding, "NoteRef")).containsExactly(CODING_NOTE.value());
        assertThat(firstCoding.getAttribute("creatingUser")).isEqualTo(ANNA.value());
        assertThat(firstCoding.getAttribute("creationDateTime")).isEqualTo("2024-09-15T15:36:45Z");

        assertThat(all(qde, "Note")).extracting(n -> n.getAttribute("guid"))
                .containsExactly(PROJECT_NOTE.value(), CODE_NOTE.value(), SOURCE_NOTE.value(),
                        SELECTION_NOTE.value(), CODING_NOTE.value());
        Element projectNote = byGuid(qde, "Note", PROJECT_NOTE);
        assertThat(childNames(projectNote)).containsExactly("PlainTextContent");
        assertThat(text(projectNote, "PlainTextContent")).isEqualTo("On the whole project.\r\nWith a CRLF line.");
        assertThat(text(byGuid(qde, "Note", CODING_NOTE), "PlainTextContent")).isEmpty();

        Element set = byGuid(qde, "Set", CORE_SET);
        assertThat(childNames(set)).containsExactly("Description", "MemberCode", "MemberCode", "MemberSource", "MemberNote");
        assertThat(targets(set, "MemberCode")).containsExactly(SECURITY.value(), BORDERS.value());
        assertThat(targets(set, "MemberSource")).containsExactly(INTERVIEW.value());
        assertThat(targets(set, "MemberNote")).containsExactly(SOURCE_NOTE.value());
    }

    /** The schema check is what the tests above rely on; these copies prove it catches what matters. */
    @Test
    void theSchemaRejectsElementsOutOfOrderAndEmptyContainers() throws Exception {
        String qde = new String(export(FullProject.build()).get("project.qde"), StandardCharsets.UTF_8);
        String users = qde.substring(qde.indexOf("<Users>"), qde.indexOf("</Users>") + "</Users>".length());
        String usersAfterCodeBook = qde.replace(users, "").replace("</CodeBook>", "</CodeBook>" + users);
        String noteRefBeforeCodeRef = qde.replaceFirst(
                "(<CodeRef targetGUID=\"[^\"]+\"/>)(\\s*)(<NoteRef targetGUID=\"[^\"]+\"/>)", "$3$2$1");
        String descriptionAfterNoteRef = qde.replaceFirst("(<Description>The project's[^<]*</Description>)(\\s*)"
                + "(<NoteRef targetGUID=\"[^\"]+\"/>)", "$3$2$1");
        String emptyUsers = qde.replace(users, "<Users></Users>");

        for (String broken : List.of(usersAfterCodeBook, noteRefBeforeCodeRef, descriptionAfterNoteRef, emptyUsers)) {
            assertThat(broken).isNotEqualTo(qde);
            assertThatThrownBy(() -> validate(RefiSchemas.project(), broken.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(org.xml.sax.SAXException.class);
        }
    }

    @Test
    void aProjectWithoutUsersCasesVariablesNotesOrSetsHasNoEmptyContainersAndValidates() throws Exception {
        byte[] qde = export(FullProject.bare()).get("project.qde");

        validate(RefiSchemas.project(), qde);
        assertThat(childNames(parse(qde).getDocumentElement())).containsExactly("CodeBook", "Sources");
    }

    @Test
    void anEmptyProjectIsJustTheProjectElementAndValidates() throws Exception {
        QdaProject empty = new QdaProject("", "", "", null, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        Map<String, byte[]> entries = export(empty);

        assertThat(entries.keySet()).containsExactly("project.qde");
        validate(RefiSchemas.project(), entries.get("project.qde"));
        assertThat(childNames(parse(entries.get("project.qde")).getDocumentElement())).isEmpty();
    }

    @Test
    void aFailedExportLeavesTheEarlierFileAndNoPartialOne() throws Exception {
        Path archive = dir.resolve("out.qdpx");
        new QdpxWriter().write(FullProject.bare(), archive);
        byte[] before = Files.readAllBytes(archive);
        QdaProject full = FullProject.build();
        QdaSource report = full.sources().get(1);
        QdaSelection pastTheEnd = new QdaSelection(guid(99), "", 60, 500, "", List.of(), List.of(), null, null, null);
        QdaSource broken = new QdaSource(report.guid(), report.name(), report.kind(), "", report.plainText(), null, null,
                List.of(pastTheEnd), List.of(), List.of(), List.of(), null, null, null, 0);
        QdaProject failing = new QdaProject("p", "", "", null, null, null, full.users(), full.codes(), List.of(),
                List.of(), List.of(full.sources().getFirst(), broken), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> new QdpxWriter().write(failing, archive))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lies outside the 65 code points of source 'Report ‘frozen’'");
        assertThat(Files.readAllBytes(archive)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(archive);
        }
    }

    @Test
    void aSourceWithoutPlainTextIsRefusedBeforeAnythingIsWritten() {
        QdaSource docxOnly = new QdaSource(REPORT, "Only a DOCX", QdaSourceKind.TEXT, "", null, null,
                "internal://x.docx", List.of(), List.of(), List.of(), List.of(), null, null, null, 0);
        QdaProject project = new QdaProject("p", "", "", null, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(docxOnly), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> new QdpxWriter().write(project, dir.resolve("out.qdpx")))
                .hasMessageContaining("source 'Only a DOCX'").hasMessageContaining("has no plain text");
        assertThat(dir.resolve("out.qdpx")).doesNotExist();
    }

    static String strictUtf8(byte[] bytes) throws Exception {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
