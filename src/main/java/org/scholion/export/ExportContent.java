package org.scholion.export;

import java.util.List;

/**
 * What an export writes: the project's name, the excerpts selected in their order, the codebook
 * (for the appendix and the headings of the code hierarchy), and the sources the excerpts cite
 * (for a bibliography), in the order they are first cited.
 */
public record ExportContent(String projectName, List<Excerpt> excerpts, List<CodebookEntry> codebook,
                            List<CitedSource> sources) {

    public ExportContent {
        excerpts = List.copyOf(excerpts);
        codebook = List.copyOf(codebook);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** Content without bibliography data (a bibliography written from it is empty). */
    public ExportContent(String projectName, List<Excerpt> excerpts, List<CodebookEntry> codebook) {
        this(projectName, excerpts, codebook, List.of());
    }
}
