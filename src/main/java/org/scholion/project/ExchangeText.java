package org.scholion.project;

import java.util.Arrays;
import org.scholion.source.TextOffsets;

/**
 * A source's text as an exchange file holds it and as Scholion stores it: line ends made LF (CRLF
 * and a lone CR alike; a lone CR stays one character, a CRLF becomes one), and a position as the
 * file counted it turned into a code point of the stored text, under each way tools count.
 */
final class ExchangeText {

    /** How a tool counts positions in a text. The standard says code points. */
    enum Counting {
        CODE_POINTS("Unicode code points", "code points"),
        UTF16_UNITS("UTF-16 code units", "UTF-16 units"),
        CODE_POINTS_CRLF_AS_ONE("Unicode code points with CRLF counted as one", "code points with CRLF as one"),
        UTF16_UNITS_CRLF_AS_ONE("UTF-16 code units with CRLF counted as one", "UTF-16 units with CRLF as one");

        private final String label;
        private final String shortLabel;

        Counting(String label, String shortLabel) {
            this.label = label;
            this.shortLabel = shortLabel;
        }

        String label() {
            return label;
        }

        String shortLabel() {
            return shortLabel;
        }
    }

    /** A position that is outside the text under a counting. */
    static final int OUTSIDE = -1;

    private final String original;
    private final String stored;
    /** Code-point offsets in the original of each CR that a LF follows (the CR the stored text drops). */
    private final int[] droppedCr;
    private final int originalCodePoints;
    private final int[] storedCodePoints;
    private TextOffsets originalOffsets;
    private TextOffsets storedOffsets;

    private ExchangeText(String original) {
        this.original = original;
        StringBuilder out = new StringBuilder(original.length());
        int[] dropped = new int[8];
        int count = 0;
        int codePoint = 0;
        for (int i = 0; i < original.length(); codePoint++) {
            char c = original.charAt(i);
            if (c == '\r') {
                if (i + 1 < original.length() && original.charAt(i + 1) == '\n') {
                    if (count == dropped.length) {
                        dropped = Arrays.copyOf(dropped, count * 2);
                    }
                    dropped[count++] = codePoint;
                } else {
                    out.append('\n');
                }
                i++;
            } else {
                int cp = original.codePointAt(i);
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        this.stored = out.toString();
        this.droppedCr = Arrays.copyOf(dropped, count);
        this.originalCodePoints = codePoint;
        this.storedCodePoints = stored.codePoints().toArray();
    }

    static ExchangeText of(String original) {
        return new ExchangeText(original);
    }

    /** The text Scholion stores: LF line ends, nothing else changed. */
    String stored() {
        return stored;
    }

    int storedLength() {
        return storedCodePoints.length;
    }

    /**
     * The code point of the stored text that a position the file wrote stands for under a
     * counting, or {@link #OUTSIDE}. A position inside a surrogate pair stands for that character.
     */
    int toStored(long position, Counting counting) {
        if (position < 0) {
            return OUTSIDE;
        }
        return switch (counting) {
            case CODE_POINTS -> position > originalCodePoints ? OUTSIDE : withoutDroppedCr((int) position);
            case UTF16_UNITS -> position > original.length() ? OUTSIDE
                    : withoutDroppedCr(originalOffsets().toCodePoint((int) position));
            case CODE_POINTS_CRLF_AS_ONE -> position > storedCodePoints.length ? OUTSIDE : (int) position;
            case UTF16_UNITS_CRLF_AS_ONE -> position > stored.length() ? OUTSIDE
                    : storedOffsets().toCodePoint((int) position);
        };
    }

    /** Whether a position counted in UTF-16 units falls between the two halves of a character. */
    boolean splitsCharacter(long position, Counting counting) {
        String text = switch (counting) {
            case UTF16_UNITS -> original;
            case UTF16_UNITS_CRLF_AS_ONE -> stored;
            case CODE_POINTS, CODE_POINTS_CRLF_AS_ONE -> null;
        };
        return text != null && position > 0 && position < text.length()
                && Character.isLowSurrogate(text.charAt((int) position));
    }

    /** Whether a stored position lies between words rather than inside one. */
    boolean atWordBoundary(int position) {
        if (position <= 0 || position >= storedCodePoints.length) {
            return position == 0 || position == storedCodePoints.length;
        }
        return !(wordPart(storedCodePoints[position - 1]) && wordPart(storedCodePoints[position]));
    }

    private static boolean wordPart(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private int withoutDroppedCr(int originalCodePoint) {
        int before = Arrays.binarySearch(droppedCr, originalCodePoint);
        return originalCodePoint - (before >= 0 ? before : -before - 1);
    }

    private TextOffsets originalOffsets() {
        if (originalOffsets == null) {
            originalOffsets = TextOffsets.of(original);
        }
        return originalOffsets;
    }

    private TextOffsets storedOffsets() {
        if (storedOffsets == null) {
            storedOffsets = TextOffsets.of(stored);
        }
        return storedOffsets;
    }
}
