package org.scholion.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The thesis export: a Word document with a title, a heading for each level of the code
 * hierarchy (or each source, when excerpts are ordered by source), each excerpt as an indented
 * block quote (no quotation marks, as style guides ask for block quotes) followed by its citation, "(Kuzio 2021, p. 3)", or with the citation in a real footnote;
 * the context words in grey around the quote, the coding's memo in italics, and the codebook as a
 * table in an appendix. {@link #writeCodebook} writes the codebook table alone.
 */
public final class DocxWriter implements ExcerptWriter {

    static final String APPENDIX_HEADING = "Appendix: Codebook";
    static final String MEMOS_HEADING = "Memos";

    @Override
    public void write(ExportContent content, ExportOptions options, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxStyles.define(document);
            paragraph(document, DocxStyles.TITLE, content.projectName() + ": coded excerpts");
            paragraph(document, "Normal", summary(content.excerpts()));
            DocxFootnotes footnotes = options.citationStyle() == CitationStyle.FOOTNOTE && !content.excerpts().isEmpty()
                    ? new DocxFootnotes(document) : null;
            boolean bySource = content.order() == ExcerptOrder.SOURCE;
            Excerpt previous = null;
            for (Excerpt excerpt : content.excerpts()) {
                for (Headings.Heading heading : Headings.opened(previous, excerpt, content.order())) {
                    paragraph(document, DocxStyles.heading(heading.level()), heading.text());
                }
                excerpt(document, footnotes, excerpt, options, bySource);
                previous = excerpt;
            }
            memos(document, content.memos());
            if (options.codebookAppendix()) {
                DocxPage.endPortraitSection(document.createParagraph());
                paragraph(document, DocxStyles.heading(1), APPENDIX_HEADING);
                DocxCodebookTable.add(document, content.codebook());
            }
            DocxPage.lastSection(document, options.codebookAppendix());
            document.write(out);
        }
    }

    @Override
    public void writeCodebook(ExportContent content, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxStyles.define(document);
            paragraph(document, DocxStyles.TITLE, content.projectName() + ": codebook");
            DocxCodebookTable.add(document, content.codebook());
            DocxPage.lastSection(document, true);
            document.write(out);
        }
    }

    private static void memos(XWPFDocument document, List<ExportedMemo> memos) {
        if (memos.isEmpty()) {
            return;
        }
        paragraph(document, DocxStyles.heading(1), MEMOS_HEADING);
        for (ExportedMemo memo : memos) {
            paragraph(document, DocxStyles.heading(2), memo.heading());
            for (String line : memo.text().strip().split("\\R")) {
                paragraph(document, "Normal", line);
            }
            paragraph(document, DocxStyles.LABEL, ExportedMemos.byline(memo));
        }
    }

    private static void excerpt(XWPFDocument document, DocxFootnotes footnotes, Excerpt excerpt, ExportOptions options,
                                boolean bySource) {
        if (bySource) {
            paragraph(document, DocxStyles.LABEL, excerpt.codePath());
        }
        XWPFParagraph quote = document.createParagraph();
        quote.setStyle(DocxStyles.EXCERPT);
        if (options.context() && !excerpt.before().isEmpty()) {
            styled(quote, "\u2026" + excerpt.before() + " ", DocxStyles.CONTEXT);
        }
        text(quote.createRun(), excerpt.text());
        if (options.context() && !excerpt.after().isEmpty()) {
            styled(quote, " " + excerpt.after() + "\u2026", DocxStyles.CONTEXT);
        }
        String citation = excerpt.citation().inline(excerpt.pages());
        if (options.citationStyle() == CitationStyle.FOOTNOTE) {
            XWPFFootnote footnote = footnotes.next();
            XWPFParagraph note = footnote.createParagraph();
            note.setStyle(DocxStyles.FOOTNOTE_TEXT);
            text(note.createRun(), " " + footnoteText(excerpt, citation));
            quote.addFootnoteReference(footnote);
        } else {
            styled(quote, " " + citation, DocxStyles.CITATION);
        }
        if (options.memos() && !excerpt.memo().isBlank()) {
            paragraph(document, DocxStyles.MEMO, "Memo: " + excerpt.memo());
        }
    }

    /** "Kuzio 2021, p. 3." — the inline citation without its brackets, as a note is written ("n.d." takes no second stop). */
    static String footnoteText(Excerpt excerpt, String inline) {
        String note = inline.substring(1, inline.length() - 1);
        return note.endsWith(".") ? note : note + ".";
    }

    private static String summary(List<Excerpt> excerpts) {
        long sources = excerpts.stream().map(Excerpt::source).distinct().count();
        return String.format(Locale.ROOT, "%d excerpt%s from %d source%s.", excerpts.size(),
                excerpts.size() == 1 ? "" : "s", sources, sources == 1 ? "" : "s");
    }

    static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        text(paragraph.createRun(), text);
        return paragraph;
    }

    private static void styled(XWPFParagraph paragraph, String text, String style) {
        XWPFRun run = paragraph.createRun();
        run.setStyle(style);
        text(run, text);
    }

    /** Line breaks in the stored text become Word line breaks, so a quoted passage keeps its lines. */
    static void text(XWPFRun run, String text) {
        String[] lines = OfficeText.clean(text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}
