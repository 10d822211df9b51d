package org.scholion.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into lines, each with its UTF-16 start and end (end excludes the newline). Most
 * normalisation decisions (page furniture, hard wrapping, boilerplate) are made line by line.
 */
final class Lines {

    record Line(int start, int end, String content) {
        /** The line without surrounding blanks. */
        String trimmed() {
            return content.strip();
        }

        boolean blank() {
            return content.isBlank();
        }

        /** Where the line's visible text starts and ends, ignoring surrounding spaces and tabs. */
        int contentStart() {
            int i = 0;
            while (i < content.length() && (content.charAt(i) == ' ' || content.charAt(i) == '\t')) {
                i++;
            }
            return start + i;
        }

        int contentEnd() {
            int i = content.length();
            while (i > 0 && Character.isWhitespace(content.charAt(i - 1))) {
                i--;
            }
            return start + i;
        }

        /** Start of the next line (just past the newline), or the text's end. */
        int nextStart(String text) {
            return end < text.length() ? end + 1 : end;
        }
    }

    private Lines() {
    }

    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            lines.add(new Line(start, end, text.substring(start, end)));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    /** Ends with sentence-closing punctuation (possibly followed by a closing quote or bracket). */
    static boolean endsSentence(String trimmed) {
        int i = trimmed.length() - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(trimmed.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".?!:;…".indexOf(trimmed.charAt(i)) >= 0;
    }
}
