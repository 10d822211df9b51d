package org.scholion.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One self-contained HTML page (UTF-8, styles inline, no scripts, nothing fetched): headings by code
 * hierarchy (or by source), each excerpt a block quote edged in its code's colour with its citation
 * after it or in a numbered note, and the codebook appendix as a table. Everything written is
 * escaped ({@link HtmlText}). Excerpt text keeps its line breaks ({@code white-space: pre-wrap}), so
 * an HTML reader gets it back exactly; each quote carries its coding, source and code-point span
 * in {@code data-} attributes.
 */
public final class HtmlWriter implements ExcerptWriter {

    private static final String STYLE = """
            body{font-family:Georgia,serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}
            blockquote.excerpt{margin:1em 0;padding:.2em 1em;border-left:.4em solid #888;background:#fafafa}
            blockquote .text,.memo-entry .text{white-space:pre-wrap;margin:.3em 0}
            .citation{color:#444}.code{font-family:sans-serif;font-size:.9em}
            .context,.memo{font-size:.9em;color:#555}
            table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ccc;padding:.3em;vertical-align:top}
            .swatch{display:inline-block;width:.8em;height:.8em;margin-right:.3em}
            """;

    @Override
    public void write(ExportContent content, ExportOptions options, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String title = content.projectName() + ": coded excerpts";
        start(w, title);
        List<String> notes = new ArrayList<>();
        Excerpt previous = null;
        for (Excerpt excerpt : content.excerpts()) {
            for (Headings.Heading h : Headings.opened(previous, excerpt, content.order())) {
                int level = Math.min(6, h.level() + 1);
                w.write("<h" + level + ">" + HtmlText.escape(h.text()) + "</h" + level + ">\n");
            }
            writeExcerpt(w, excerpt, options, notes);
            previous = excerpt;
        }
        writeMemos(w, content.memos());
        if (options.codebookAppendix() && !content.codebook().isEmpty()) {
            w.write("<h2 id=\"codebook\">Appendix: codebook</h2>\n");
            writeCodebookTable(w, content.codebook());
        }
        if (!notes.isEmpty()) {
            w.write("<hr>\n<ol class=\"notes\">\n");
            for (int i = 0; i < notes.size(); i++) {
                w.write("<li id=\"note" + (i + 1) + "\">" + HtmlText.escape(notes.get(i)) + "</li>\n");
            }
            w.write("</ol>\n");
        }
        w.write("</body>\n</html>\n");
        w.flush();
    }

    @Override
    public void writeCodebook(ExportContent content, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        start(w, "Codebook: " + content.projectName());
        writeCodebookTable(w, content.codebook());
        w.write("</body>\n</html>\n");
        w.flush();
    }

    private static void start(Writer w, String title) throws IOException {
        w.write("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + HtmlText.escape(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<h1>" + HtmlText.escape(title) + "</h1>\n");
    }

    private static void writeExcerpt(Writer w, Excerpt e, ExportOptions options, List<String> notes) throws IOException {
        String colour = HtmlText.colour(e.codeColor());
        w.write("<blockquote class=\"excerpt\" style=\"border-left-color:" + colour + "\" data-coding=\""
                + e.coding().value() + "\" data-source=\"" + e.source().value() + "\" data-start=\"" + e.span().start()
                + "\" data-end=\"" + e.span().end() + "\">\n");
        w.write("<p class=\"code\"><span class=\"swatch\" style=\"background:" + colour + "\"></span>"
                + HtmlText.escape(e.codePath()) + "</p>\n");
        w.write("<p class=\"text\">" + HtmlText.escape(e.text()) + "</p>\n");
        String citation = e.citation().inline(e.pages());
        if (options.citationStyle() == CitationStyle.FOOTNOTE) {
            notes.add(citation.substring(1, citation.length() - 1) + ".");
            int n = notes.size();
            w.write("<p class=\"citation\"><sup><a href=\"#note" + n + "\">" + n + "</a></sup></p>\n");
        } else {
            w.write("<p class=\"citation\">" + HtmlText.escape(citation) + "</p>\n");
        }
        if (options.context() && !(e.before().isEmpty() && e.after().isEmpty())) {
            w.write("<p class=\"context\">\u2026" + HtmlText.escape(e.before()) + " <b>[excerpt]</b> "
                    + HtmlText.escape(e.after()) + "\u2026</p>\n");
        }
        if (options.memos() && !e.memo().isBlank()) {
            w.write("<p class=\"memo\">Memo (" + HtmlText.escape(e.coder()) + "): " + HtmlText.escape(e.memo()) + "</p>\n");
        }
        w.write("</blockquote>\n");
    }

    private static void writeMemos(Writer w, List<ExportedMemo> memos) throws IOException {
        if (memos.isEmpty()) {
            return;
        }
        w.write("<h2 id=\"memos\">Memos</h2>\n");
        for (ExportedMemo memo : memos) {
            w.write("<section class=\"memo-entry\" data-kind=\"" + memo.kind().word() + "\">\n<h3>"
                    + HtmlText.escape(memo.heading()) + "</h3>\n<p class=\"text\">" + HtmlText.escape(memo.text())
                    + "</p>\n<p class=\"memo\">" + HtmlText.escape(ExportedMemos.byline(memo)) + "</p>\n</section>\n");
        }
    }

    private static void writeCodebookTable(Writer w, List<CodebookEntry> codebook) throws IOException {
        w.write("<table class=\"codebook\">\n<thead><tr><th>Code</th><th>Definition</th><th>When to use</th>"
                + "<th>When not to use</th><th>Example</th><th>Segments</th><th>Sources</th></tr></thead>\n<tbody>\n");
        for (CodebookEntry e : codebook) {
            w.write("<tr><td style=\"padding-left:" + (3 + 12 * e.depth()) / 10.0 + "em\"><span class=\"swatch\" style=\"background:"
                    + HtmlText.colour(e.color()) + "\"></span>" + HtmlText.escape(e.path()) + "</td><td>"
                    + HtmlText.escape(e.definition()) + "</td><td>" + HtmlText.escape(e.whenToUse()) + "</td><td>"
                    + HtmlText.escape(e.whenNotToUse()) + "</td><td>" + HtmlText.escape(e.example()) + "</td><td>"
                    + e.segments() + "</td><td>" + e.sources() + "</td></tr>\n");
        }
        w.write("</tbody>\n</table>\n");
    }
}
