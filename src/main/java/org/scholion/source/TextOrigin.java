package org.scholion.source;

import java.util.Locale;

/**
 * Where a plain text came from before it reached Scholion, when that is known: text extracted from
 * a PDF carries page furniture and hyphenated line ends, text copied from the web carries navigation
 * and cookie notices, and import cleans each accordingly.
 */
public enum TextOrigin {
    PDF, WEB;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TextOrigin fromWord(String word) {
        for (TextOrigin origin : values()) {
            if (origin.word().equalsIgnoreCase(word.strip())) {
                return origin;
            }
        }
        throw new IllegalArgumentException("unknown origin '" + word + "' (expected pdf or web)");
    }
}
