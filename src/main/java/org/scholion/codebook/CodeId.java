package org.scholion.codebook;

/** The project-wide identity of a code. */
public record CodeId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
