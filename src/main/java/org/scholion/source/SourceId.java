package org.scholion.source;

/** The project-wide identity of a source. */
public record SourceId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
