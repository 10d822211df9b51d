package org.scholion.export;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scholion.analysis.CountTable;

/**
 * A report's table as an Excel workbook: one sheet named after the table, a bold header row (the
 * row heading, then the column labels), the counts as numbers, and, when they add up, a bold
 * "Total" column and row written as numbers (not formulas, so that the file shows them even where
 * formulas are not computed). The caption (title and measure) is in the sheet's first row above the
 * table would break reading it into R, so it goes in a second sheet, "About". Labels are strings,
 * never formulas.
 */
public final class CountTableXlsx {

    static final String ABOUT_SHEET = "About";

    private CountTableXlsx() {
    }

    public static void write(CountTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            Sheet sheet = workbook.createSheet(sheetName(table.title()));
            var rows = CountTableCsv.rows(table);
            int last = rows.size() - 1;
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                var cells = rows.get(r);
                boolean totalsRow = table.summable() && r == last && r > 0;
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = row.createCell(c);
                    boolean totalsColumn = table.summable() && c == cells.size() - 1 && c > 0;
                    if (r > 0 && c > 0) {
                        cell.setCellValue(Long.parseLong(cells.get(c)));
                    } else {
                        cell.setCellValue(OfficeText.cell(cells.get(c)));
                    }
                    if (r == 0 || totalsRow || totalsColumn) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            sheet.createFreezePane(1, 1);
            sheet.setColumnWidth(0, 45 * 256);
            Sheet about = workbook.createSheet(ABOUT_SHEET);
            String[][] caption = {{"Title", table.title()}, {"Rows", table.rowHeading()},
                {"Columns", table.columnHeading()}, {"Measure", table.measure()},
                {"Totals", table.summable() ? "yes" : "no: a count can fall under several rows or columns"}};
            for (int i = 0; i < caption.length; i++) {
                Row row = about.createRow(i);
                row.createCell(0).setCellValue(caption[i][0]);
                row.createCell(1).setCellValue(OfficeText.cell(caption[i][1]));
            }
            about.setColumnWidth(1, 60 * 256);
            workbook.write(out);
        }
    }

    /** Excel's rules for sheet names: at most 31 characters, none of []:*?/\, not "About". */
    static String sheetName(String title) {
        String name = WorkbookUtil.createSafeSheetName(title.isBlank() ? "Table" : title, '-');
        return name.equalsIgnoreCase(ABOUT_SHEET) ? "Table" : name;
    }
}
