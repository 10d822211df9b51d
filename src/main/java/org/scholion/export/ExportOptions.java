package org.scholion.export;

/**
 * How an export is written (what is selected is {@link ExcerptSelection}).
 *
 * @param citationStyle after each quote, or in footnotes
 * @param codebookAppendix whether the codebook table follows the excerpts
 * @param context whether the words before and after each excerpt ({@link Excerpt#before()},
 *                {@link Excerpt#after()}) are shown
 * @param memos whether coding memos are shown with their excerpts
 * @param bibliography the bibliography written beside a Markdown export
 */
public record ExportOptions(CitationStyle citationStyle, boolean codebookAppendix, boolean context, boolean memos,
                            BibliographyFormat bibliography) {

    /** Inline citations, the codebook appendix, context when the excerpts carry it, memos, BibTeX. */
    public static final ExportOptions DEFAULT = new ExportOptions(CitationStyle.INLINE, true, true, true);

    public ExportOptions {
        citationStyle = citationStyle == null ? CitationStyle.INLINE : citationStyle;
        bibliography = bibliography == null ? BibliographyFormat.BIBTEX : bibliography;
    }

    /** Options with a BibTeX bibliography. */
    public ExportOptions(CitationStyle citationStyle, boolean codebookAppendix, boolean context, boolean memos) {
        this(citationStyle, codebookAppendix, context, memos, BibliographyFormat.BIBTEX);
    }

    public ExportOptions withCitationStyle(CitationStyle style) {
        return new ExportOptions(style, codebookAppendix, context, memos, bibliography);
    }

    public ExportOptions withCodebookAppendix(boolean appendix) {
        return new ExportOptions(citationStyle, appendix, context, memos, bibliography);
    }

    public ExportOptions withBibliography(BibliographyFormat format) {
        return new ExportOptions(citationStyle, codebookAppendix, context, memos, format);
    }
}
