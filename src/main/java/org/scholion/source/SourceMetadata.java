package org.scholion.source;

import java.util.List;

/** What is known about a source, apart from its text: the parts a citation is made of. */
public record SourceMetadata(
        String title,
        SourceType type,
        List<String> authors,
        PartialDate date,
        String language,
        String citationKey,
        String publication) {

    public SourceMetadata {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a source needs a title");
        }
        if (type == null) {
            throw new IllegalArgumentException("a source needs a type");
        }
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public static SourceMetadata titled(String title, SourceType type) {
        return new SourceMetadata(title, type, List.of(), null, null, null, null);
    }

    public SourceMetadata withCitationKey(String key) {
        return new SourceMetadata(title, type, authors, date, language, key, publication);
    }
}
