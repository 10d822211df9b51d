package org.scholion.export;

/**
 * Text as Office files can hold it. XML 1.0 cannot carry most control characters (a PDF's form
 * feed, a stray NUL), and a file with one opens in neither Word nor Excel; each becomes one space,
 * so every other character keeps its place. An Excel cell holds at most 32,767 characters.
 */
final class OfficeText {

    /** Excel's limit on the characters (UTF-16 units) in one cell. */
    static final int CELL_LIMIT = 32_767;
    static final String TRUNCATED = " […]";

    private OfficeText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    /** The text for one cell: cleaned, and cut with a visible mark (never mid-surrogate) when too long. */
    static String cell(String text) {
        String clean = clean(text);
        if (clean.length() <= CELL_LIMIT) {
            return clean;
        }
        int cut = CELL_LIMIT - TRUNCATED.length();
        if (Character.isHighSurrogate(clean.charAt(cut - 1))) {
            cut--;
        }
        return clean.substring(0, cut) + TRUNCATED;
    }
}
