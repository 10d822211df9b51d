package org.scholion.corpus;

import java.util.Arrays;

/**
 * The result of one normalisation step: the new text and how positions in the old text map into
 * it. Steps never lose track of positions, so the page map (and anything else anchored in the
 * extracted text) stays right however much a step rewrites.
 *
 * <p>Positions here are UTF-16 indices; the conversion to code points happens once, at the end,
 * through {@code source.TextOffsets}.
 */
record Edited(String text, int[] oldStarts, int[] oldEnds, int[] newStarts, int[] newEnds) {

    static Edited unchanged(String text) {
        return new Edited(text, new int[0], new int[0], new int[0], new int[0]);
    }

    boolean changed() {
        return oldStarts.length > 0;
    }

    /**
     * Where an old position lands. A position inside a replaced stretch lands after the
     * replacement: a page that began in text that was removed begins where the kept text resumes.
     */
    int map(int oldPosition) {
        int i = Arrays.binarySearch(oldStarts, oldPosition);
        int edit = i >= 0 ? i : -i - 2; // last edit starting at or before the position
        if (edit < 0) {
            return oldPosition;
        }
        if (oldPosition == oldStarts[edit]) {
            return newStarts[edit];
        }
        if (oldPosition < oldEnds[edit]) {
            return newEnds[edit];
        }
        return newEnds[edit] + (oldPosition - oldEnds[edit]);
    }

    int[] map(int[] oldPositions) {
        int[] mapped = new int[oldPositions.length];
        for (int i = 0; i < oldPositions.length; i++) {
            mapped[i] = map(oldPositions[i]);
        }
        return mapped;
    }

    /** Builds an {@link Edited} from replacements given in ascending, non-overlapping order. */
    static final class Builder {
        private final String source;
        private final StringBuilder out;
        private int copiedUpTo;
        private int count;
        private int[] oldStarts = new int[16];
        private int[] oldEnds = new int[16];
        private int[] newStarts = new int[16];
        private int[] newEnds = new int[16];

        Builder(String source) {
            this.source = source;
            this.out = new StringBuilder(source.length());
        }

        /** Replaces {@code source[start, end)}; edits must come in ascending order and not overlap. */
        Builder replace(int start, int end, CharSequence replacement) {
            if (start < copiedUpTo || end < start) {
                throw new IllegalArgumentException("edit [" + start + ", " + end + ") overlaps an earlier one");
            }
            if (start == end && replacement.isEmpty()) {
                return this;
            }
            out.append(source, copiedUpTo, start);
            if (count == oldStarts.length) {
                oldStarts = Arrays.copyOf(oldStarts, count * 2);
                oldEnds = Arrays.copyOf(oldEnds, count * 2);
                newStarts = Arrays.copyOf(newStarts, count * 2);
                newEnds = Arrays.copyOf(newEnds, count * 2);
            }
            oldStarts[count] = start;
            oldEnds[count] = end;
            newStarts[count] = out.length();
            out.append(replacement);
            newEnds[count] = out.length();
            count++;
            copiedUpTo = end;
            return this;
        }

        Builder delete(int start, int end) {
            return replace(start, end, "");
        }

        Edited build() {
            if (count == 0) {
                return unchanged(source);
            }
            out.append(source, copiedUpTo, source.length());
            return new Edited(out.toString(), Arrays.copyOf(oldStarts, count), Arrays.copyOf(oldEnds, count),
                    Arrays.copyOf(newStarts, count), Arrays.copyOf(newEnds, count));
        }
    }
}
