package org.scholion.export;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The codebook as a Word table: a header row repeated on every page, then one row per code in
 * codebook order, sub-codes indented under their parent, with its guidance and how many segments
 * and sources it codes.
 */
final class DocxCodebookTable {

    static final List<String> HEADER = List.of("Code", "Definition", "When to use", "When not to use", "Example",
            "Segments", "Sources");
    /** Column widths in twentieths of a point, filling a landscape A4 page between its margins. */
    private static final int[] WIDTHS = {2100, 2900, 2300, 2300, 2870, 1050, 1050};
    private static final int FONT_POINTS = 9;
    private static final int INDENT_PER_LEVEL = 240;

    private DocxCodebookTable() {
    }

    static XWPFTable add(XWPFDocument document, List<CodebookEntry> codebook) {
        XWPFTable table = document.createTable(codebook.size() + 1, HEADER.size());
        layOut(table);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int column = 0; column < HEADER.size(); column++) {
            XWPFTableCell cell = header.getCell(column);
            XWPFRun run = firstParagraph(cell).createRun();
            run.setStyle(DocxStyles.TABLE_HEADER);
            run.setFontSize(FONT_POINTS);
            run.setText(HEADER.get(column));
        }
        for (int i = 0; i < codebook.size(); i++) {
            CodebookEntry entry = codebook.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            XWPFParagraph code = firstParagraph(row.getCell(0));
            code.setIndentationLeft(entry.depth() * INDENT_PER_LEVEL);
            XWPFRun name = code.createRun();
            name.setBold(entry.depth() == 0);
            name.setFontSize(FONT_POINTS);
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
        XWPFRun run = paragraph.createRun();
        run.setFontSize(FONT_POINTS);
        DocxWriter.text(run, text == null ? "" : text);
    }

    /** A fixed grid, every cell as wide as its column, so Word and LibreOffice lay the table out alike. */
    private static void layOut(XWPFTable table) {
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(DocxPage.LANDSCAPE_TEXT_WIDTH));
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : WIDTHS) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int column = 0; column < WIDTHS.length; column++) {
                row.getCell(column).setWidthType(TableWidthType.DXA);
                row.getCell(column).setWidth(Integer.toString(WIDTHS[column]));
            }
        }
    }

    /** A new cell holds one empty paragraph; the table's text goes there, with no spacing after it. */
    private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        paragraph.setSpacingAfter(0);
        return paragraph;
    }
}
