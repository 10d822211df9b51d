package org.scholion.export;

/**
 * Text made literal for Pandoc Markdown: every character Markdown could read as markup is
 * backslash-escaped (Pandoc accepts a backslash before any ASCII punctuation), so a quote shows
 * exactly what the source says and can be read back by removing the escapes.
 */
final class MarkdownText {

    /** Markup anywhere in a line; "-", "+", "!" and "=" start lists, images and headings. */
    private static final String SPECIAL = "\\`*_{}[]<>#|@~^$-+!=";

    private MarkdownText() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean listNumber = (c == '.' || c == ')') && i > 0 && isDigits(text, i);
            if (SPECIAL.indexOf(c) >= 0 || listNumber) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** "12." at the start of a line would become a numbered list. */
    private static boolean isDigits(String text, int end) {
        int start = text.lastIndexOf('\n', end - 1) + 1;
        String prefix = text.substring(start, end).strip();
        return !prefix.isEmpty() && prefix.chars().allMatch(Character::isDigit);
    }

    /** The text as a block quote: each line behind "> ", paragraphs kept. */
    static String blockQuote(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append(line.isBlank() ? ">" : "> " + escape(line)).append('\n');
        }
        return out.toString();
    }

    /** A table cell: one line, pipes escaped. */
    static String cell(String text) {
        return escape(text == null ? "" : text.replaceAll("\\s+", " ").strip());
    }
}
