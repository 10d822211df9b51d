package org.scholion.ui.viewer;

import java.util.Arrays;
import org.scholion.source.TextOffsets;

/**
 * Where the paragraphs of a text start, in code points: the text area shows one paragraph per line
 * break, so the margin is drawn paragraph by paragraph.
 */
public final class Paragraphs {

    private final int[] starts;
    private final int length;

    private Paragraphs(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    static Paragraphs of(TextOffsets text) {
        String s = text.text();
        int[] found = new int[64];
        int count = 0;
        found[count++] = 0;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = text.toCodePoint(i + 1);
        }
        return new Paragraphs(Arrays.copyOf(found, count), text.codePointLength());
    }

    public int count() {
        return starts.length;
    }

    /** The code-point offset where a paragraph starts. */
    public int start(int paragraph) {
        return starts[paragraph];
    }

    /** Where a paragraph ends: the start of the next one (after the line break), or the text's end. */
    public int end(int paragraph) {
        return paragraph + 1 < starts.length ? starts[paragraph + 1] : length;
    }

    /** The paragraph that holds a code-point offset. */
    public int of(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
