package org.scholion.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.coding.Coder;
import org.scholion.coding.MemoTarget;
import org.scholion.export.BibliographyFormat;
import org.scholion.export.ExcerptOrder;
import org.scholion.export.ExcerptSelection;
import org.scholion.export.ExportContent;
import org.scholion.export.ExportFormat;
import org.scholion.export.ExportOptions;
import org.scholion.export.ExportedMemo;
import org.scholion.export.MemoKind;
import org.scholion.project.ExportProjects;
import org.scholion.project.TestProjects;

/**
 * Project, source and code memos exported beside the excerpts in every format and read back with
 * real readers; only the memos of the sources and codes the export covers; and the CSL-JSON
 * bibliography a Pandoc or Zotero workflow reads.
 */
class MemoExportTest {

    static final String PROJECT_MEMO = "Research question: is Russia a “guarantor” 🕊️ or a party?\n\nSecond paragraph.";
    static final String UKRAINIAN_SOURCE_MEMO = "Джерело: =цитата «важлива» 🙂";
    static final String KUZIO_SOURCE_MEMO = "Kuzio argues from a Ukrainian perspective.";
    static final String BORDER_CODE_MEMO = "Border security: use for the 2008 borderisation too.";
    static final String GEORGIA_CODE_MEMO = "Relations with Georgia: before and after 2008.";

    @TempDir
    static Path dir;
    static ExportProjects fixture;
    static ExportContent content;

    @BeforeAll
    static void memosOfEveryKind() {
        fixture = ExportProjects.create(dir);
        var store = fixture.project().store();
        Coder anna = store.coders().ensure("anna", TestProjects.T0);
        store.write("test", () -> {
            store.memos().add(MemoTarget.project(), "Question", PROJECT_MEMO, anna, TestProjects.T0);
            store.memos().add(new MemoTarget.OnSource(fixture.ukrainian().id()), "", UKRAINIAN_SOURCE_MEMO, anna, TestProjects.T0);
            store.memos().add(new MemoTarget.OnSource(fixture.kuzio().id()), "", KUZIO_SOURCE_MEMO, anna, TestProjects.T0);
            store.memos().add(new MemoTarget.OnCode(TestProjects.code(fixture.project(), ExportProjects.BORDER).id()), "",
                    BORDER_CODE_MEMO, anna, TestProjects.T0);
            store.memos().add(new MemoTarget.OnCode(TestProjects.code(fixture.project(), ExportProjects.GEORGIA).id()), "",
                    GEORGIA_CODE_MEMO, null, TestProjects.T0);
            return null;
        });
        // The Ukrainian source and the security codes: Kuzio's memo and the Georgia code's memo are outside.
        ExcerptSelection selection = new ExcerptSelection(
                Set.of(TestProjects.code(fixture.project(), "Security interests").id()), true,
                Set.of(fixture.ukrainian().id()), null, null, null, null, null, ExcerptOrder.CODE_THEN_SOURCE, 0);
        content = fixture.project().exports().content(selection, EnumSet.allOf(MemoKind.class));
    }

    @AfterAll
    static void close() {
        fixture.project().close();
    }

    @Test
    void onlyTheMemosOfWhatTheExportCoversInProjectSourceCodeOrder() {
        assertThat(content.excerpts()).extracting(e -> e.codePath()).containsExactly(ExportProjects.BORDER);
        assertThat(content.memos()).extracting(ExportedMemo::kind, ExportedMemo::about, ExportedMemo::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MemoKind.PROJECT, "", PROJECT_MEMO),
                        org.assertj.core.groups.Tuple.tuple(MemoKind.SOURCE, fixture.ukrainian().title(), UKRAINIAN_SOURCE_MEMO),
                        org.assertj.core.groups.Tuple.tuple(MemoKind.CODE, ExportProjects.BORDER, BORDER_CODE_MEMO));
        assertThat(content.memos().getFirst().heading()).isEqualTo("Project \u2014 Question");
        assertThat(content.memos().getFirst().author()).isEqualTo("anna");
    }

    @Test
    void noMemosUnlessAskedAndAllCodesWhenNoneChosen() {
        assertThat(fixture.project().exports().content(ExcerptSelection.ALL).memos()).isEmpty();
        List<ExportedMemo> codeMemos = fixture.project().exports().content(ExcerptSelection.ALL, Set.of(MemoKind.CODE)).memos();
        assertThat(codeMemos).extracting(ExportedMemo::text).containsExactlyInAnyOrder(BORDER_CODE_MEMO, GEORGIA_CODE_MEMO);
        assertThat(codeMemos).filteredOn(m -> m.text().equals(GEORGIA_CODE_MEMO)).singleElement()
                .extracting(ExportedMemo::author).isEqualTo("");
    }

    @Test
    void jsonCarriesTheMemosLosslessly() throws IOException {
        Path file = dir.resolve("memos.json");
        ExportWriters.write(content, ExportFormat.JSON, ExportOptions.DEFAULT, file);
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(ExcerptJson.read(in)).isEqualTo(content);
        }
    }

    @Test
    void csvWritesTheMemosInAFileBesideTheExcerpts() throws IOException {
        Path file = dir.resolve("chapter.csv");
        List<Path> written = ExportWriters.write(content, ExportFormat.CSV, ExportOptions.DEFAULT, file);
        assertThat(written).containsExactly(file, dir.resolve("chapter.memos.csv"));
        String text = Files.readString(written.get(1), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).extracting(r -> r.get("kind"), r -> unguarded(r.get("text")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("project", PROJECT_MEMO),
                        org.assertj.core.groups.Tuple.tuple("source", UKRAINIAN_SOURCE_MEMO),
                        org.assertj.core.groups.Tuple.tuple("code", BORDER_CODE_MEMO));
        assertThat(ExportWriters.write(fixture.project().exports().content(ExcerptSelection.ALL), ExportFormat.CSV,
                ExportOptions.DEFAULT, dir.resolve("plain.csv"))).containsExactly(dir.resolve("plain.csv"));
    }

    /** The CSV writer guards a formula-like cell with one apostrophe (docs/export.md). */
    private static String unguarded(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    @Test
    void xlsxHasAMemosSheet() throws IOException {
        Path file = dir.resolve("chapter.xlsx");
        ExportWriters.write(content, ExportFormat.XLSX, ExportOptions.DEFAULT, file);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet memos = book.getSheet("Memos");
            List<String> texts = new ArrayList<>();
            for (Row row : memos) {
                if (row.getRowNum() > 0) {
                    texts.add(row.getCell(3).getStringCellValue());
                }
            }
            assertThat(texts).containsExactly(PROJECT_MEMO, UKRAINIAN_SOURCE_MEMO, BORDER_CODE_MEMO);
            assertThat(memos.getRow(1).getCell(5).getLocalDateTimeCellValue().toInstant(java.time.ZoneOffset.UTC))
                    .isEqualTo(TestProjects.T0);
        }
    }

    @Test
    void docxHasAMemosSectionWithAHeadingPerMemo() throws IOException {
        Path file = dir.resolve("chapter.docx");
        ExportWriters.write(content, ExportFormat.DOCX, ExportOptions.DEFAULT, file);
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(file))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int memos = paragraphs.indexOf("Memos");
            assertThat(memos).isPositive();
            assertThat(paragraphs.subList(memos, paragraphs.size())).contains("Project \u2014 Question",
                    "Research question: is Russia a “guarantor” 🕊️ or a party?", "Second paragraph.",
                    "Source: " + fixture.ukrainian().title(), UKRAINIAN_SOURCE_MEMO,
                    "Code: " + ExportProjects.BORDER, BORDER_CODE_MEMO, "anna, 2026-03-02");
            assertThat(paragraphs.indexOf("Appendix: Codebook")).isGreaterThan(memos);
        }
    }

    @Test
    void htmlAndMarkdownHaveAMemosSection() throws IOException {
        Path html = dir.resolve("chapter.html");
        ExportWriters.write(content, ExportFormat.HTML, ExportOptions.DEFAULT, html);
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        List<Element> sections = page.select("section.memo-entry");
        assertThat(sections).extracting(s -> s.attr("data-kind")).containsExactly("project", "source", "code");
        assertThat(sections).extracting(s -> s.selectFirst("p.text").wholeText())
                .containsExactly(PROJECT_MEMO, UKRAINIAN_SOURCE_MEMO, BORDER_CODE_MEMO);

        Path md = dir.resolve("chapter.md");
        ExportWriters.write(content, ExportFormat.MD, ExportOptions.DEFAULT, md);
        String markdown = Files.readString(md);
        assertThat(markdown).contains("# Memos\n\n## Project — Question\n\nResearch question: is Russia a “guarantor” 🕊️ or a party?\n\nSecond paragraph.\n\n*anna, 2026-03-02*");
        assertThat(markdown).contains("## Code: " + ExportProjects.BORDER.replace("-", "\\-"));
    }

    @Test
    void markdownWithACslJsonBibliography() throws IOException {
        Path md = dir.resolve("csl.md");
        ExportContent all = fixture.project().exports().content(ExcerptSelection.ALL);
        List<Path> written = ExportWriters.write(all, ExportFormat.MD,
                ExportOptions.DEFAULT.withBibliography(BibliographyFormat.CSL_JSON), md);
        assertThat(written).containsExactly(md, dir.resolve("csl.json"));
        JsonNode items = new ObjectMapper().readTree(written.get(1).toFile());
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        assertThat(ids).containsExactlyElementsOf(all.sources().stream().map(s -> s.key()).toList());
        String markdown = Files.readString(md);
        ids.forEach(id -> assertThat(markdown).contains("@" + id));
        JsonNode kuzio = null;
        for (JsonNode item : items) {
            if (item.path("id").asText().equals("kuzio2021")) {
                kuzio = item;
            }
        }
        assertThat(kuzio).isNotNull();
        assertThat(kuzio.path("author").get(0).path("family").asText()).isEqualTo("Kuzio");
        assertThat(kuzio.path("issued").path("date-parts").get(0).get(0).asInt()).isEqualTo(2021);
        assertThat(kuzio.path("type").asText()).isNotBlank();
    }
}
