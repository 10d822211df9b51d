package org.scholion.corpus;

import java.util.List;
import org.scholion.source.PartialDate;

/**
 * What the file says about itself: title, authors, date and language, each null (or empty) when
 * the file does not say. A proposal for the source's metadata, which the researcher confirms.
 *
 * @param language ISO 639-1 code ("en", "ru"), detected from the text, else as the file declares it
 */
public record ExtractedMetadata(String title, List<String> authors, PartialDate date, String language) {

    public static final ExtractedMetadata NONE = new ExtractedMetadata(null, List.of(), null, null);

    public ExtractedMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
