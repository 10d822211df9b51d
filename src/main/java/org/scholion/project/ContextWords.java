package org.scholion.project;

import java.util.Arrays;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;

/**
 * A few words of context around an excerpt: whole words, within its paragraph, whitespace tidied.
 * Only a window of the text is read (generous for long words), so a huge source costs no more than
 * a short one; a word cut by the window's edge is dropped rather than shown in part.
 */
final class ContextWords {

    /** Code points read per word asked for: far more than any word in the corpus. */
    private static final int WINDOW_PER_WORD = 40;

    private ContextWords() {
    }

    static String before(TextOffsets text, Span span, int words) {
        if (words == 0 || span.start() == 0) {
            return "";
        }
        int from = (int) Math.max(0, span.start() - (long) WINDOW_PER_WORD * words);
        String preceding = text.slice(new Span(from, span.start()));
        if (from > 0) {
            preceding = dropLeadingPartialWord(preceding);
        }
        int paragraph = preceding.lastIndexOf("\n\n");
        String within = paragraph < 0 ? preceding : preceding.substring(paragraph + 2);
        if (within.isBlank()) {
            return "";
        }
        String[] parts = within.strip().split("\\s+");
        return String.join(" ", Arrays.copyOfRange(parts, Math.max(0, parts.length - words), parts.length));
    }

    static String after(TextOffsets text, Span span, int words) {
        if (words == 0 || span.end() >= text.codePointLength()) {
            return "";
        }
        int to = (int) Math.min(text.codePointLength(), span.end() + (long) WINDOW_PER_WORD * words);
        String following = text.slice(new Span(span.end(), to));
        if (to < text.codePointLength()) {
            following = dropTrailingPartialWord(following);
        }
        int paragraph = following.indexOf("\n\n");
        String within = paragraph < 0 ? following : following.substring(0, paragraph);
        if (within.isBlank()) {
            return "";
        }
        String[] parts = within.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(parts, Math.min(words, parts.length)));
    }

    private static String dropLeadingPartialWord(String window) {
        for (int i = 0; i < window.length(); i++) {
            if (Character.isWhitespace(window.charAt(i))) {
                return window.substring(i);
            }
        }
        return "";
    }

    private static String dropTrailingPartialWord(String window) {
        for (int i = window.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(window.charAt(i))) {
                return window.substring(0, i);
            }
        }
        return "";
    }
}
