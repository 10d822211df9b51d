package org.scholion.corpus;

import java.text.Normalizer;

/** The character-level steps: byte-order mark, line endings, control characters, NFC. */
final class CharacterSteps {

    private static final char BOM = '\uFEFF';
    private static final String REPLACEMENT = "\uFFFD";

    private CharacterSteps() {
    }

    static Edited removeBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? new Edited.Builder(text).delete(0, 1).build() : Edited.unchanged(text);
    }

    static Edited normaliseLineEndings(String text) {
        Edited.Builder edit = new Edited.Builder(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                boolean crlf = i + 1 < text.length() && text.charAt(i + 1) == '\n';
                edit.replace(i, crlf ? i + 2 : i + 1, "\n");
                if (crlf) {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                edit.replace(i, i + 1, "\n");
            }
        }
        return edit.build();
    }

    static Edited replaceControlCharacters(String text) {
        Edited.Builder edit = new Edited.Builder(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a proper pair
            } else if (Character.isSurrogate(c)) {
                edit.replace(i, i + 1, REPLACEMENT);
            } else if (c == '\f' || c == '\u000B') {
                edit.replace(i, i + 1, "\n");
            } else if (c != '\n' && c != '\t' && Character.getType(c) == Character.CONTROL) {
                edit.replace(i, i + 1, REPLACEMENT);
            }
        }
        return edit.build();
    }

    /**
     * NFC, done stretch by stretch so that positions stay exact: an ASCII character never combines
     * with what precedes it, so the text can be cut before any ASCII character, and only the
     * stretches holding non-ASCII characters (with the character before them, which may be their
     * base) are normalised and, where they change, replaced.
     */
    static Edited nfc(String text) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return Edited.unchanged(text);
        }
        Edited.Builder edit = new Edited.Builder(text);
        int i = 0;
        int lastEditEnd = 0;
        while (i < text.length()) {
            if (text.charAt(i) < 0x80) {
                i++;
                continue;
            }
            int start = Math.max(lastEditEnd, i - 1);
            int end = i;
            while (end < text.length() && text.charAt(end) >= 0x80) {
                end++;
            }
            String stretch = text.substring(start, end);
            String normalised = Normalizer.normalize(stretch, Normalizer.Form.NFC);
            if (!normalised.equals(stretch)) {
                edit.replace(start, end, normalised);
                lastEditEnd = end;
            }
            i = end;
        }
        return edit.build();
    }
}
