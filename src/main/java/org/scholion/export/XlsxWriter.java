package org.scholion.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The spreadsheet export for R, Excel or SPSS: a sheet "Excerpts" with a header row and one row per
 * excerpt, every field in its own column (numbers as numbers, the creation time as a real date in
 * UTC), a sheet "Codebook", and a sheet "Memos" when project, source or code memos were asked for. Written with POI's streaming workbook, which keeps only a window of
 * rows in memory, so 10,000 excerpts and more take bounded memory. Every text is written as a
 * string cell, never as a formula, so a memo that starts with "=" cannot run in Excel.
 */
public final class XlsxWriter implements ExcerptWriter {

    static final String EXCERPTS_SHEET = "Excerpts";
    static final String CODEBOOK_SHEET = "Codebook";
    static final String MEMOS_SHEET = "Memos";
    static final List<String> EXCERPT_COLUMNS = List.of("coding_id", "code_path", "source_id", "source_title",
            "source_type", "year", "citation_key", "citation", "start", "end", "pages", "coder", "created", "memo",
            "text", "before", "after");
    static final List<String> CODEBOOK_COLUMNS = List.of("code_path", "name", "depth", "color", "definition",
            "when_to_use", "when_not_to_use", "example", "segments", "sources");
    private static final int ROWS_IN_MEMORY = 200;

    @Override
    public void write(ExportContent content, ExportOptions options, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Styles styles = new Styles(workbook);
            excerpts(workbook.createSheet(EXCERPTS_SHEET), content.excerpts(), styles);
            codebook(workbook.createSheet(CODEBOOK_SHEET), content.codebook(), styles);
            if (!content.memos().isEmpty()) {
                memos(workbook.createSheet(MEMOS_SHEET), content.memos(), styles);
            }
            workbook.write(out);
        }
    }

    @Override
    public void writeCodebook(ExportContent content, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            codebook(workbook.createSheet(CODEBOOK_SHEET), content.codebook(), new Styles(workbook));
            workbook.write(out);
        }
    }

    private static void excerpts(Sheet sheet, List<Excerpt> excerpts, Styles styles) {
        header(sheet, EXCERPT_COLUMNS, styles);
        int[] widths = {10, 40, 10, 40, 10, 8, 20, 28, 10, 10, 8, 12, 20, 40, 80, 30, 30};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        int r = 1;
        for (Excerpt e : excerpts) {
            Row row = sheet.createRow(r++);
            int c = 0;
            number(row, c++, e.coding().value());
            text(row, c++, e.codePath());
            number(row, c++, e.source().value());
            text(row, c++, e.sourceTitle());
            text(row, c++, e.sourceType() == null ? null : e.sourceType().word());
            number(row, c++, e.year());
            text(row, c++, e.citation().key());
            text(row, c++, e.citation().inline(e.pages()));
            number(row, c++, e.span().start());
            number(row, c++, e.span().end());
            text(row, c++, e.pages());
            text(row, c++, e.coder());
            Cell created = row.createCell(c++);
            if (e.created() != null) {
                created.setCellValue(LocalDateTime.ofInstant(e.created(), ZoneOffset.UTC));
                created.setCellStyle(styles.date);
            }
            text(row, c++, e.memo());
            text(row, c++, e.text());
            text(row, c++, e.before());
            text(row, c, e.after());
        }
    }

    private static void codebook(Sheet sheet, List<CodebookEntry> codebook, Styles styles) {
        header(sheet, CODEBOOK_COLUMNS, styles);
        int[] widths = {40, 25, 6, 9, 50, 40, 40, 60, 9, 9};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        int r = 1;
        for (CodebookEntry entry : codebook) {
            Row row = sheet.createRow(r++);
            text(row, 0, entry.path());
            text(row, 1, entry.name());
            number(row, 2, entry.depth());
            text(row, 3, entry.color());
            text(row, 4, entry.definition());
            text(row, 5, entry.whenToUse());
            text(row, 6, entry.whenNotToUse());
            text(row, 7, entry.example());
            number(row, 8, entry.segments());
            number(row, 9, entry.sources());
        }
    }

    private static void memos(Sheet sheet, List<ExportedMemo> memos, Styles styles) {
        header(sheet, ExportedMemos.COLUMNS, styles);
        int[] widths = {10, 40, 30, 80, 20, 20};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        int r = 1;
        for (ExportedMemo memo : memos) {
            Row row = sheet.createRow(r++);
            text(row, 0, memo.kind().word());
            text(row, 1, memo.about());
            text(row, 2, memo.title());
            text(row, 3, memo.text());
            text(row, 4, memo.author());
            Cell modified = row.createCell(5);
            if (memo.modified() != null) {
                modified.setCellValue(LocalDateTime.ofInstant(memo.modified(), ZoneOffset.UTC));
                modified.setCellStyle(styles.date);
            }
        }
    }

    private static void header(Sheet sheet, List<String> columns, Styles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
    }

    /** A string cell; an absent value stays an empty cell, which R and SPSS read as missing. */
    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(OfficeText.cell(value));
        }
    }

    private static void number(Row row, int column, Number value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        }
    }
}
