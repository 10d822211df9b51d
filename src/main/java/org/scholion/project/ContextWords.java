package org.scholion.project;

import org.scholion.source.Span;
import org.scholion.source.TextOffsets;

/** A few words of context around an excerpt: whole words, within its paragraph, whitespace tidied. */
final class ContextWords {

    private ContextWords() {
    }

    static String before(TextOffsets text, Span span, int words) {
        if (words == 0 || span.start() == 0) {
            return "";
        }
        String preceding = text.slice(new Span(Math.max(0, span.start() - 40 * words), span.start()));
        int paragraph = preceding.lastIndexOf("\n\n");
        String within = paragraph < 0 ? preceding : preceding.substring(paragraph + 2);
        String[] parts = within.strip().split("\\s+");
        int from = Math.max(0, parts.length - words);
        return within.isBlank() ? "" : String.join(" ", java.util.Arrays.copyOfRange(parts, from, parts.length));
    }

    static String after(TextOffsets text, Span span, int words) {
        if (words == 0 || span.end() >= text.codePointLength()) {
            return "";
        }
        String following = text.slice(new Span(span.end(), Math.min(text.codePointLength(), span.end() + 40 * words)));
        int paragraph = following.indexOf("\n\n");
        String within = paragraph < 0 ? following : following.substring(0, paragraph);
        String[] parts = within.strip().split("\\s+");
        return within.isBlank() ? "" : String.join(" ", java.util.Arrays.copyOf(parts, Math.min(words, parts.length)));
    }
}
