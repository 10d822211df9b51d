package org.scholion.index;

import java.util.Arrays;

/**
 * Character spans gathered in one passage, counted the way {@link MatchedPassage#merged} joins
 * them (overlapping spans are one). Kept as packed longs in one reused array: counting a broad
 * query reads hundreds of thousands of spans, and a small array per span was most of its time.
 */
final class OffsetSpans {

    private long[] packed = new long[16];
    private int size;

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** A span [start, end) of character offsets; empty or unknown ones (negative) are left out. */
    void add(int start, int end) {
        if (start < 0 || end <= start) {
            return;
        }
        if (size == packed.length) {
            packed = Arrays.copyOf(packed, size * 2);
        }
        // Start in the high half, end in the low: sorting the longs sorts by start, then end.
        packed[size++] = ((long) start << 32) | end;
    }

    /** How many spans remain once overlapping ones are joined. */
    int mergedCount() {
        if (size < 2) {
            return size;
        }
        Arrays.sort(packed, 0, size);
        int count = 1;
        int end = (int) packed[0];
        for (int i = 1; i < size; i++) {
            int start = (int) (packed[i] >>> 32);
            int spanEnd = (int) packed[i];
            if (start < end) {
                end = Math.max(end, spanEnd);
            } else {
                count++;
                end = spanEnd;
            }
        }
        return count;
    }
}
