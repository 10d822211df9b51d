package org.scholion.project;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import org.scholion.source.SourceMetadata;

/**
 * Citation keys as BibTeX users know them ("kuzio2021"): the first author's surname and the year,
 * or the title's first word when no author is known; a, b, c... added when taken.
 */
final class CitationKeys {

    private CitationKeys() {
    }

    /** A key for the source; {@code taken} says whether the project already uses a key. */
    static String unique(SourceMetadata metadata, Predicate<String> taken) {
        if (metadata.citationKey() != null) {
            if (taken.test(metadata.citationKey())) {
                throw new IllegalArgumentException("citation key '" + metadata.citationKey() + "' is already used by another source");
            }
            return metadata.citationKey();
        }
        String base = stem(metadata) + (metadata.date() == null ? "" : Integer.toString(metadata.date().year()));
        String key = base;
        for (char suffix = 'a'; taken.test(key); suffix++) {
            key = base + suffix;
        }
        return key;
    }

    private static String stem(SourceMetadata metadata) {
        String from = metadata.authors().isEmpty() ? metadata.title() : surname(metadata.authors().getFirst());
        String ascii = Normalizer.normalize(from, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        for (String word : ascii.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2 || !metadata.authors().isEmpty()) {
                if (!word.isEmpty()) {
                    return word.toLowerCase(Locale.ROOT);
                }
            }
        }
        return "source";
    }

    private static String surname(String author) {
        String name = author.strip();
        if (name.contains(",")) {
            return name.substring(0, name.indexOf(',')).strip();
        }
        String[] parts = name.split("\\s+");
        return parts[parts.length - 1];
    }
}
