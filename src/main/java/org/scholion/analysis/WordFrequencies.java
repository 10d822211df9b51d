package org.scholion.analysis;

import java.util.List;

/** The words of a code's coded passages, most frequent first (see {@link WordCounts}). */
public record WordFrequencies(String code, long passages, long tokens, List<WordCount> words) {

    public WordFrequencies {
        words = List.copyOf(words);
    }

    /** Rows the words, columns "occurrences" and "passages". */
    public CountTable table() {
        long[][] grid = words.stream().map(w -> new long[] {w.occurrences(), w.passages()}).toArray(long[][]::new);
        return CountTable.of("Words in " + code, "Word", "Count", "count", words.stream().map(WordCount::word).toList(),
                List.of("occurrences", "passages"), false, grid);
    }
}
