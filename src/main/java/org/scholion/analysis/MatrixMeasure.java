package org.scholion.analysis;

/** What a cell of a code matrix counts. */
public enum MatrixMeasure {
    /** Coded segments (see {@link CodeFrequencies}). */
    SEGMENTS("segments"),
    /** Code points covered by the union of the code's codings in each source (see {@link CodedCharacters}). */
    CHARACTERS("coded characters");

    private final String unit;

    MatrixMeasure(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
