package org.scholion.corpus;

import java.util.List;

/**
 * The last step: no blanks at the start or end of a line or of the text, and no more than one
 * blank line in a row, so that a paragraph break is always exactly "\n\n" and a line break "\n".
 */
final class TidyWhitespace {

    private TidyWhitespace() {
    }

    static Edited tidy(String text) {
        List<Lines.Line> lines = Lines.of(text);
        Edited.Builder edit = new Edited.Builder(text);
        Lines.Line previous = null;
        int blanks = 0;
        for (Lines.Line line : lines) {
            if (line.blank()) {
                blanks++;
                continue;
            }
            if (previous == null) {
                edit.delete(0, line.contentStart());
            } else {
                String separator = blanks == 0 ? "\n" : "\n\n";
                if (!text.substring(previous.contentEnd(), line.contentStart()).equals(separator)) {
                    edit.replace(previous.contentEnd(), line.contentStart(), separator);
                }
            }
            previous = line;
            blanks = 0;
        }
        if (previous == null) {
            edit.delete(0, text.length());
        } else {
            edit.delete(previous.contentEnd(), text.length());
        }
        return edit.build();
    }
}
