package org.scholion.export;

/**
 * Text made literal for Pandoc Markdown: every character Markdown could read as markup is
 * backslash-escaped (Pandoc accepts a backslash before any ASCII punctuation), so a quote shows
 * exactly what the source says and can be read back by removing the escapes.
 */
final class MarkdownText {

    /** Markup anywhere in a line. */
    private static final String SPECIAL = "\\`*_{}[]<>#|@~^$";
    /** Markup at the start of a line: lists, rules, setext headings. */
    private static final String LINE_START = "-+=";

    private MarkdownText() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        boolean digitsOnly = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            boolean listNumber = (c == '.' || c == ')') && digitsOnly;
            boolean dashes = c == '-' && next == '-';
            boolean image = c == '!' && next == '[';
            if (SPECIAL.indexOf(c) >= 0 || lineStart && LINE_START.indexOf(c) >= 0 || listNumber || dashes || image) {
                out.append('\\');
            }
            out.append(c);
            if (c == '\n') {
                lineStart = true;
                digitsOnly = false;
            } else if (!Character.isWhitespace(c)) {
                digitsOnly = Character.isDigit(c) && (lineStart || digitsOnly);
                lineStart = false;
            }
        }
        return out.toString();
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
