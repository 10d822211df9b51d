package org.scholion.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV after RFC 4180: a header row, CRLF line ends, every field quoted (so line breaks and commas
 * in excerpts are safe). UTF-8 with a byte-order mark, because Excel, where most researchers open
 * CSV, reads Cyrillic and curly quotes wrongly without it; other readers skip or ignore it.
 * Against formula injection, a cell that starts with =, +, -, @, a tab or a carriage return gets an
 * apostrophe in front, and so does a cell that already starts with one; so removing one leading
 * apostrophe from any cell gives back the exact value (see docs/export.md).
 */
public final class CsvWriter implements ExcerptWriter {

    static final List<String> EXCERPT_COLUMNS = List.of("coding", "code_path", "code_color", "source_id",
            "source_title", "source_type", "year", "citation_key", "citation", "pages", "start", "end", "text",
            "coder", "created", "memo", "context_before", "context_after");
    static final List<String> CODEBOOK_COLUMNS = List.of("path", "name", "depth", "color", "definition",
            "when_to_use", "when_not_to_use", "example", "segments", "sources");

    @Override
    public void write(ExportContent content, ExportOptions options, OutputStream out) throws IOException {
        Writer w = start(out);
        row(w, EXCERPT_COLUMNS);
        for (Excerpt e : content.excerpts()) {
            row(w, List.of(Long.toString(e.coding().value()), e.codePath(), e.codeColor(),
                    Long.toString(e.source().value()), e.sourceTitle(), e.sourceType().word(), text(e.year()),
                    e.citation().key(), e.citation().inline(e.pages()), text(e.pages()),
                    Integer.toString(e.span().start()), Integer.toString(e.span().end()), e.text(), e.coder(),
                    e.created().toString(), options.memos() ? e.memo() : "", options.context() ? e.before() : "",
                    options.context() ? e.after() : ""));
        }
        w.flush();
    }

    /** The codebook table alone: one row per code, in codebook order. */
    @Override
    public void writeCodebook(ExportContent content, OutputStream out) throws IOException {
        Writer w = start(out);
        row(w, CODEBOOK_COLUMNS);
        for (CodebookEntry e : content.codebook()) {
            row(w, List.of(e.path(), e.name(), Integer.toString(e.depth()), text(e.color()), text(e.definition()),
                    text(e.whenToUse()), text(e.whenNotToUse()), text(e.example()), Integer.toString(e.segments()),
                    Integer.toString(e.sources())));
        }
        w.flush();
    }

    /**
     * The project, source and code memos of an export, one row each ({@link ExportedMemos#COLUMNS});
     * CSV is one table, so they go in a file of their own beside the excerpts.
     */
    public void writeMemos(ExportContent content, OutputStream out) throws IOException {
        Writer w = start(out);
        row(w, ExportedMemos.COLUMNS);
        for (ExportedMemo memo : content.memos()) {
            row(w, ExportedMemos.cells(memo));
        }
        w.flush();
    }

    private static Writer start(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        return w;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write('"');
            w.write(neutralised(cells.get(i)).replace("\"", "\"\""));
            w.write('"');
        }
        w.write("\r\n");
    }

    /** A cell a spreadsheet would run as a formula, shown as text instead. */
    static String neutralised(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return "=+-@\t\r'".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
