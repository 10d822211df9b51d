package org.scholion.exchange;

/**
 * Makes text writable as XML 1.0 and UTF-8, and counts what it had to change. XML 1.0 cannot carry
 * control characters other than tab, line feed and carriage return, unpaired surrogates, U+FFFE
 * and U+FFFF, not even as character references; UTF-8 cannot encode an unpaired surrogate. Each
 * such code point is replaced by U+FFFD, one code point for one, so that every position counted in
 * code points stays where it was (Scholion's own import replaces them the same way).
 */
final class XmlSafeText {

    static final int REPLACEMENT = 0xFFFD;

    private int replaced;

    /** {@code text} with every code point XML 1.0 cannot carry replaced by U+FFFD; null stays null. */
    String clean(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (isXmlChar(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.appendCodePoint(REPLACEMENT);
                replaced++;
            }
        });
        return out.toString();
    }

    /** How many code points {@link #clean} replaced so far. */
    int replaced() {
        return replaced;
    }

    /** Counts a change made elsewhere for the same reason (e.g. a leading U+FEFF in a source file). */
    void countReplacement() {
        replaced++;
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0xD800) {
                return false; // a surrogate or something at the top of the BMP: look closer
            }
        }
        return true;
    }

    /** The Char production of XML 1.0 (fifth edition), section 2.2. */
    static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
