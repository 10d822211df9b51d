package org.scholion.index;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;

/** Keyword-in-context lines from matched passages, and their orders. */
final class Kwic {

    /** Primary strength: "Russia", "russia" and "Rüssia" sort together, as a reader expects. */
    private static final Collator COLLATOR = primaryCollator();
    private static final Comparator<KwicLine> READING =
            Comparator.<KwicLine>comparingLong(line -> line.source().value()).thenComparing(KwicLine::match);

    private Kwic() {
    }

    /**
     * One line per match, with up to {@code width} code points of the passage on either side. The
     * context ends at the passage (paragraph) boundary: what lies beyond is another paragraph.
     */
    static List<KwicLine> lines(List<MatchedPassage> passages, int width) {
        if (width < 0) {
            throw new IllegalArgumentException("a context width cannot be negative: " + width);
        }
        List<KwicLine> lines = new ArrayList<>();
        for (MatchedPassage matched : passages) {
            Passage passage = matched.passage();
            TextOffsets local = TextOffsets.of(passage.text());
            int base = passage.span().start();
            for (Span match : matched.matches()) {
                int start = match.start() - base;
                int end = match.end() - base;
                lines.add(new KwicLine(passage.source(), match, passage.pageAt(match.start()),
                        flat(local.slice(Math.max(0, start - width), start)),
                        flat(local.slice(start, end)),
                        flat(local.slice(end, Math.min(local.codePointLength(), end + width)))));
            }
        }
        return lines;
    }

    static List<KwicLine> sorted(List<KwicLine> lines, KwicSort sort) {
        List<KwicLine> sorted = new ArrayList<>(lines);
        sorted.sort(switch (sort) {
            case SOURCE -> READING;
            case POSITION -> Comparator.<KwicLine>comparingInt(line -> line.match().start()).thenComparing(READING);
            case LEFT -> Comparator.<KwicLine, List<String>>comparing(line -> reversed(words(line.left())), Kwic::byWords)
                    .thenComparing(READING);
            case RIGHT -> Comparator.<KwicLine, List<String>>comparing(line -> words(line.right()), Kwic::byWords)
                    .thenComparing(READING);
        });
        return sorted;
    }

    /** Newlines and tabs shown as spaces: one code point for one, so the width stays true. */
    private static String flat(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
    }

    private static List<String> reversed(List<String> words) {
        List<String> copy = new ArrayList<>(words);
        Collections.reverse(copy);
        return copy;
    }

    /** Word by word; a context that runs out first sorts first. */
    private static int byWords(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = COLLATOR.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static Collator primaryCollator() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        return collator;
    }
}
