package org.scholion.analysis;

import java.util.List;

/** The words within {@code window} words of {@code word} in a code's passages, most frequent together first. */
public record Collocates(String code, String word, int window, long occurrences, List<Collocate> collocates) {

    public Collocates {
        if (window < 1) {
            throw new IllegalArgumentException("the window must be at least one word, not " + window);
        }
        collocates = List.copyOf(collocates);
    }

    /** Rows the collocates, columns "together" and "occurrences". */
    public CountTable table() {
        long[][] grid = collocates.stream().map(c -> new long[] {c.together(), c.frequency()}).toArray(long[][]::new);
        return CountTable.of("Collocates of '" + word + "' in " + code, "Word", "Count", "count",
                collocates.stream().map(Collocate::word).toList(), List.of("together", "occurrences"), false, grid);
    }
}
