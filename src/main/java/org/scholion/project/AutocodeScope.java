package org.scholion.project;

import java.util.Locale;

/** How much text around a search match an auto-coding codes. */
public enum AutocodeScope {
    /** Just the matched word or phrase. */
    MATCH,
    /** The sentence the match is in. */
    SENTENCE,
    /** The paragraph the match is in. */
    PARAGRAPH;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
