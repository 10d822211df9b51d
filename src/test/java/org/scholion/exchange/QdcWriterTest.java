package org.scholion.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholion.exchange.FullProject.*;
import static org.scholion.exchange.RefiXml.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

class QdcWriterTest {

    @TempDir
    Path dir;

    private static QdaCodebook codebook() {
        QdaSet core = new QdaSet(CORE_SET, "Core “set”", "What matters most.", List.of(SECURITY, PEACEKEEPING),
                List.of(), List.of());
        return new QdaCodebook("Scholion test", FullProject.codes(), List.of(core));
    }

    @Test
    void aCodebookWithNestedCodesColoursDescriptionsAndSetsIsValidAgainstCodebookXsd() throws Exception {
        Path file = dir.resolve("codes.qdc");
        WriteReport report = new QdcWriter().write(codebook(), file);
        byte[] bytes = Files.readAllBytes(file);

        validate(RefiSchemas.codebook(), bytes);
        assertThat(report.codes()).isEqualTo(4);
        assertThat(RefiXml.startsWithBom(bytes)).isFalse();
        Document qdc = parse(bytes);
        Element root = qdc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("urn:QDA-XML:codebook:1.0");
        assertThat(root.getAttribute("origin")).isEqualTo("Scholion test");
        assertThat(childNames(root)).containsExactly("Codes", "Sets");
        Element security = byGuid(qdc, "Code", SECURITY);
        assertThat(childNames(security)).containsExactly("Description", "Code", "Code"); // no NoteRef in a QDC
        assertThat(children(security, "Code")).extracting(c -> c.getAttribute("name") + " " + c.getAttribute("color"))
                .containsExactly("Border “security” #1F77B4", "Миротворчество 🕊 #abc");
        assertThat(byGuid(qdc, "Code", TOPICS).getAttribute("isCodable")).isEqualTo("false");
        Element set = byGuid(qdc, "Set", CORE_SET);
        assertThat(childNames(set)).containsExactly("Description", "MemberCode", "MemberCode");
        assertThat(children(set, "MemberCode")).extracting(m -> m.getAttribute("guid"))
                .containsExactly(SECURITY.value(), PEACEKEEPING.value());
    }

    @Test
    void theCodebookSchemaRejectsAHandBrokenCopy() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QdcWriter().write(codebook(), out);
        String qdc = out.toString(StandardCharsets.UTF_8);
        String codes = qdc.substring(qdc.indexOf("<Codes>"), qdc.indexOf("</Codes>") + "</Codes>".length());
        String setsFirst = qdc.replace(codes, "").replace("</Sets>", "</Sets>" + codes);
        String projectStyleMember = qdc.replaceFirst("<MemberCode guid=", "<MemberCode targetGUID=");

        validate(RefiSchemas.codebook(), qdc.getBytes(StandardCharsets.UTF_8));
        for (String broken : List.of(setsFirst, projectStyleMember)) {
            assertThatThrownBy(() -> validate(RefiSchemas.codebook(), broken.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(SAXException.class);
        }
    }

    @Test
    void aCodebookWithoutSetsHasNoSetsElement() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QdcWriter().write(new QdaCodebook("", FullProject.codes(), List.of()), out);

        validate(RefiSchemas.codebook(), out.toByteArray());
        assertThat(childNames(parse(out.toByteArray()).getDocumentElement())).containsExactly("Codes");
    }

    @Test
    void aCodebookWithoutCodesIsRefusedAndNoFileIsLeft() {
        Path file = dir.resolve("empty.qdc");

        assertThatThrownBy(() -> new QdcWriter().write(new QdaCodebook("", List.of(), List.of()), file))
                .hasMessageContaining("at least one code");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aColourThatIsNotRgbIsRefusedRatherThanWrittenIntoAnInvalidFile() {
        QdaCode red = new QdaCode(SECURITY, "Red", true, "red", "", List.of(), List.of());

        assertThatThrownBy(() -> new QdcWriter().write(new QdaCodebook("", List.of(red), List.of()),
                new ByteArrayOutputStream())).hasMessageContaining("the colour of code 'Red' is not #RRGGBB: red");
    }
}
