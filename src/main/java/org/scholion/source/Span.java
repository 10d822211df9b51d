package org.scholion.source;

/**
 * A stretch of a source's stored text, in Unicode code points, start inclusive and end exclusive
 * (the convention REFI-QDA uses, and the one every layer of Scholion stores and reports).
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("span start " + start + " is negative");
        }
        if (end <= start) {
            throw new IllegalArgumentException("span end " + end + " must be after its start " + start);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(int position) {
        return position >= start && position < end;
    }

    @Override
    public int compareTo(Span other) {
        int byStart = Integer.compare(start, other.start);
        return byStart != 0 ? byStart : Integer.compare(end, other.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
