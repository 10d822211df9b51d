package org.scholion.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.scholion.analysis.CountTable;

/**
 * A count table as aligned plain text: a title line, the column labels, one line per row with the
 * counts right-aligned, and, when the table is summable, a Total column and a Total row.
 */
final class TableText {

    private TableText() {
    }

    static void print(CountTable table, PrintWriter out) {
        print(table, table.columns(), out);
    }

    /** With other column labels (short ones for long titles), in the table's order. */
    static void print(CountTable table, List<String> columnLabels, PrintWriter out) {
        boolean totals = table.summable() && table.columns().size() > 1;
        List<String> header = new ArrayList<>();
        header.add(table.rowHeading());
        header.addAll(columnLabels);
        if (totals) {
            header.add("Total");
        }
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> line = new ArrayList<>();
            line.add(table.rows().get(r));
            for (int c = 0; c < table.columns().size(); c++) {
                line.add(Long.toString(table.cell(r, c)));
            }
            if (totals) {
                line.add(Long.toString(table.rowTotal(r)));
            }
            lines.add(line);
        }
        if (table.summable() && table.rows().size() > 1) {
            List<String> line = new ArrayList<>();
            line.add("Total");
            for (int c = 0; c < table.columns().size(); c++) {
                line.add(Long.toString(table.columnTotal(c)));
            }
            if (totals) {
                line.add(Long.toString(table.total()));
            }
            lines.add(line);
        }
        out.println(titleLine(table));
        printAligned(lines, out);
    }

    /** The title, with the unit of the cells unless the title names it. */
    static String titleLine(CountTable table) {
        return table.title().toLowerCase(java.util.Locale.ROOT).contains(table.measure().toLowerCase(java.util.Locale.ROOT))
                ? table.title() : table.title() + " (" + table.measure() + ")";
    }

    /** Lines of cells, the first left-aligned, the others right-aligned, two spaces apart. */
    static void printAligned(List<List<String>> lines, PrintWriter out) {
        int columns = lines.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> line : lines) {
            for (int c = 0; c < line.size(); c++) {
                widths[c] = Math.max(widths[c], line.get(c).codePointCount(0, line.get(c).length()));
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < line.size(); c++) {
                String cell = line.get(c);
                String pad = " ".repeat(widths[c] - cell.codePointCount(0, cell.length()));
                if (c == 0) {
                    text.append(cell).append(pad);
                } else {
                    text.append("  ").append(pad).append(cell);
                }
            }
            out.println(text.toString().stripTrailing());
        }
    }
}
