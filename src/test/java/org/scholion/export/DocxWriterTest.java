package org.scholion.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.CodingId;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;
import org.scholion.source.SourceId;
import org.scholion.source.TextOffsets;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The Word export of the coded sample project, read back with POI as Word would open it: the code
 * hierarchy as real headings, every coding once as a quote whose text is exactly the stored text at
 * its offsets, its citation after it or in a real footnote, Russian text, curly quotes and emoji
 * intact, and the codebook appendix as a table whose counts are the project's.
 */
class DocxWriterTest {

    @TempDir
    Path dir;
    private CodedSample sample;
    private Project project;

    @BeforeEach
    void setUp() {
        sample = CodedSample.create(dir);
        project = sample.project();
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void everyCodingIsAQuoteOfItsStoredTextUnderTheHeadingsOfItsCodePath() throws IOException {
        ExportContent content = project.exports().content(ExcerptSelection.ALL);
        try (XWPFDocument document = export(content, ExportOptions.DEFAULT, "thesis.docx")) {
            List<XWPFParagraph> quotes = withStyle(document, DocxStyles.EXCERPT);
            List<Coding> stored = project.codings().list(CodingFilter.ALL);
            assertThat(quotes).hasSize(stored.size()).hasSize(sample.codings().size());

            Map<CodingId, Coding> byId = stored.stream().collect(Collectors.toMap(Coding::id, c -> c));
            String heading1 = null;
            String heading2 = null;
            int quote = 0;
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                String style = paragraph.getStyle();
                if (DocxStyles.heading(1).equals(style)) {
                    heading1 = paragraph.getText();
                    heading2 = null;
                } else if (DocxStyles.heading(2).equals(style)) {
                    heading2 = paragraph.getText();
                } else if (DocxStyles.EXCERPT.equals(style)) {
                    Excerpt excerpt = content.excerpts().get(quote++);
                    Coding coding = byId.get(excerpt.coding());
                    String storedText = TextOffsets.of(project.sources().text(coding.source())).slice(coding.span());
                    assertThat(runs(paragraph, null)).isEqualTo(storedText);
                    assertThat(heading2 == null ? heading1 : heading1 + "/" + heading2)
                            .isEqualTo(project.codebook().snapshot().pathOf(coding.code()).toString());
                    assertThat(runs(paragraph, DocxStyles.CITATION)).isEqualTo(" " + excerpt.citation().inline(excerpt.pages()));
                }
            }
            assertThat(quote).isEqualTo(stored.size());
            assertThat(document.getFootnotes()).isEmpty();
        }
    }

    @Test
    void headingsAreWordsBuiltInHeadingsInCodebookOrderEachOpenedOnce() throws IOException {
        ExportContent content = project.exports().content(ExcerptSelection.ALL);
        try (XWPFDocument document = export(content, ExportOptions.DEFAULT, "thesis.docx")) {
            assertThat(withStyle(document, DocxStyles.TITLE)).extracting(XWPFParagraph::getText)
                    .containsExactly("Russia and the South Caucasus: coded excerpts");
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(document.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .isZero();
            assertThat(withStyle(document, DocxStyles.heading(1))).extracting(XWPFParagraph::getText).containsExactly(
                    "Security interests", "Power-political interests", "Bilateral relations", DocxWriter.APPENDIX_HEADING);
            List<String> subCodes = withStyle(document, DocxStyles.heading(2)).stream().map(XWPFParagraph::getText).toList();
            assertThat(subCodes).doesNotHaveDuplicates().contains("Border security", "Exclusive peacekeeping and mediation",
                    "Military bases and physical presence", "Relations with the West");
            assertThat(subCodes).containsExactlyElementsOf(project.codebook().snapshot().depthFirst().stream()
                    .filter(c -> !c.isTopLevel()).map(c -> c.name()).toList());
        }
    }

    @Test
    void orderedBySourceEachSourceIsASectionAndEachQuoteNamesItsCode() throws IOException {
        ExcerptSelection bySource = new ExcerptSelection(Set.of(), true, Set.of(), null, null, null, null, null,
                ExcerptOrder.SOURCE, 0);
        ExportContent content = project.exports().content(bySource);
        try (XWPFDocument document = export(content, ExportOptions.DEFAULT, "by-source.docx")) {
            assertThat(withStyle(document, DocxStyles.heading(1))).extracting(XWPFParagraph::getText)
                    .hasSize(4).last().isEqualTo(DocxWriter.APPENDIX_HEADING);
            assertThat(withStyle(document, DocxStyles.heading(1))).extracting(XWPFParagraph::getText)
                    .anyMatch(h -> h.startsWith("Why Russian peacekeepers") && h.endsWith("(Kuzio 2021)"))
                    .anyMatch(h -> h.startsWith(CodedSample.INTERVIEW_TITLE));
            assertThat(withStyle(document, DocxStyles.heading(2))).isEmpty();
            assertThat(withStyle(document, DocxStyles.LABEL)).extracting(XWPFParagraph::getText)
                    .containsExactlyElementsOf(content.excerpts().stream().map(Excerpt::codePath).toList());
        }
    }

    @Test
    void citationsCarryAuthorYearAndPagesAndRussianTextCurlyQuotesAndEmojiSurvive() throws IOException {
        try (XWPFDocument document = export(project.exports().content(ExcerptSelection.ALL), ExportOptions.DEFAULT,
                "thesis.docx")) {
            Map<String, String> citationByText = new HashMap<>();
            for (XWPFParagraph quote : withStyle(document, DocxStyles.EXCERPT)) {
                citationByText.put(runs(quote, null), runs(quote, DocxStyles.CITATION));
            }
            String interview = CodedSample.INTERVIEW_TITLE;
            assertThat(citationByText).containsEntry(TestProjects.PEACEKEEPERS_PASSAGE, " (Kuzio 2021)")
                    .containsEntry("“Россия — гарант мира”", " (\u201C" + interview + "\u201D n.d., p. 12)")
                    .containsEntry("сказал он 🙂.\nМиротворцы остаются «на неопределённый срок» 🇷🇺",
                            " (\u201C" + interview + "\u201D n.d., pp. 12\u201313)");
            assertThat(withStyle(document, DocxStyles.MEMO)).extracting(XWPFParagraph::getText)
                    .contains("Memo: " + CodedSample.CYRILLIC_MEMO, "Memo: " + CodedSample.FORMULA_MEMO);
        }
    }

    @Test
    void contextWordsStandInGreyAroundTheQuoteOnlyWhenAsked() throws IOException {
        ExcerptSelection withContext = new ExcerptSelection(Set.of(), true, Set.of(sample.interview().id()), null, null,
                null, null, null, null, 3);
        ExportContent content = project.exports().content(withContext);
        try (XWPFDocument document = export(content, ExportOptions.DEFAULT, "context.docx")) {
            XWPFParagraph quote = withStyle(document, DocxStyles.EXCERPT).stream()
                    .filter(p -> runs(p, null).equals("“Россия — гарант мира”")).findFirst().orElseThrow();
            Excerpt excerpt = content.excerpts().stream().filter(e -> e.text().equals("“Россия — гарант мира”"))
                    .findFirst().orElseThrow();
            assertThat(runs(quote, DocxStyles.CONTEXT)).isEqualTo("\u2026" + excerpt.before() + " " + " " + excerpt.after()
                    + "\u2026").contains("Ответ:", "сказал он");
            assertThat((byte[]) document.getStyles().getStyle(DocxStyles.CONTEXT).getCTStyle().getRPr().getColorArray(0)
                    .getVal()).as("grey").containsExactly(0x80, 0x80, 0x80);
        }
        ExportOptions noContext = new ExportOptions(CitationStyle.INLINE, true, false, false);
        try (XWPFDocument document = export(content, noContext, "no-context.docx")) {
            assertThat(withStyle(document, DocxStyles.EXCERPT)).allMatch(p -> runs(p, DocxStyles.CONTEXT).isEmpty());
            assertThat(withStyle(document, DocxStyles.MEMO)).as("memos not asked for").isEmpty();
        }
    }

    @Test
    void footnoteStyleMovesEachCitationIntoItsOwnWordFootnote() throws IOException {
        ExportContent content = project.exports().content(ExcerptSelection.ALL);
        try (XWPFDocument document = export(content, ExportOptions.DEFAULT.withCitationStyle(CitationStyle.FOOTNOTE),
                "footnotes.docx")) {
            List<XWPFParagraph> quotes = withStyle(document, DocxStyles.EXCERPT);
            assertThat(quotes).hasSize(content.excerpts().size());
            assertThat(document.getFootnotes()).hasSize(content.excerpts().size());
            Set<String> referenced = new HashSet<>();
            for (int i = 0; i < quotes.size(); i++) {
                XWPFParagraph quote = quotes.get(i);
                Excerpt excerpt = content.excerpts().get(i);
                assertThat(runs(quote, DocxStyles.CITATION)).isEmpty();
                assertThat(quote.getCTP().xmlText()).contains("footnoteReference");
                String id = quote.getCTP().getRList().stream().filter(r -> r.sizeOfFootnoteReferenceArray() == 1)
                        .findFirst().orElseThrow().getFootnoteReferenceArray(0).getId().toString();
                referenced.add(id);
                XWPFFootnote note = document.getFootnoteByID(Integer.parseInt(id));
                String inline = excerpt.citation().inline(excerpt.pages());
                assertThat(note.getParagraphs().getFirst().getText().strip())
                        .isEqualTo(inline.substring(1, inline.length() - 1) + (inline.endsWith(".)") ? "" : "."));
            }
            assertThat(referenced).hasSize(quotes.size());
            assertThat(document.getFootnotes()).extracting(f -> f.getParagraphs().getFirst().getText().strip())
                    .contains("Kuzio 2021.", "\u201C" + CodedSample.INTERVIEW_TITLE + "\u201D n.d., pp. 12\u201313.")
                    .anyMatch(note -> note.endsWith("conflicts\u2026\u201D n.d."));
        }
    }

    @Test
    void theCodebookAppendixIsATableWithTheProjectsGuidanceAndCounts() throws IOException {
        try (XWPFDocument document = export(project.exports().content(ExcerptSelection.ALL), ExportOptions.DEFAULT,
                "thesis.docx")) {
            assertThat(document.getTables()).hasSize(1);
            assertCodebookTable(document.getTables().getFirst());
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getOrient())
                    .as("the seven columns get a landscape page").isEqualTo(STPageOrientation.LANDSCAPE);
        }
        try (XWPFDocument without = export(project.exports().content(ExcerptSelection.ALL),
                ExportOptions.DEFAULT.withCodebookAppendix(false), "plain.docx")) {
            assertThat(without.getTables()).isEmpty();
            assertThat(withStyle(without, DocxStyles.heading(1))).extracting(XWPFParagraph::getText)
                    .doesNotContain(DocxWriter.APPENDIX_HEADING);
        }
    }

    @Test
    void theCodebookAloneIsTheTitleAndTheTable() throws IOException {
        Path file = dir.resolve("codebook.docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DocxWriter().writeCodebook(project.exports().content(ExcerptSelection.ALL), out);
        }
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            assertThat(withStyle(document, DocxStyles.EXCERPT)).isEmpty();
            assertThat(withStyle(document, DocxStyles.TITLE)).extracting(XWPFParagraph::getText)
                    .containsExactly("Russia and the South Caucasus: codebook");
            assertCodebookTable(document.getTables().getFirst());
        }
    }

    @Test
    void controlCharactersFromAPdfBecomeSpacesSoTheFileStillOpens() throws IOException {
        var source = TestProjects.addSource(project, "Scanned", "Page one ends\fpage two \u0007begins.",
                org.scholion.source.PageMap.NONE);
        project.codings().code(source.id(), TestProjects.spanOf(project, source, "ends\fpage two \u0007begins"),
                TestProjects.code(project, TestProjects.PEACEKEEPING).id(), TestProjects.CODER, null);
        try (XWPFDocument document = export(project.exports().content(new ExcerptSelection(Set.of(), true,
                Set.of(source.id()), null, null, null, null, null, null, 0)), ExportOptions.DEFAULT, "scanned.docx")) {
            assertThat(withStyle(document, DocxStyles.EXCERPT)).extracting(p -> runs(p, null))
                    .containsExactly("ends page two  begins");
        }
    }

    private void assertCodebookTable(XWPFTable table) {
        List<Coding> codings = project.codings().list(CodingFilter.ALL);
        var codebook = project.codebook().snapshot();
        List<XWPFTableRow> rows = table.getRows();
        assertThat(rows.getFirst().getTableCells()).extracting(c -> c.getText()).containsExactly("Code", "Definition",
                "When to use", "When not to use", "Example", "Segments", "Sources");
        assertThat(rows).hasSize(codebook.size() + 1);
        var codes = codebook.depthFirst();
        for (int i = 0; i < codes.size(); i++) {
            CodeId code = codes.get(i).id();
            List<Coding> with = codings.stream().filter(c -> c.code().equals(code)).toList();
            Set<SourceId> sources = with.stream().map(Coding::source).collect(Collectors.toSet());
            var cells = rows.get(i + 1).getTableCells();
            assertThat(cells.get(0).getText()).isEqualTo(codes.get(i).name());
            assertThat(cells.get(0).getParagraphs().getFirst().getRuns().getFirst().isBold())
                    .as("top-level codes in bold").isEqualTo(codes.get(i).isTopLevel());
            assertThat(cells.get(1).getText()).isEqualTo(codes.get(i).guidance().definition());
            assertThat(cells.get(4).getText()).isEqualTo(codes.get(i).guidance().example());
            assertThat(cells.get(5).getText()).isEqualTo(Integer.toString(with.size()));
            assertThat(cells.get(6).getText()).isEqualTo(Integer.toString(sources.size()));
        }
        CodeId peacekeeping = TestProjects.code(project, TestProjects.PEACEKEEPING).id();
        int row = codes.stream().map(c -> c.id()).toList().indexOf(peacekeeping) + 1;
        assertThat(rows.get(row).getCell(5).getText()).isEqualTo("3");
        assertThat(rows.get(row).getCell(6).getText()).isEqualTo("3");
    }

    private XWPFDocument export(ExportContent content, ExportOptions options, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new DocxWriter().write(content, options, out);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static List<XWPFParagraph> withStyle(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).toList();
    }

    /** The text of a paragraph's runs in one character style (null: the runs without one, the quoted text). */
    private static String runs(XWPFParagraph paragraph, String style) {
        StringBuilder text = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            String runStyle = run.getStyle() == null || run.getStyle().isEmpty() ? null : run.getStyle();
            if (java.util.Objects.equals(style, runStyle) && run.getCTR().sizeOfFootnoteReferenceArray() == 0) {
                text.append(run.text());
            }
        }
        return text.toString();
    }
}
