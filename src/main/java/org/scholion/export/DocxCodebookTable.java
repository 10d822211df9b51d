package org.scholion.export;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The codebook as a Word table: a header row repeated on every page, then one row per code in
 * codebook order, sub-codes indented under their parent, with its guidance and how many segments
 * and sources it codes.
 */
final class DocxCodebookTable {

    static final List<String> HEADER = List.of("Code", "Definition", "When to use", "When not to use", "Example",
            "Segments", "Sources");
    /** Column widths in twentieths of a point, for an A4 page in portrait with 2.5 cm margins. */
    private static final int[] WIDTHS = {1500, 1600, 1300, 1300, 1700, 800, 800};
    private static final int INDENT_PER_LEVEL = 240;

    private DocxCodebookTable() {
    }

    static XWPFTable add(XWPFDocument document, List<CodebookEntry> codebook) {
        XWPFTable table = document.createTable(codebook.size() + 1, HEADER.size());
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int column = 0; column < HEADER.size(); column++) {
            XWPFTableCell cell = header.getCell(column);
            cell.setWidth(Integer.toString(WIDTHS[column]));
            XWPFRun run = firstParagraph(cell).createRun();
            run.setStyle(DocxStyles.TABLE_HEADER);
            run.setText(HEADER.get(column));
        }
        for (int i = 0; i < codebook.size(); i++) {
            CodebookEntry entry = codebook.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            XWPFParagraph code = firstParagraph(row.getCell(0));
            code.setIndentationLeft(entry.depth() * INDENT_PER_LEVEL);
            XWPFRun name = code.createRun();
            name.setBold(entry.depth() == 0);
            DocxWriter.text(name, entry.name());
            cell(row, 1, entry.definition());
            cell(row, 2, entry.whenToUse());
            cell(row, 3, entry.whenNotToUse());
            cell(row, 4, entry.example());
            cell(row, 5, Integer.toString(entry.segments()));
            cell(row, 6, Integer.toString(entry.sources()));
        }
        return table;
    }

    private static void cell(XWPFTableRow row, int column, String text) {
        XWPFParagraph paragraph = firstParagraph(row.getCell(column));
        if (column >= 5) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
        DocxWriter.text(paragraph.createRun(), text == null ? "" : text);
    }

    /** A new cell holds one empty paragraph; the table's text goes there, with no spacing after it. */
    private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        paragraph.setSpacingAfter(0);
        return paragraph;
    }
}
