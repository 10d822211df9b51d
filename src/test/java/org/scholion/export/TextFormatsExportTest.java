package org.scholion.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.coding.Coding;
import org.scholion.project.ExportProjects;
import org.scholion.project.TestProjects;

/**
 * The sample project with real codings exported as Markdown, HTML, CSV and BibTeX, and read back
 * with real readers (commons-csv, jsoup; Markdown by its quoting rules): every excerpt, its exact
 * text, code path, citation and pages, with Cyrillic, emoji and curly quotes intact.
 */
class TextFormatsExportTest {

    @TempDir
    static Path dir;
    static ExportProjects fixture;
    static ExportContent content;

    @BeforeAll
    static void export() {
        fixture = ExportProjects.create(dir);
        content = fixture.project().exports().content(new ExcerptSelection(null, true, null, null, null, null, null, null,
                ExcerptOrder.CODE_THEN_SOURCE, 3));
    }

    @AfterAll
    static void close() {
        fixture.project().close();
    }

    private static String stored(Excerpt excerpt) {
        Coding coding = fixture.codings().stream().filter(c -> c.id().equals(excerpt.coding())).findFirst().orElseThrow();
        return fixture.stored(coding);
    }

    @Test
    void csvReadsBackWithEveryExcerptExactAndFormulasNeutralised() throws IOException {
        byte[] bytes = ExportedFiles.bytes(new CsvWriter(), content, ExportOptions.DEFAULT);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")[0]).isEqualTo(String.join(",", CsvWriter.EXCERPT_COLUMNS.stream().map(c -> "\"" + c + "\"").toList()));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();

        assertThat(rows).hasSize(5);
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            Excerpt excerpt = content.excerpts().get(i);
            String text = row.get("text");
            String unguarded = text.startsWith("'") ? text.substring(1) : text;
            assertThat(unguarded).isEqualTo(stored(excerpt));
            assertThat(row.get("code_path")).isEqualTo(excerpt.codePath());
            assertThat(row.get("citation")).isEqualTo(excerpt.citation().inline(excerpt.pages()));
            assertThat(row.get("pages")).isEqualTo(excerpt.pages() == null ? "" : excerpt.pages());
            assertThat(Integer.parseInt(row.get("start"))).isEqualTo(excerpt.span().start());
        }
        CSVRecord formula = rows.getFirst();
        assertThat(formula.get("text")).as("a formula is shown, not run").isEqualTo("'" + ExportProjects.FORMULA);
        CSVRecord across = rows.get(1);
        assertThat(across.get("text")).isEqualTo(ExportProjects.ACROSS_PAGES);
        assertThat(across.get("citation")).isEqualTo("(Петренко 2023, pp. 12\u201313)");
        assertThat(across.get("coder")).isEqualTo("Олена");
        assertThat(across.get("memo")).isEqualTo(ExportProjects.UKRAINIAN_MEMO);
        assertThat(across.get("context_before")).isEqualTo("Заява:");
    }

    @Test
    void csvGuardsEveryFormulaStartAndKeepsItReversible() {
        assertThat(CsvWriter.neutralised("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvWriter.neutralised("+7 495")).isEqualTo("'+7 495");
        assertThat(CsvWriter.neutralised("-2")).isEqualTo("'-2");
        assertThat(CsvWriter.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvWriter.neutralised("'quoted")).as("so one leading apostrophe is always ours").isEqualTo("''quoted");
        assertThat(CsvWriter.neutralised("Росія = гарант")).isEqualTo("Росія = гарант");
    }

    @Test
    void csvCodebookHasOneRowPerCode() throws IOException {
        String csv = ExportedFiles.codebook(new CsvWriter(), content).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(content.codebook().size());
        CSVRecord peacekeeping = rows.stream().filter(r -> r.get("path").equals(TestProjects.PEACEKEEPING)).findFirst().orElseThrow();
        assertThat(peacekeeping.get("segments")).isEqualTo("2");
        assertThat(peacekeeping.get("depth")).isEqualTo("1");
        assertThat(peacekeeping.get("definition")).isNotBlank();
    }

    @Test
    void htmlReadsBackWithEveryExcerptExactAndNothingUnescaped() {
        Document html = Jsoup.parse(ExportedFiles.text(new HtmlWriter(), content, ExportOptions.DEFAULT));

        List<Element> quotes = html.select("blockquote.excerpt");
        assertThat(quotes).hasSize(5);
        for (int i = 0; i < quotes.size(); i++) {
            Element quote = quotes.get(i);
            Excerpt excerpt = content.excerpts().get(i);
            assertThat(quote.selectFirst("p.text").wholeText()).isEqualTo(stored(excerpt));
            assertThat(quote.selectFirst("p.code").text()).isEqualTo(excerpt.codePath());
            assertThat(quote.selectFirst("p.citation").text()).isEqualTo(excerpt.citation().inline(excerpt.pages()));
            assertThat(quote.attr("style")).contains(excerpt.codeColor());
            assertThat(quote.attr("data-start")).isEqualTo(Integer.toString(excerpt.span().start()));
        }
        assertThat(html.select("script")).as("the quoted <script> is text, not markup").isEmpty();
        assertThat(html.select("b").eachText()).containsOnly("[excerpt]");
        assertThat(quotes.get(1).selectFirst("p.memo").text()).isEqualTo("Memo (Олена): " + ExportProjects.UKRAINIAN_MEMO);
        assertThat(html.select("h2").eachText()).startsWith("Security interests").contains("Appendix: codebook");
        assertThat(html.select("h3").eachText()).startsWith("Border security", "Great-power status");
        assertThat(html.select("table.codebook tbody tr")).hasSize(content.codebook().size());
        assertThat(html.select("link, img, [src]")).as("self-contained").isEmpty();
        assertThat(html.charset().name()).isEqualTo("UTF-8");
    }

    @Test
    void htmlFootnotesNumberTheCitations() {
        Document html = Jsoup.parse(ExportedFiles.text(new HtmlWriter(), content,
                ExportOptions.DEFAULT.withCitationStyle(CitationStyle.FOOTNOTE).withCodebookAppendix(false)));
        assertThat(html.select("ol.notes li")).hasSize(5);
        assertThat(html.select("ol.notes li").get(1).text()).isEqualTo("Петренко 2023, pp. 12\u201313.");
        assertThat(html.select("blockquote.excerpt").get(1).selectFirst("p.citation a").attr("href")).isEqualTo("#note2");
        assertThat(html.select("table.codebook")).isEmpty();
    }

    @Test
    void markdownQuotesEveryExcerptLiterallyWithItsPandocCitation() {
        String markdown = ExportedFiles.text(new MarkdownWriter(), content, ExportOptions.DEFAULT);
        List<List<String>> quotes = blockQuotes(markdown);

        assertThat(quotes).hasSize(5);
        for (int i = 0; i < quotes.size(); i++) {
            List<String> lines = quotes.get(i);
            Excerpt excerpt = content.excerpts().get(i);
            assertThat(lines.getLast()).isEqualTo(excerpt.citation().pandoc(excerpt.pages()));
            assertThat(unescape(String.join("\n", lines.subList(0, lines.size() - 2)))).isEqualTo(stored(excerpt));
        }
        assertThat(quotes.get(1).getLast()).isEqualTo("[@petrenko2023, pp. 12\u201313]");
        assertThat(markdown).contains("\\<script\\>").doesNotContain("<script>");
        assertThat(markdown.lines().filter(l -> l.startsWith("#")).toList())
                .startsWith("# Security interests", "## Border security", "# Power-political interests", "## Great-power status")
                .contains("# Appendix: codebook");
        assertThat(markdown).contains("*Memo (Олена):* Мемо: “цитата” 🙂, =1+1 \\<b\\>");
    }

    @Test
    void markdownFootnotesHoldTheCitations() {
        String markdown = ExportedFiles.text(new MarkdownWriter(), content,
                ExportOptions.DEFAULT.withCitationStyle(CitationStyle.FOOTNOTE));
        List<List<String>> quotes = blockQuotes(markdown);
        assertThat(quotes.get(1).getLast()).isEqualTo("[^2]");
        assertThat(markdown.lines()).contains("[^2]: [@petrenko2023, pp. 12\u201313].");
        assertThat(markdown.lines().filter(l -> l.startsWith("[^")).count()).isEqualTo(5);
    }

    @Test
    void theBibliographyHasOneEntryPerCitedSourceForEveryPandocKey() {
        String bib = ExportedFiles.text(new BibtexWriter(), content, ExportOptions.DEFAULT);
        assertThat(bib.lines().filter(l -> l.startsWith("@")).toList()).hasSize(4)
                .contains("@article{petrenko2023,", "@phdthesis{thesisSouthCaucasus,");
        assertThat(bib).contains("  author = {Олена Петренко},\n", "  title = {{Миротворці \\& «гарантії»}},\n",
                "  journal = {Дзеркало тижня},\n", "  year = {2023},\n", "  date = {2023-05},\n");
        for (Excerpt excerpt : content.excerpts()) {
            assertThat(bib).contains("{" + excerpt.citation().key() + ",");
        }
    }

    @Test
    void theCodebookAloneAsMarkdownAndHtml() {
        String markdown = ExportedFiles.codebook(new MarkdownWriter(), content);
        assertThat(markdown.lines().filter(l -> l.startsWith("| ")).count()).isEqualTo(content.codebook().size() + 1);
        Document html = Jsoup.parse(ExportedFiles.codebook(new HtmlWriter(), content));
        assertThat(html.select("table.codebook tbody tr")).hasSize(content.codebook().size());
    }

    /** Each block quote's lines without the "> ", the blank quote lines as "". */
    private static List<List<String>> blockQuotes(String markdown) {
        List<List<String>> quotes = new ArrayList<>();
        List<String> current = null;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith(">")) {
                if (current == null) {
                    current = new ArrayList<>();
                    quotes.add(current);
                }
                current.add(line.length() > 1 ? line.substring(2) : "");
            } else {
                current = null;
            }
        }
        return quotes;
    }

    private static String unescape(String markdown) {
        return markdown.replaceAll("\\\\(\\p{Punct})", "$1");
    }
}
