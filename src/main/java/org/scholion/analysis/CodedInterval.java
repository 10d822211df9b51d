package org.scholion.analysis;

import java.util.Objects;

/**
 * One stretch of a continuum that one coder marked with one value: code points, end exclusive.
 * An empty interval (start == end) carries no text and is ignored by unitized alpha.
 *
 * @param coder index into {@link UnitizedData#coders()}
 * @param value the code (or any nominal label) the coder gave the stretch
 */
public record CodedInterval(int coder, int start, int end, String value) {

    public CodedInterval {
        Objects.requireNonNull(value, "value");
        if (coder < 0) {
            throw new IllegalArgumentException("coder index must not be negative, got " + coder);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("interval " + start + "-" + end + " is not a stretch of text");
        }
    }

    public int length() {
        return end - start;
    }
}
