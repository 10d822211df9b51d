package org.scholion.export;

import java.util.List;

/**
 * What an export writes: the project's name, the excerpts selected in their order, the codebook
 * (for the appendix and the headings of the code hierarchy), the sources the excerpts cite (for a
 * bibliography), in the order they are first cited, and the order the excerpts were put in (so a
 * writer knows whether to head its sections by code or by source), and the project, source and
 * code memos asked for (in that order; coding memos travel with their excerpts).
 */
public record ExportContent(String projectName, List<Excerpt> excerpts, List<CodebookEntry> codebook,
                            List<CitedSource> sources, ExcerptOrder order, List<ExportedMemo> memos) {

    public ExportContent {
        excerpts = List.copyOf(excerpts);
        codebook = List.copyOf(codebook);
        sources = sources == null ? List.of() : List.copyOf(sources);
        order = order == null ? ExcerptOrder.CODE_THEN_SOURCE : order;
        memos = memos == null ? List.of() : List.copyOf(memos);
    }

    /** Content without memos other than the coding memos. */
    public ExportContent(String projectName, List<Excerpt> excerpts, List<CodebookEntry> codebook,
                         List<CitedSource> sources, ExcerptOrder order) {
        this(projectName, excerpts, codebook, sources, order, List.of());
    }

    /** Content ordered by code, without bibliography data (a bibliography written from it is empty). */
    public ExportContent(String projectName, List<Excerpt> excerpts, List<CodebookEntry> codebook) {
        this(projectName, excerpts, codebook, List.of(), ExcerptOrder.CODE_THEN_SOURCE);
    }

    /** Content ordered by code. */
    public ExportContent(String projectName, List<Excerpt> excerpts, List<CodebookEntry> codebook,
                         List<CitedSource> sources) {
        this(projectName, excerpts, codebook, sources, ExcerptOrder.CODE_THEN_SOURCE);
    }

    /** The codebook alone, as {@code export-codebook} writes it. */
    public static ExportContent codebookOnly(String projectName, List<CodebookEntry> codebook) {
        return new ExportContent(projectName, List.of(), codebook);
    }
}
