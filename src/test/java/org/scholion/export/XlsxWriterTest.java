package org.scholion.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.CodingId;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;
import org.scholion.source.Source;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;

/**
 * The spreadsheet export of the coded sample project, read back with POI as Excel reads it: one
 * row per coding with each field in its column, numbers and dates typed, the text exactly the
 * stored text, non-ASCII intact, a formula-like memo left as text, and the codebook sheet.
 */
class XlsxWriterTest {

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
    void oneRowPerCodingWithEveryFieldInItsColumnAndTheTextAsStored() throws IOException {
        ExportContent content = project.exports().content(ExcerptSelection.ALL);
        Map<CodingId, Coding> stored = project.codings().list(CodingFilter.ALL).stream()
                .collect(Collectors.toMap(Coding::id, c -> c));
        try (XSSFWorkbook workbook = export(content)) {
            Sheet sheet = workbook.getSheet("Excerpts");
            assertThat(texts(sheet.getRow(0))).containsExactly("coding_id", "code_path", "source_id", "source_title",
                    "source_type", "year", "citation_key", "citation", "start", "end", "pages", "coder", "created",
                    "memo", "text", "before", "after");
            assertThat(sheet.getLastRowNum()).isEqualTo(stored.size()).isEqualTo(sample.codings().size());
            List<CodingId> seen = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                CodingId id = new CodingId((long) row.getCell(0).getNumericCellValue());
                seen.add(id);
                Coding coding = stored.get(id);
                Source source = project.sources().get(coding.source());
                assertThat(row.getCell(1).getStringCellValue())
                        .isEqualTo(project.codebook().snapshot().pathOf(coding.code()).toString());
                assertThat((long) row.getCell(2).getNumericCellValue()).isEqualTo(coding.source().value());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(source.title());
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(source.metadata().type().word());
                assertThat((int) row.getCell(8).getNumericCellValue()).isEqualTo(coding.span().start());
                assertThat((int) row.getCell(9).getNumericCellValue()).isEqualTo(coding.span().end());
                assertThat(row.getCell(11).getStringCellValue()).isEqualTo(coding.coder().name());
                Cell created = row.getCell(12);
                assertThat(DateUtil.isCellDateFormatted(created)).isTrue();
                assertThat(created.getLocalDateTimeCellValue().toInstant(ZoneOffset.UTC))
                        .isEqualTo(coding.created().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
                assertThat(row.getCell(14).getStringCellValue())
                        .isEqualTo(TextOffsets.of(project.sources().text(coding.source())).slice(coding.span()));
            }
            assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored.keySet());
        }
    }

    @Test
    void citationsPagesAndYearsAreExactAndNonAsciiSurvives() throws IOException {
        try (XSSFWorkbook workbook = export(project.exports().content(ExcerptSelection.ALL))) {
            Sheet sheet = workbook.getSheet("Excerpts");
            Row kuzio = rowWithText(sheet, TestProjects.PEACEKEEPERS_PASSAGE);
            assertThat(kuzio.getCell(5).getNumericCellValue()).isEqualTo(2021);
            assertThat(kuzio.getCell(6).getStringCellValue()).isEqualTo("kuzio2021");
            assertThat(kuzio.getCell(7).getStringCellValue()).isEqualTo("(Kuzio 2021)");
            assertThat(kuzio.getCell(10)).isNull();
            Row single = rowWithText(sheet, "“Россия — гарант мира”");
            assertThat(single.getCell(3).getStringCellValue()).isEqualTo(CodedSample.INTERVIEW_TITLE);
            assertThat(single.getCell(5)).as("no year").isNull();
            assertThat(single.getCell(10).getStringCellValue()).isEqualTo("12");
            assertThat(single.getCell(7).getStringCellValue()).isEqualTo("(\u201C" + CodedSample.INTERVIEW_TITLE + "\u201D n.d., p. 12)");
            assertThat(single.getCell(13).getStringCellValue()).isEqualTo(CodedSample.CYRILLIC_MEMO);
            Row across = rowWithText(sheet, "сказал он 🙂.\nМиротворцы остаются «на неопределённый срок» 🇷🇺");
            assertThat(across.getCell(10).getStringCellValue()).isEqualTo("12\u201313");
        }
    }

    @Test
    void aMemoWrittenLikeAFormulaStaysText() throws IOException {
        try (XSSFWorkbook workbook = export(project.exports().content(ExcerptSelection.ALL))) {
            Cell memo = rowWithText(workbook.getSheet("Excerpts"), TestProjects.PEACEKEEPERS_PASSAGE).getCell(13);
            assertThat(memo.getCellType()).isEqualTo(CellType.STRING);
            assertThat(memo.getStringCellValue()).isEqualTo(CodedSample.FORMULA_MEMO);
        }
    }

    @Test
    void contextWordsGoInTheirOwnColumns() throws IOException {
        ExcerptSelection withContext = new ExcerptSelection(Set.of(), true, Set.of(sample.interview().id()), null, null,
                null, null, null, null, 3);
        try (XSSFWorkbook workbook = export(project.exports().content(withContext))) {
            Row single = rowWithText(workbook.getSheet("Excerpts"), "“Россия — гарант мира”");
            assertThat(single.getCell(15).getStringCellValue()).contains("Ответ:");
            assertThat(single.getCell(16).getStringCellValue()).contains("сказал он");
        }
    }

    @Test
    void anExcerptLongerThanACellHoldsIsCutWithAVisibleMark() throws IOException {
        Source thesis = project.sources().list().stream().filter(s -> s.title().startsWith("Russia's policies"))
                .findFirst().orElseThrow();
        Coding chapter = project.codings().code(thesis.id(), new Span(1000, 41_000),
                TestProjects.code(project, TestProjects.PEACEKEEPING).id(), TestProjects.CODER, null);
        String stored = TextOffsets.of(project.sources().text(thesis.id())).slice(chapter.span());
        try (XSSFWorkbook workbook = export(project.exports().content(ExcerptSelection.ALL))) {
            Sheet sheet = workbook.getSheet("Excerpts");
            Row row = null;
            for (Row candidate : sheet) {
                if (candidate.getRowNum() > 0 && (long) candidate.getCell(0).getNumericCellValue() == chapter.id().value()) {
                    row = candidate;
                }
            }
            String cell = row.getCell(14).getStringCellValue();
            assertThat(cell).hasSize(OfficeText.CELL_LIMIT).endsWith(OfficeText.TRUNCATED);
            assertThat(stored).startsWith(cell.substring(0, cell.length() - OfficeText.TRUNCATED.length()));
        }
    }

    @Test
    void theCodebookSheetHasEveryCodeWithItsCounts() throws IOException {
        ExportContent content = project.exports().content(ExcerptSelection.ALL);
        try (XSSFWorkbook workbook = export(content)) {
            assertCodebookSheet(workbook.getSheet("Codebook"));
        }
        Path file = dir.resolve("codebook.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxWriter().writeCodebook(content, out);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertCodebookSheet(workbook.getSheet("Codebook"));
        }
    }

    private void assertCodebookSheet(Sheet sheet) {
        var codebook = project.codebook().snapshot();
        List<Coding> codings = project.codings().list(CodingFilter.ALL);
        assertThat(texts(sheet.getRow(0))).startsWith("code_path", "name", "depth");
        assertThat(sheet.getLastRowNum()).isEqualTo(codebook.size());
        var codes = codebook.depthFirst();
        for (int i = 0; i < codes.size(); i++) {
            Row row = sheet.getRow(i + 1);
            var code = codes.get(i);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(codebook.pathOf(code.id()).toString());
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo(code.guidance().example());
            assertThat((int) row.getCell(2).getNumericCellValue()).isEqualTo(code.isTopLevel() ? 0 : 1);
            assertThat((int) row.getCell(8).getNumericCellValue())
                    .isEqualTo((int) codings.stream().filter(c -> c.code().equals(code.id())).count());
            assertThat((int) row.getCell(9).getNumericCellValue()).isEqualTo((int) codings.stream()
                    .filter(c -> c.code().equals(code.id())).map(Coding::source).distinct().count());
        }
    }

    private static Row rowWithText(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && text.equals(row.getCell(14).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row with the text " + text);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    private XSSFWorkbook export(ExportContent content) throws IOException {
        Path file = dir.resolve("excerpts.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxWriter().write(content, ExportOptions.DEFAULT, out);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
