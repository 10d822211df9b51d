package org.scholion.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.exchange.FullProject.guid;
import static org.scholion.exchange.RefiXml.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.source.TextOffsets;
import org.w3c.dom.Document;

/** Text XML 1.0 cannot carry still gives a valid archive, with every position where it was. */
class XmlSafeTextTest {

    @TempDir
    Path dir;

    @Test
    void controlCharactersAndUnpairedSurrogatesAreReplacedOneForOneAndCounted() throws Exception {
        // A bell, a NUL, an unpaired high surrogate, U+FFFF and an escape before the coded word; tab, CR and LF stay.
        String text = "Bell\u0007 nul\u0000 half\uD83D sur \uFFFF esc\u001B\tTbilisi\r\nend";
        int start = text.codePointCount(0, text.indexOf("Tbilisi"));
        QdaCode code = new QdaCode(guid(1), "Code\u0001name", true, null, "desc\u0002", List.of(), List.of());
        QdaSource source = new QdaSource(guid(2), "Source\uDC00", QdaSourceKind.TEXT, "", text, null, null,
                List.of(new QdaSelection(guid(3), "", start, start + 7, "", List.of(), List.of(), null, null, null)),
                List.of(), List.of(), List.of(), null, null, null, 0);
        QdaNote note = new QdaNote(guid(4), "", "memo\u0008", null, null, null);
        QdaProject project = new QdaProject("p", "", "", null, null, null, List.of(), List.of(code), List.of(),
                List.of(), List.of(source), List.of(note), List.of(), List.of());

        Path archive = dir.resolve("p.qdpx");
        WriteReport report = new QdpxWriter().write(project, archive);
        Map<String, byte[]> entries = entries(archive);

        assertThat(report.replacedCharacters()).isEqualTo(5 + 4);
        validate(RefiSchemas.project(), entries.get("project.qde"));
        String written = QdpxWriterTest.strictUtf8(entries.get("sources/" + guid(2).value() + ".txt"));
        assertThat(written).isEqualTo("Bell\uFFFD nul\uFFFD half\uFFFD sur \uFFFD esc\uFFFD\tTbilisi\r\nend");
        assertThat(TextOffsets.codePointLength(written)).isEqualTo(TextOffsets.codePointLength(text));
        assertThat(TextOffsets.of(written).slice(start, start + 7)).isEqualTo("Tbilisi");
        Document qde = parse(entries.get("project.qde"));
        assertThat(all(qde, "Code").getFirst().getAttribute("name")).isEqualTo("Code\uFFFDname");
        assertThat(all(qde, "TextSource").getFirst().getAttribute("name")).isEqualTo("Source\uFFFD");
        assertThat(text(all(qde, "Note").getFirst(), "PlainTextContent")).isEqualTo("memo\uFFFD");
    }

    @Test
    void aTextStartingWithU_FEFFGetsAWordJoinerSoThatNoReaderTakesItForAByteOrderMark() throws Exception {
        String text = "\uFEFFНачало текста";
        QdaSource source = new QdaSource(guid(2), "s", QdaSourceKind.TEXT, "", text, null, null, List.of(),
                List.of(), List.of(), List.of(), null, null, null, 0);
        QdaProject project = new QdaProject("p", "", "", null, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(source), List.of(), List.of(), List.of());

        Path archive = dir.resolve("p.qdpx");
        WriteReport report = new QdpxWriter().write(project, archive);
        byte[] file = entries(archive).get("sources/" + guid(2).value() + ".txt");

        assertThat(report.replacedCharacters()).isEqualTo(1);
        assertThat(file).startsWith((byte) 0xE2, (byte) 0x81, (byte) 0xA0); // U+2060 in UTF-8
        assertThat(QdpxWriterTest.strictUtf8(file)).isEqualTo("\u2060Начало текста");
    }

    @Test
    void lineBreaksSurviveInElementTextButNamesAreWrittenOnOneLine() throws Exception {
        QdaCode code = new QdaCode(guid(1), "Two\nlines\tand a tab", true, null, "First\r\nsecond\rthird\n",
                List.of(), List.of());
        QdaProject project = new QdaProject("p", "", "", null, null, null, List.of(), List.of(code), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());

        Path archive = dir.resolve("p.qdpx");
        new QdpxWriter().write(project, archive);
        Document qde = parse(entries(archive).get("project.qde"));

        assertThat(all(qde, "Code").getFirst().getAttribute("name")).isEqualTo("Two lines and a tab");
        assertThat(text(all(qde, "Code").getFirst(), "Description")).isEqualTo("First\r\nsecond\rthird\n");
    }

    @Test
    void cleanTextIsLeftAlone() {
        XmlSafeText safe = new XmlSafeText();
        String text = "Интервью «Кавказ» “quotes” 🕊\t\r\n\uE000\uFFFD";

        assertThat(safe.clean(text)).isEqualTo(text);
        assertThat(safe.replaced()).isZero();
    }
}
