package org.scholion.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of document a source is; drives citation style and filters. */
public enum SourceType {
    THESIS, ARTICLE, NEWS, INTERVIEW, OTHER;

    /** The lower-case word used in files, the store and the command line. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceType fromWord(String word) {
        for (SourceType type : values()) {
            if (type.word().equalsIgnoreCase(word.strip())) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown source type '" + word + "' (expected one of "
                + Arrays.stream(values()).map(SourceType::word).collect(Collectors.joining(", ")) + ")");
    }
}
