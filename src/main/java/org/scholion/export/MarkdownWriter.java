package org.scholion.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Pandoc Markdown (UTF-8): headings by code hierarchy (or by source), each excerpt a block quote
 * followed by its Pandoc citation ("[@kuzio2021, p. 3]") or, in footnote style, a footnote holding
 * it; the codebook appendix as a pipe table. The text of excerpts is escaped so that Markdown
 * reads it literally; the cited sources go in a separate bibliography ({@link BibtexWriter}).
 */
public final class MarkdownWriter implements ExcerptWriter {

    @Override
    public void write(ExportContent content, ExportOptions options, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("---\ntitle: \"" + content.projectName().replace("\\", "\\\\").replace("\"", "\\\"")
                + ": coded excerpts\"\n---\n\n");
        List<String> notes = new ArrayList<>();
        Excerpt previous = null;
        for (Excerpt excerpt : content.excerpts()) {
            for (Headings.Heading h : Headings.opened(previous, excerpt, content.order())) {
                w.write("#".repeat(Math.min(6, h.level())) + " " + MarkdownText.escape(h.text()) + "\n\n");
            }
            writeExcerpt(w, excerpt, content.order(), options, notes);
            previous = excerpt;
        }
        writeMemos(w, content.memos());
        if (options.codebookAppendix() && !content.codebook().isEmpty()) {
            w.write("# Appendix: codebook\n\n");
            writeCodebookTable(w, content.codebook());
        }
        for (int i = 0; i < notes.size(); i++) {
            w.write("[^" + (i + 1) + "]: " + notes.get(i) + "\n");
        }
        w.flush();
    }

    @Override
    public void writeCodebook(ExportContent content, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# Codebook: " + MarkdownText.escape(content.projectName()) + "\n\n");
        writeCodebookTable(w, content.codebook());
        w.flush();
    }

    private static void writeExcerpt(Writer w, Excerpt excerpt, ExcerptOrder order, ExportOptions options,
                                     List<String> notes) throws IOException {
        if (order == ExcerptOrder.SOURCE) {
            w.write("**" + MarkdownText.escape(excerpt.codePath()) + "**\n\n");
        }
        w.write(MarkdownText.blockQuote(excerpt.text()));
        String citation = excerpt.citation().pandoc(excerpt.pages());
        if (options.citationStyle() == CitationStyle.FOOTNOTE) {
            notes.add(citation + ".");
            w.write(">\n> [^" + notes.size() + "]\n\n");
        } else {
            w.write(">\n> " + citation + "\n\n");
        }
        if (options.context() && !(excerpt.before().isEmpty() && excerpt.after().isEmpty())) {
            w.write("*Context:* \u2026" + MarkdownText.escape(excerpt.before()) + " **[excerpt]** "
                    + MarkdownText.escape(excerpt.after()) + "\u2026\n\n");
        }
        if (options.memos() && !excerpt.memo().isBlank()) {
            w.write("*Memo (" + MarkdownText.escape(excerpt.coder()) + "):* "
                    + MarkdownText.escape(excerpt.memo().replaceAll("\\s+", " ").strip()) + "\n\n");
        }
    }

    private static void writeMemos(Writer w, List<ExportedMemo> memos) throws IOException {
        if (memos.isEmpty()) {
            return;
        }
        w.write("# Memos\n\n");
        for (ExportedMemo memo : memos) {
            w.write("## " + MarkdownText.escape(memo.heading()) + "\n\n");
            for (String paragraph : memo.text().strip().split("\\R\\s*\\R")) {
                w.write(MarkdownText.escape(paragraph.strip()) + "\n\n");
            }
            w.write("*" + MarkdownText.escape(ExportedMemos.byline(memo)) + "*\n\n");
        }
    }

    private static void writeCodebookTable(Writer w, List<CodebookEntry> codebook) throws IOException {
        w.write("| Code | Definition | When to use | When not to use | Example | Segments | Sources |\n");
        w.write("|---|---|---|---|---|--:|--:|\n");
        for (CodebookEntry e : codebook) {
            w.write("| " + String.join(" | ", MarkdownText.cell(e.path()), MarkdownText.cell(e.definition()),
                    MarkdownText.cell(e.whenToUse()), MarkdownText.cell(e.whenNotToUse()), MarkdownText.cell(e.example()),
                    Integer.toString(e.segments()), Integer.toString(e.sources())) + " |\n");
        }
        w.write("\n");
    }
}
