package org.scholion.coding;

/** The project-wide identity of a coding. */
public record CodingId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
