package org.scholion.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.scholion.analysis.CountTable;

/**
 * A report's table as CSV, written as {@link CsvWriter} writes excerpts (RFC 4180, every field
 * quoted, CRLF, UTF-8 with a byte-order mark for Excel, a formula-like label neutralised with an
 * apostrophe): a header row (the row heading, then the column labels), one row per table row, and,
 * when the counts add up ({@link CountTable#summable()}), a "Total" column and a "Total" row.
 * Numbers are plain digits, so R and Excel read them as numbers.
 */
public final class CountTableCsv {

    static final String TOTAL = "Total";
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    private CountTableCsv() {
    }

    public static void write(CountTable table, OutputStream out) throws IOException {
        write(rows(table), out);
    }

    /** Rows of text as this CSV dialect writes them; shared with the agreement table. */
    static void write(List<List<String>> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write('"');
                String field = row.get(i);
                // a number is data, not a formula: "-0.021" must stay a number a spreadsheet can sum
                w.write((NUMBER.matcher(field).matches() ? field : CsvWriter.neutralised(field)).replace("\"", "\"\""));
                w.write('"');
            }
            w.write("\r\n");
        }
        w.flush();
    }

    /** The table as rows of text, header first, totals last when the table is summable. */
    static List<List<String>> rows(CountTable table) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(table.rowHeading());
        header.addAll(table.columns());
        if (table.summable()) {
            header.add(TOTAL);
        }
        rows.add(header);
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = new ArrayList<>();
            row.add(table.rows().get(r));
            for (int c = 0; c < table.columns().size(); c++) {
                row.add(Long.toString(table.cell(r, c)));
            }
            if (table.summable()) {
                row.add(Long.toString(table.rowTotal(r)));
            }
            rows.add(row);
        }
        if (table.summable()) {
            List<String> totals = new ArrayList<>();
            totals.add(TOTAL);
            for (int c = 0; c < table.columns().size(); c++) {
                totals.add(Long.toString(table.columnTotal(c)));
            }
            totals.add(Long.toString(table.total()));
            rows.add(totals);
        }
        return rows;
    }
}
