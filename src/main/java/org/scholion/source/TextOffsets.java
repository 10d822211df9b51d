package org.scholion.source;

import java.util.Arrays;

/**
 * The one place where code-point offsets (what Scholion stores) meet Java's UTF-16 string indices.
 *
 * <p>An instance precomputes where the supplementary characters (those stored as surrogate pairs)
 * sit in one text, so each conversion is a binary search rather than a walk from the start: the
 * viewer and the index convert thousands of offsets in the 705 KB thesis.
 */
public final class TextOffsets {

    private final String text;
    /** Code-point offsets of the supplementary characters, ascending. */
    private final int[] supplementaryAt;
    private final int codePointLength;

    private TextOffsets(String text) {
        this.text = text;
        int[] found = new int[16];
        int count = 0;
        int codePoint = 0;
        for (int i = 0; i < text.length(); codePoint++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = codePoint;
                i += 2;
            } else {
                i++;
            }
        }
        this.supplementaryAt = Arrays.copyOf(found, count);
        this.codePointLength = codePoint;
    }

    public static TextOffsets of(String text) {
        return new TextOffsets(text);
    }

    /** Length of a text in code points. */
    public static int codePointLength(String text) {
        return text.codePointCount(0, text.length());
    }

    public String text() {
        return text;
    }

    public int codePointLength() {
        return codePointLength;
    }

    /** The UTF-16 index at which the code point with the given offset starts. */
    public int toCharIndex(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > codePointLength) {
            throw new IndexOutOfBoundsException(
                    "offset " + codePointOffset + " is outside the text (0.." + codePointLength + " code points)");
        }
        return codePointOffset + supplementaryBefore(codePointOffset);
    }

    /**
     * The code-point offset of a UTF-16 index. An index that falls between the two halves of a
     * surrogate pair counts as the start of that character.
     */
    public int toCodePoint(int charIndex) {
        if (charIndex < 0 || charIndex > text.length()) {
            throw new IndexOutOfBoundsException(
                    "index " + charIndex + " is outside the text (0.." + text.length() + " chars)");
        }
        int low = 0;
        int high = supplementaryAt.length;
        // Find how many supplementary characters start strictly before this char index.
        while (low < high) {
            int mid = (low + high) >>> 1;
            int charIndexOfMid = supplementaryAt[mid] + mid;
            if (charIndexOfMid < charIndex) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int pairsBefore = low;
        if (pairsBefore > 0) {
            int lastPairStart = supplementaryAt[pairsBefore - 1] + pairsBefore - 1;
            if (charIndex == lastPairStart + 1) {
                return supplementaryAt[pairsBefore - 1];
            }
        }
        return charIndex - pairsBefore;
    }

    public Span toCodePoints(int charStart, int charEnd) {
        return new Span(toCodePoint(charStart), toCodePoint(charEnd));
    }

    /** The text of a span. */
    public String slice(Span span) {
        return slice(span.start(), span.end());
    }

    /** The text between two code-point offsets; {@code end} exclusive, clamped to the text. */
    public String slice(int start, int end) {
        int from = Math.max(0, Math.min(start, codePointLength));
        int to = Math.max(from, Math.min(end, codePointLength));
        return text.substring(toCharIndex(from), toCharIndex(to));
    }

    private int supplementaryBefore(int codePointOffset) {
        int index = Arrays.binarySearch(supplementaryAt, codePointOffset);
        return index >= 0 ? index : -index - 1;
    }
}
