package org.scholion.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One text that every coder of a {@link UnitizedData} read from beginning to end, and the
 * stretches they marked in it. Whatever a coder left unmarked is a gap: the coder found nothing
 * relevant there, which is a judgement like any other, not a missing value.
 *
 * @param id     names the text (a source id) in messages
 * @param length in code points
 */
public record Continuum(String id, int length, List<CodedInterval> intervals) {

    public Continuum {
        Objects.requireNonNull(id, "id");
        intervals = List.copyOf(intervals);
        if (length < 0) {
            throw new IllegalArgumentException("continuum " + id + " has a negative length");
        }
        for (CodedInterval interval : intervals) {
            if (interval.end() > length) {
                throw new IllegalArgumentException("interval " + interval.start() + "-" + interval.end()
                        + " runs past the end of " + id + " (" + length + ")");
            }
        }
    }
}
