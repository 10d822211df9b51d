package org.scholion.analysis;

import java.util.Locale;

/** When two codings co-occur. */
public enum CoOccurrenceScope {
    /** Their spans share at least one code point (touching spans, end exclusive, do not). */
    OVERLAP,
    /** Some paragraph of the source overlaps both of them. */
    PARAGRAPH;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CoOccurrenceScope fromWord(String word) {
        for (CoOccurrenceScope scope : values()) {
            if (scope.word().equalsIgnoreCase(word.strip())) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown co-occurrence scope '" + word + "' (expected overlap or paragraph)");
    }
}
