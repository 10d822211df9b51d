package org.scholion.ui.viewer;

import org.scholion.source.Span;
import org.scholion.source.TextOffsets;

/**
 * Widens a selection to whole words, as a coder means it: a drag that starts or ends inside a word
 * takes the whole word, and white space at either end is dropped. Punctuation selected on purpose
 * stays.
 */
final class WordSnap {

    private WordSnap() {
    }

    /** The snapped span, or the span unchanged if it holds nothing but white space. */
    static Span snap(TextOffsets text, Span span) {
        String s = text.text();
        int from = text.toCharIndex(span.start());
        int to = text.toCharIndex(span.end());
        while (from < to && Character.isWhitespace(s.codePointAt(from))) {
            from += Character.charCount(s.codePointAt(from));
        }
        while (to > from && Character.isWhitespace(s.codePointBefore(to))) {
            to -= Character.charCount(s.codePointBefore(to));
        }
        if (from == to) {
            return span;
        }
        while (from > 0 && inWord(s.codePointBefore(from)) && inWord(s.codePointAt(from))) {
            from -= Character.charCount(s.codePointBefore(from));
        }
        while (to < s.length() && inWord(s.codePointAt(to)) && inWord(s.codePointBefore(to))) {
            to += Character.charCount(s.codePointAt(to));
        }
        return text.toCodePoints(from, to);
    }

    private static boolean inWord(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK
                || codePoint == '\'' || codePoint == '\u2019' || codePoint == '-';
    }
}
