package org.scholion.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.source.PageMap;
import org.scholion.source.PartialDate;
import org.scholion.source.TextOffsets;

/** Every supported format, made as a real file, comes out as the exact text, metadata and pages expected. */
class FormatsExtractionTest {

    private static final TikaDocumentExtractor EXTRACTOR = new TikaDocumentExtractor();

    @TempDir
    Path dir;

    private static ExtractedDocument extract(Path file) throws ExtractionException {
        return EXTRACTOR.extract(file, ExtractionOptions.defaults(), CancellationSignal.NONE);
    }

    @Test
    void pdfPagesMapToTheirTextInTheNormalisedText() throws Exception {
        Path file = Fixtures.pdf(dir, "three-pages.pdf", List.of(
                List.of("Page one tells of the peace-", "keeping mission in Abkhazia."),
                List.of("Page two turns to the power-political interests", "of Russia in the region."),
                List.of("Page three concludes the study.")),
                "A Test of Pages", "Nina Miholjcic");

        ExtractedDocument doc = extract(file);

        assertThat(doc.text()).isEqualTo("Page one tells of the peacekeeping mission in Abkhazia.\n\n"
                + "Page two turns to the power-political interests of Russia in the region.\n\n"
                + "Page three concludes the study.");
        TextOffsets offsets = TextOffsets.of(doc.text());
        assertThat(doc.pages().pages()).extracting(PageMap.PageStart::label).containsExactly("1", "2", "3");
        int two = doc.text().indexOf("Page two");
        int three = doc.text().indexOf("Page three");
        assertThat(doc.pages().pages()).extracting(PageMap.PageStart::start)
                .containsExactly(0, offsets.toCodePoint(two), offsets.toCodePoint(three));
        assertThat(doc.pages().pageAt(offsets.toCodePoint(doc.text().indexOf("region")))).isEqualTo("2");
        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        // Three short lines are too little for a confident language guess, and a PDF declares none.
        assertThat(doc.metadata()).isEqualTo(new ExtractedMetadata("A Test of Pages", List.of("Nina Miholjcic"),
                new PartialDate(2021, 11, 25), null));
        assertThat(doc.appliedSteps()).containsExactly("remove-bom", "normalise-line-endings",
                "replace-control-characters", "unicode-nfc", "drop-page-furniture", "join-hyphenated-words",
                "unwrap-lines", "tidy-whitespace");
        assertThat(doc.bytes()).isEqualTo(Files.size(file));
        assertThat(doc.sha256()).isEqualTo(HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
    }

    @Test
    void runningHeadsAndPageNumbersOfAPdfAreDroppedAndPagesStayRight() throws Exception {
        Path file = Fixtures.pdf(dir, "journal.pdf", List.of(
                List.of("CAUCASUS STRATEGIC PERSPECTIVES", "The first page argues that Russia", "@bottom", "101"),
                List.of("CAUCASUS STRATEGIC PERSPECTIVES", "sought a presence in the region.", "@bottom", "102"),
                List.of("CAUCASUS STRATEGIC PERSPECTIVES", "The third page is a new paragraph.", "@bottom", "103"),
                List.of("CAUCASUS STRATEGIC PERSPECTIVES", "The fourth page ends it.", "@bottom", "104")),
                "Journal", "A. Author");

        ExtractedDocument doc = extract(file);

        assertThat(doc.text()).isEqualTo("The first page argues that Russia sought a presence in the region.\n\n"
                + "The third page is a new paragraph.\n\nThe fourth page ends it.");
        TextOffsets offsets = TextOffsets.of(doc.text());
        assertThat(doc.pages().pages()).extracting(PageMap.PageStart::start).containsExactly(0,
                offsets.toCodePoint(doc.text().indexOf("sought")),
                offsets.toCodePoint(doc.text().indexOf("The third")),
                offsets.toCodePoint(doc.text().indexOf("The fourth")));
    }

    @Test
    void docx() throws Exception {
        Path file = Fixtures.docx(dir, "memo.docx", "A Word Memo", "Taras Kuzio",
                "Why Russian peacekeepers are a threat", "The second paragraph, with the Lachin corridor.");

        ExtractedDocument doc = extract(file);

        assertThat(doc.text()).isEqualTo("Why Russian peacekeepers are a threat\n\nThe second paragraph, with the Lachin corridor.");
        assertThat(doc.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(doc.metadata().title()).isEqualTo("A Word Memo");
        assertThat(doc.metadata().authors()).containsExactly("Taras Kuzio");
        assertThat(doc.pages().isEmpty()).isTrue();
        assertThat(doc.appliedSteps()).doesNotContain("unwrap-lines", "trim-web-boilerplate");
    }

    @Test
    void doc() throws Exception {
        Path file = dir.resolve("tiny.doc");
        Files.copy(Path.of("src/test/resources/corpus-fixtures/tiny.doc"), file);

        ExtractedDocument doc = extract(file);

        assertThat(doc.text()).isEqualTo("A tiny Word document\n\nThe first paragraph of the old Word format.\n\n"
                + "The second paragraph mentions peacekeeping in Abkhazia.");
        assertThat(doc.mediaType()).isEqualTo("application/msword");
    }

    @Test
    void odt() throws Exception {
        Path file = Fixtures.odt(dir, "notes.odt", "Open Notes", "First paragraph of the notes.", "Second paragraph.");

        ExtractedDocument doc = extract(file);

        assertThat(doc.text()).isEqualTo("First paragraph of the notes.\n\nSecond paragraph.");
        assertThat(doc.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(doc.metadata().title()).isEqualTo("Open Notes");
    }

    @Test
    void rtf() throws Exception {
        Path file = Fixtures.write(dir, "letter.rtf", "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}"
                + "{\\info{\\title An RTF Letter}{\\author Ann Writer}}"
                + "\\f0 First paragraph of the letter.\\par Second paragraph, caf\\'e9.\\par}");

        ExtractedDocument doc = extract(file);

        assertThat(doc.text()).isEqualTo("First paragraph of the letter.\n\nSecond paragraph, café.");
        assertThat(doc.mediaType()).isEqualTo("application/rtf");
        assertThat(doc.metadata().title()).isEqualTo("An RTF Letter");
        assertThat(doc.metadata().authors()).containsExactly("Ann Writer");
    }

    @Test
    void epub() throws Exception {
        Path file = Fixtures.epub(dir, "book.epub", "An Electronic Book", "Eve Author",
                "The first paragraph of the book.", "The second paragraph of the book.");

        ExtractedDocument doc = extract(file);

        assertThat(doc.text()).isEqualTo("The first paragraph of the book.\n\nThe second paragraph of the book.");
        assertThat(doc.mediaType()).isEqualTo("application/epub+zip");
        assertThat(doc.metadata().title()).isEqualTo("An Electronic Book");
        assertThat(doc.metadata().authors()).containsExactly("Eve Author");
    }

    @Test
    void htmlKeepsTheArticleAndDropsScriptsAndNavigation() throws Exception {
        Path file = Fixtures.write(dir, "page.html", """
                <!DOCTYPE html><html lang="en"><head><title>A Web Article</title>
                <meta name="author" content="Web Writer"><script>var tracking = 1;</script></head>
                <body><div>Skip to content</div><div>Menu</div>
                <h1>Russia and the peacekeepers</h1>
                <p>The first paragraph of the article, long enough to be the text itself.</p>
                <p>The second<br>paragraph.</p>
                <p>We use cookies to analyse our traffic and for advertising. Privacy policy.</p>
                </body></html>""");

        ExtractedDocument doc = extract(file);

        assertThat(doc.text()).isEqualTo("Russia and the peacekeepers\n\n"
                + "The first paragraph of the article, long enough to be the text itself.\n\nThe second\nparagraph.");
        assertThat(doc.mediaType()).isEqualTo("text/html");
        assertThat(doc.metadata().title()).isEqualTo("A Web Article");
        assertThat(doc.appliedSteps()).contains("trim-web-boilerplate");
    }

    @Test
    void markdownIsReadAsText() throws Exception {
        Path file = Fixtures.write(dir, "notes.md", "# Notes\n\nSome *emphasis* here.\n");

        ExtractedDocument doc = extract(file);

        assertThat(doc.text()).isEqualTo("# Notes\n\nSome *emphasis* here.");
    }

    @Test
    void plainTextInTheCommonEncodings() throws Exception {
        String polish = "Zażółć gęślą jaźń: the peacekeepers arrived in the Karabakh region.\r\nA second line.\r\n";
        assertThat(textOf("utf8.txt", polish.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Zażółć gęślą jaźń: the peacekeepers arrived in the Karabakh region.\nA second line.");
        byte[] utf16 = ("\uFEFF" + polish).getBytes(StandardCharsets.UTF_16LE);
        assertThat(textOf("utf16.txt", utf16))
                .isEqualTo("Zażółć gęślą jaźń: the peacekeepers arrived in the Karabakh region.\nA second line.");
        String russian = "Российские миротворцы находятся в Нагорном Карабахе с ноября 2020 года. "
                + "Их задача состоит в том, чтобы следить за соблюдением режима прекращения огня.\n";
        assertThat(textOf("cp1251.txt", russian.getBytes(Charset.forName("windows-1251")))).isEqualTo(russian.strip());
        String french = "Les forces de maintien de la paix russes sont déployées depuis l'été; "
                + "leur rôle reste très contesté à Bakou et à Erevan.\n";
        assertThat(textOf("latin1.txt", french.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(french.strip());
    }

    @Test
    void languageIsDetectedFromTheText() throws Exception {
        String russian = ("Российские миротворцы находятся в Нагорном Карабахе с ноября 2020 года. "
                + "Их задача состоит в том, чтобы следить за соблюдением режима прекращения огня. ").repeat(3);
        Path file = Fixtures.write(dir, "ru.txt", russian.getBytes(StandardCharsets.UTF_8));

        assertThat(extract(file).metadata().language()).isEqualTo("ru");
    }

    private String textOf(String name, byte[] bytes) throws Exception {
        return extract(Fixtures.write(dir, name, bytes)).text();
    }
}
