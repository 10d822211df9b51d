package org.scholion.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the coders' decisions are compared on. */
public enum AgreementUnit {
    /** Each sentence: did the coder apply the code anywhere in it? */
    SENTENCE,
    /** Each paragraph: did the coder apply the code anywhere in it? */
    PARAGRAPH,
    /** Each character along the text: agreement on the segments themselves (unitized alpha). */
    CHARACTER;

    /** The lower-case word used on the command line and in JSON. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AgreementUnit fromWord(String word) {
        for (AgreementUnit unit : values()) {
            if (unit.word().equalsIgnoreCase(word.strip())) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown unit '" + word + "' (expected one of "
                + Arrays.stream(values()).map(AgreementUnit::word).collect(Collectors.joining(", ")) + ")");
    }
}
