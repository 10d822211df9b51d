package org.scholion.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The columns of a per-code report: one column overall, or one per source, source type, year or coder. */
public enum Breakdown {
    OVERALL("Overall"), SOURCE("Source"), TYPE("Source type"), YEAR("Year"), CODER("Coder");

    private final String heading;

    Breakdown(String heading) {
        this.heading = heading;
    }

    /** The column heading of a table broken down this way. */
    public String heading() {
        return heading;
    }

    /** The word the command line uses: overall, source, type, year, coder. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Breakdown fromWord(String word) {
        for (Breakdown breakdown : values()) {
            if (breakdown.word().equalsIgnoreCase(word.strip())) {
                return breakdown;
            }
        }
        throw new IllegalArgumentException("unknown breakdown '" + word + "' (expected one of "
                + Arrays.stream(values()).map(Breakdown::word).collect(Collectors.joining(", ")) + ")");
    }
}
