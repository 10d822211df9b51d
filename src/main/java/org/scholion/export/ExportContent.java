package org.scholion.export;

import java.util.List;

/**
 * What an export writes: the project's name, the excerpts selected in their order, and the
 * codebook (for the appendix and the headings of the code hierarchy).
 */
public record ExportContent(String projectName, List<Excerpt> excerpts, List<CodebookEntry> codebook) {

    public ExportContent {
        excerpts = List.copyOf(excerpts);
        codebook = List.copyOf(codebook);
    }
}
