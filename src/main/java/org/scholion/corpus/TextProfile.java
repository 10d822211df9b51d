package org.scholion.corpus;

import java.util.List;

/**
 * What kind of plain text this is, when the file does not say: text extracted from a PDF (hard
 * wrapped), text saved from a web page, or just text. It picks the default normalisation steps.
 *
 * <p>A text is <em>hard wrapped</em> when it has at least 10 non-blank lines, its usual line is
 * a line of print (the median length is between 30 and 130 characters: typeset and typed
 * lines; a web page saved as text has one line per paragraph, hundreds of characters long), and
 * most lines look cut by a margin rather than ended by the writer: at least half of them end
 * mid-sentence (no closing punctuation), and at least 60% are at least 60% as long as a full line
 * (the 90th percentile of lengths). Verse and lists fail the last test; prose with a paragraph
 * per line fails the second.
 */
final class TextProfile {

    private TextProfile() {
    }

    static boolean isHardWrapped(String text) {
        List<Lines.Line> lines = Lines.of(text).stream().filter(l -> !l.blank()).toList();
        if (lines.size() < 10) {
            return false;
        }
        int[] lengths = lines.stream().mapToInt(l -> l.trimmed().length()).sorted().toArray();
        int median = lengths[lengths.length / 2];
        int full = lengths[(int) Math.floor((lengths.length - 1) * 0.9)];
        if (median < 30 || median > 130) {
            return false;
        }
        long midSentence = lines.stream().filter(l -> !Lines.endsSentence(l.trimmed())).count();
        long nearlyFull = lines.stream().filter(l -> l.trimmed().length() >= full * 0.6).count();
        return midSentence >= lines.size() * 0.5 && nearlyFull >= lines.size() * 0.6;
    }

}
