package org.scholion.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.scholion.analysis.CountTable;

/**
 * A report's table saved as CSV and as XLSX, read back with commons-csv and POI: the same labels
 * and counts, totals only where counts add up, and a label that looks like a formula stays text.
 */
class CountTableFilesTest {

    private static final String GEORGIA = "Bilateral relations/Relations with Georgia";
    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"click\")";

    private final CountTable byType = CountTable.of("Code frequencies by source type", "Code", "Source type",
            "segments", List.of(GEORGIA, FORMULA, "Щ \"quoted\", with comma"), List.of("thesis", "report"), true,
            new long[][] {{3, 4}, {5, 0}, {1, 1}});
    private final CountTable sources = CountTable.of("Sources per code", "Code", "Overall", "sources",
            List.of(GEORGIA, "NATO"), List.of("Sources"), false, new long[][] {{2}, {3}});

    @Test
    void csvHasTheCountsWithRowAndColumnTotals() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountTableCsv.write(byType, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).values()).containsExactly("Code", "thesis", "report", "Total");
        assertThat(rows.get(1).values()).containsExactly(GEORGIA, "3", "4", "7");
        assertThat(rows.get(2).values()).containsExactly("'" + FORMULA, "5", "0", "5");
        assertThat(rows.get(3).values()).containsExactly("Щ \"quoted\", with comma", "1", "1", "2");
        assertThat(rows.get(4).values()).containsExactly("Total", "9", "5", "14");
    }

    @Test
    void csvOfCountsThatDoNotAddUpHasNoTotals() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountTableCsv.write(sources, out);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(out.toString(StandardCharsets.UTF_8)
                .substring(1))).getRecords();
        assertThat(rows).extracting(CSVRecord::values).containsExactly(new String[] {"Code", "Sources"},
                new String[] {GEORGIA, "2"}, new String[] {"NATO", "3"});
    }

    @Test
    void xlsxHasNumbersTotalsAndACaptionSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountTableXlsx.write(byType, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Code frequencies by source type").hasSize(31);
            assertThat(texts(sheet.getRow(0))).containsExactly("Code", "thesis", "report", "Total");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(GEORGIA);
            assertThat(sheet.getRow(2).getCell(0).getCellType()).as("a label is never a formula").isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(FORMULA);
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(numbers(sheet.getRow(1))).containsExactly(3.0, 4.0, 7.0);
            assertThat(numbers(sheet.getRow(4))).containsExactly(9.0, 5.0, 14.0);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(book.getFontAt(sheet.getRow(4).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            Sheet about = book.getSheet(CountTableXlsx.ABOUT_SHEET);
            assertThat(about.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Code frequencies by source type");
            assertThat(about.getRow(3).getCell(1).getStringCellValue()).isEqualTo("segments");
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        CountTableXlsx.write(sources, plain);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(plain.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("Code", "Sources");
            assertThat(sheet.getLastRowNum()).as("no totals row").isEqualTo(2);
        }
    }

    @Test
    void sheetNamesFollowExcelsRules() {
        assertThat(CountTableXlsx.sheetName("Codes [by] year: 1991/2008?")).doesNotContain("[", "]", ":", "/", "?")
                .hasSizeLessThanOrEqualTo(31);
        assertThat(CountTableXlsx.sheetName("about")).isEqualTo("Table");
    }

    private static List<String> texts(Row row) {
        List<String> out = new java.util.ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private static List<Double> numbers(Row row) {
        List<Double> out = new java.util.ArrayList<>();
        for (int c = 1; c < row.getLastCellNum(); c++) {
            out.add(row.getCell(c).getNumericCellValue());
        }
        return out;
    }
}
