package org.scholion.corpus;

import java.util.List;
import org.scholion.source.PageMap;

/**
 * A file made into text.
 *
 * @param text the normalised text Scholion stores
 * @param pages where each page starts in {@code text} (code points); empty for unpaged formats
 * @param mediaType the format Tika detected, e.g. "application/pdf"
 * @param sha256 lower-case hex SHA-256 of the file's bytes, so a caller can skip a file it already has
 * @param bytes the file's size
 * @param appliedSteps the ids of the normalisation steps that ran, in order ({@link NormalisationStep#id()})
 */
public record ExtractedDocument(
        String text,
        PageMap pages,
        ExtractedMetadata metadata,
        String mediaType,
        String sha256,
        long bytes,
        List<String> appliedSteps) {

    public ExtractedDocument {
        appliedSteps = List.copyOf(appliedSteps);
    }
}
