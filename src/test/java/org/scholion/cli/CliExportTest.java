package org.scholion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.project.ExportProjects;
import org.scholion.project.TestProjects;

/** `export` and `export-codebook` on the coded sample project, each file read back with a real reader. */
class CliExportTest {

    @TempDir
    static Path dir;
    @TempDir
    Path out;
    static ExportProjects fixture;
    static String project;

    @BeforeAll
    static void codedSampleProject() {
        fixture = ExportProjects.create(dir);
        fixture.project().close();
        project = dir.resolve("study").toString();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void exportsEveryExcerptAsCsv() throws IOException {
        Path file = out.resolve("excerpts.csv");
        Cli cli = Cli.run("export", project, "--format", "csv", "--out", file.toString());

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("exported 5 excerpts from 4 sources to ");
        List<CSVRecord> rows = csv(file);
        assertThat(rows).extracting(r -> r.get("code_path")).containsExactly(ExportProjects.BORDER, ExportProjects.GREAT_POWER,
                TestProjects.PEACEKEEPING, TestProjects.PEACEKEEPING, ExportProjects.GEORGIA);
        assertThat(rows.get(1).get("text")).isEqualTo(ExportProjects.ACROSS_PAGES);
        assertThat(rows.get(1).get("pages")).isEqualTo("12\u201313");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void filtersByCodeYearsTypeCoderAndSource() throws IOException {
        Path file = out.resolve("power.csv");
        Cli cli = Cli.run("export", project, "--format", "csv", "--out", file.toString(),
                "--code", "Power-political interests", "--years", "2022-2023", "--context", "3");
        assertThat(cli.exit()).as(cli.err()).isZero();
        List<CSVRecord> rows = csv(file);
        assertThat(rows).extracting(r -> r.get("coding")).containsExactlyInAnyOrder(
                Long.toString(fixture.acrossPages().id().value()), Long.toString(fixture.miholjcicCoding().id().value()));
        assertThat(rows).filteredOn(r -> r.get("coder").equals("Олена")).singleElement()
                .satisfies(r -> assertThat(r.get("context_after")).isEqualTo("тексту, із лапками"));

        Path news = out.resolve("news.csv");
        assertThat(Cli.run("export", project, "--format", "csv", "--out", news.toString(), "--type", "news",
                "--coder", "anna", "--source", Long.toString(fixture.ukrainian().id().value())).exit()).isZero();
        assertThat(csv(news)).extracting(r -> r.get("coding"))
                .containsExactly(Long.toString(fixture.formula().id().value()));
    }

    @Test
    void markdownComesWithItsBibliography() throws IOException {
        Path file = out.resolve("chapter.md");
        Cli cli = Cli.run("export", project, "--format", "md", "--out", file.toString(), "--citation", "footnote");
        assertThat(cli.exit()).as(cli.err()).isZero();
        String markdown = Files.readString(file, StandardCharsets.UTF_8);
        String bib = Files.readString(out.resolve("chapter.bib"), StandardCharsets.UTF_8);
        assertThat(markdown).contains("[^2]: [@petrenko2023, pp. 12\u201313].");
        assertThat(bib).contains("@article{petrenko2023,", "@article{kuzio2021,", "Олена Петренко");
    }

    @Test
    void htmlAndJsonReadBack() throws IOException {
        Path html = out.resolve("excerpts.html");
        Path json = out.resolve("excerpts.json");
        assertThat(Cli.run("export", project, "--format", "html", "--out", html.toString(), "--order", "source").exit()).isZero();
        assertThat(Cli.run("export", project, "--format", "json", "--out", json.toString()).exit()).isZero();

        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(page.select("blockquote.excerpt")).hasSize(5);
        assertThat(page.select("blockquote.excerpt p.text").eachText()).contains(ExportProjects.FORMULA);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("excerpts").size()).isEqualTo(5);
        assertThat(root.path("excerpts").get(1).path("text").asText()).isEqualTo(ExportProjects.ACROSS_PAGES);
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws IOException {
        Path file = out.resolve("mine.csv");
        Files.writeString(file, "my edits");

        Cli refused = Cli.run("export", project, "--format", "csv", "--out", file.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.errLines()).containsExactly("scholion export: " + file + " exists; use --force to replace it");
        assertThat(Files.readString(file)).isEqualTo("my edits");

        assertThat(Cli.run("export", project, "--format", "csv", "--out", file.toString(), "--force").exit()).isZero();
        assertThat(csv(file)).hasSize(5);
    }

    @Test
    void docxAndXlsxCarryEveryExcerptWithItsCitation() throws Exception {
        Path docx = out.resolve("chapter.docx");
        Path xlsx = out.resolve("excerpts.xlsx");
        List<CSVRecord> rows = csvRows();

        assertThat(Cli.run("export", project, "--format", "docx", "--out", docx.toString(), "--citation", "footnote")
                .exit()).isZero();
        assertThat(Cli.run("export", project, "--format", "xlsx", "--out", xlsx.toString()).exit()).isZero();

        try (var in = Files.newInputStream(docx); var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            List<String> quotes = document.getParagraphs().stream().filter(p -> "Excerpt".equals(p.getStyle()))
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList();
            assertThat(quotes).hasSize(rows.size());
            assertThat(document.getFootnotes()).isNotEmpty();
        }
        try (var in = Files.newInputStream(xlsx); var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(book.getSheet("Excerpts").getLastRowNum()).isEqualTo(rows.size());
        }
    }

    private List<CSVRecord> csvRows() throws IOException {
        Path file = out.resolve("all.csv");
        assertThat(Cli.run("export", project, "--format", "csv", "--out", file.toString()).exit()).isZero();
        return csv(file);
    }

    @Test
    void problemsAreOneLineWithTheRightExitCode() {
        Path file = out.resolve("x.docx");

        Cli format = Cli.run("export", project, "--format", "pdf", "--out", file.toString());
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.errLines().getFirst()).contains("--format", "pdf");

        Cli years = Cli.run("export", project, "--format", "csv", "--out", file.toString(), "--years", "2023-2020");
        assertThat(years.exit()).isEqualTo(2);
        assertThat(years.errLines().getFirst()).contains("--years", "empty");

        Cli code = Cli.run("export", project, "--format", "csv", "--out", file.toString(), "--code", "Security/Borders");
        assertThat(code.exit()).isEqualTo(1);
        assertThat(code.errLines()).singleElement().asString().startsWith("scholion export: no code 'Security/Borders'");

        Cli source = Cli.run("export", project, "--format", "csv", "--out", file.toString(), "--source", "99");
        assertThat(source.exit()).isEqualTo(1);
        assertThat(source.errLines()).containsExactly("scholion export: no source 99 in the project");
        assertThat(out.resolve("x.docx")).doesNotExist();

        Cli memos = Cli.run("export", project, "--format", "csv", "--out", file.toString(), "--memos", "project,diary");
        assertThat(memos.exit()).isEqualTo(2);
        assertThat(memos.errLines().getFirst()).contains("--memos", "'diary' is not one of project, source, code, all, none");
        Cli bibliography = Cli.run("export", project, "--format", "md", "--out", file.toString(), "--bibliography", "ris");
        assertThat(bibliography.exit()).isEqualTo(2);
        assertThat(bibliography.errLines().getFirst()).contains("--bibliography", "'ris'");
    }

    @Test
    void markdownWithCslJsonAndMemosBesideACsv() throws IOException {
        Path md = out.resolve("chapter.md");
        Cli cli = Cli.run("export", project, "--format", "md", "--out", md.toString(), "--bibliography", "csl-json");
        assertThat(cli.exit()).isZero();
        assertThat(cli.outLines()).singleElement().asString().endsWith(md + " and " + out.resolve("chapter.json"));
        JsonNode items = new ObjectMapper().readTree(out.resolve("chapter.json").toFile());
        assertThat(items.isArray()).isTrue();
        assertThat(items).extracting(i -> i.path("id").asText()).contains("kuzio2021", "miholjcic2022");
        assertThat(out.resolve("chapter.bib")).doesNotExist();

        Path csv = out.resolve("all.csv");
        Cli withMemos = Cli.run("export", project, "--format", "csv", "--out", csv.toString(), "--memos", "all");
        assertThat(withMemos.exit()).isZero();
        // The fixture has no project, source or code memos: nothing to write beside the CSV.
        assertThat(out.resolve("all.memos.csv")).doesNotExist();
    }

    @Test
    void exportsTheCodebookAlone() throws IOException {
        Path file = out.resolve("codebook.csv");
        Cli cli = Cli.run("export-codebook", project, "--format", "csv", "--out", file.toString());
        assertThat(cli.exit()).as(cli.err()).isZero();
        List<CSVRecord> rows = csv(file);
        assertThat(rows).hasSize(21);
        assertThat(cli.out()).isEqualTo("exported 21 codes to " + file + System.lineSeparator());
        assertThat(rows).filteredOn(r -> r.get("path").equals(TestProjects.PEACEKEEPING)).singleElement()
                .satisfies(r -> assertThat(r.get("sources")).isEqualTo("2"));

        Path json = out.resolve("codebook.json");
        assertThat(Cli.run("export-codebook", project, "--format", "json", "--out", json.toString()).exit()).isZero();
        assertThat(new ObjectMapper().readTree(json.toFile()).path("codebook").size()).isEqualTo(21);
        Cli xlsx = Cli.run("export-codebook", project, "--format", "xlsx", "--out", out.resolve("c.xlsx").toString());
        assertThat(xlsx.exit()).isEqualTo(1);
    }
}
