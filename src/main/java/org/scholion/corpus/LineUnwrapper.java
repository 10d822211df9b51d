package org.scholion.corpus;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Undoes the hard wrapping of PDF text: the lines of a paragraph become one line (joined with one
 * space), paragraphs are separated by one blank line.
 *
 * <p>Where paragraphs end:
 * <ul>
 * <li>Single-spaced text (the usual case): at blank lines.</li>
 * <li>Double-spaced typescripts (most lines followed by exactly one blank line, as in the thesis):
 *     a single blank line is only line spacing; a paragraph ends at two or more blank lines, or
 *     where a line is clearly short (under 70% of the text's usual full line, the 90th
 *     percentile of line lengths), the mark of a paragraph's last line or of a heading.</li>
 * <li>Either way, a break is no paragraph end when the line before it does not end a sentence and
 *     the next one starts in lower case: the paragraph runs on across a page or column break.</li>
 * <li>Footnotes interleaved with the text (PDF extraction puts them where the page ends) start
 *     after a rule drawn in blanks, or in single-spaced text at a numbered line after a blank
 *     line; each numbered note keeps its own line, and the block ends at the next indented line,
 *     where the extraction resumes the page's text. The footnotes then stand as their own
 *     paragraph instead of running into the sentence they interrupt.</li>
 * </ul>
 * A line starting with a bullet or a list number keeps its own line.
 */
final class LineUnwrapper {

    private static final Pattern FOOTNOTE = Pattern.compile("^\\d{1,3}\\s+\\S.*");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[•▪◦·*–-]\\s|\\(?\\d{1,2}[.)]\\s|\\(?[a-z][.)]\\s).*");

    private LineUnwrapper() {
    }

    static Edited unwrap(String text) {
        List<Lines.Line> lines = Lines.of(text);
        boolean doubleSpaced = isDoubleSpaced(lines);
        int fullLine = fullLineLength(lines);

        Edited.Builder edit = new Edited.Builder(text);
        int previous = -1;
        boolean inFootnotes = false;
        for (int i = 0; i < lines.size(); i++) {
            Lines.Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            if (previous >= 0) {
                Lines.Line before = lines.get(previous);
                int blanks = i - previous - 1;
                String trimmed = line.trimmed();
                String separator;
                if (footnotesStart(lines, previous, i, doubleSpaced)) {
                    inFootnotes = true;
                    separator = "\n\n";
                } else if (inFootnotes && line.contentStart() > line.start()) {
                    inFootnotes = false; // the page's text resumes, indented by the extraction
                    separator = "\n\n";
                } else if (inFootnotes && FOOTNOTE.matcher(trimmed).matches()) {
                    separator = "\n";
                } else if (paragraphEnds(before, blanks, doubleSpaced, fullLine) && !runsOn(before, line)) {
                    separator = "\n\n";
                } else if (before.trimmed().endsWith("/") && before.trimmed().contains("://")) {
                    separator = ""; // a web address broken after a slash
                } else {
                    separator = LIST_ITEM.matcher(trimmed).matches() ? "\n" : " ";
                }
                edit.replace(before.contentEnd(), line.contentStart(), separator);
            }
            previous = i;
        }
        return edit.build();
    }

    /**
     * Footnotes interleaved with the text start after a rule drawn in blanks (a whitespace-only
     * line of ten or more blanks), or, in single-spaced text, at a numbered line after a blank line.
     */
    private static boolean footnotesStart(List<Lines.Line> lines, int previous, int current, boolean doubleSpaced) {
        for (int k = previous + 1; k < current; k++) {
            if (lines.get(k).content().length() >= 10) {
                return true;
            }
        }
        return !doubleSpaced && current - previous > 1 && FOOTNOTE.matcher(lines.get(current).content()).matches();
    }

    /** A sentence cut by a page or column break: no closing punctuation before, lower case after. */
    private static boolean runsOn(Lines.Line before, Lines.Line line) {
        return !Lines.endsSentence(before.trimmed()) && Character.isLowerCase(line.trimmed().codePointAt(0));
    }

    private static boolean paragraphEnds(Lines.Line before, int blanks, boolean doubleSpaced, int fullLine) {
        if (!doubleSpaced) {
            return blanks > 0;
        }
        if (blanks >= 2) {
            return true;
        }
        return blanks == 1 && before.trimmed().length() < fullLine * 0.7;
    }

    /** Most non-blank lines are followed by exactly one blank line and then text. */
    static boolean isDoubleSpaced(List<Lines.Line> lines) {
        int nonBlank = 0;
        int spaced = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).blank()) {
                continue;
            }
            nonBlank++;
            if (i + 2 < lines.size() && lines.get(i + 1).blank() && !lines.get(i + 2).blank()) {
                spaced++;
            }
        }
        return nonBlank >= 10 && spaced >= nonBlank * 0.5;
    }

    /** The length of a full line: the 90th percentile of non-blank line lengths. */
    static int fullLineLength(List<Lines.Line> lines) {
        int[] lengths = lines.stream().filter(l -> !l.blank()).mapToInt(l -> l.trimmed().length()).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[(int) Math.floor((lengths.length - 1) * 0.9)];
    }
}
