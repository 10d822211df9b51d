package org.scholion.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word frequencies and collocates over a code's coded passages, each passage already analysed into
 * {@link WordToken}s. Words are counted by stem, so "negotiation" and "negotiations" are one word,
 * shown in its most frequent written form (ties: the shorter, then the first alphabetically).
 */
public final class WordCounts {

    private WordCounts() {
    }

    /** The {@code limit} most frequent words (ties alphabetically); a limit of 0 or less keeps all. */
    public static WordFrequencies frequencies(String code, List<List<WordToken>> passages, int limit) {
        Map<String, long[]> counts = new HashMap<>();
        Forms forms = new Forms();
        long tokens = 0;
        for (List<WordToken> passage : passages) {
            Set<String> seen = new HashSet<>();
            for (WordToken token : passage) {
                long[] count = counts.computeIfAbsent(token.key(), k -> new long[2]);
                count[0]++;
                if (seen.add(token.key())) {
                    count[1]++;
                }
                forms.add(token);
                tokens++;
            }
        }
        List<WordCount> words = new ArrayList<>();
        counts.forEach((key, c) -> words.add(new WordCount(forms.shown(key), key, c[0], c[1])));
        words.sort(Comparator.comparingLong(WordCount::occurrences).reversed().thenComparing(WordCount::word));
        return new WordFrequencies(code, passages.size(), tokens, limit > 0 && words.size() > limit
                ? words.subList(0, limit) : words);
    }

    /**
     * The words within {@code window} words (counting removed stop words) before or after an
     * occurrence of the word (a token whose key is one of {@code nodeKeys}: its stems in the
     * passages' languages), in the same passage. A collocate's
     * occurrence counts once however many occurrences of the word are near it; the word itself is
     * not its own collocate. Sorted by how often together, then by log Dice, then alphabetically.
     */
    public static Collocates collocates(String code, String word, Set<String> nodeKeys, int window,
                                        List<List<WordToken>> passages, int limit) {
        if (window < 1) {
            return new Collocates(code, word, window, 0, List.of()); // refused by Collocates
        }
        Map<String, Long> frequency = new HashMap<>();
        Map<String, Long> together = new HashMap<>();
        Forms forms = new Forms();
        long nodeCount = 0;
        for (List<WordToken> passage : passages) {
            List<Integer> nodes = new ArrayList<>();
            for (WordToken token : passage) {
                frequency.merge(token.key(), 1L, Long::sum);
                forms.add(token);
                if (nodeKeys.contains(token.key())) {
                    nodes.add(token.position());
                }
            }
            nodeCount += nodes.size();
            for (WordToken token : passage) {
                if (!nodeKeys.contains(token.key()) && near(token.position(), nodes, window)) {
                    together.merge(token.key(), 1L, Long::sum);
                }
            }
        }
        long node = nodeCount;
        List<Collocate> found = new ArrayList<>();
        together.forEach((key, n) -> found.add(new Collocate(forms.shown(key), key, n, frequency.get(key),
                14 + Math.log(2.0 * n / (frequency.get(key) + node)) / Math.log(2))));
        found.sort(Comparator.comparingLong(Collocate::together).reversed()
                .thenComparing(Comparator.comparingDouble(Collocate::logDice).reversed()).thenComparing(Collocate::word));
        return new Collocates(code, word, window, nodeCount, limit > 0 && found.size() > limit
                ? found.subList(0, limit) : found);
    }

    /** Whether a position is within the window of a node; nodes ascending, as read. */
    private static boolean near(int position, List<Integer> nodes, int window) {
        int at = Collections.binarySearch(nodes, position);
        int next = at >= 0 ? at + 1 : -at - 1;
        int previous = at >= 0 ? at - 1 : -at - 2;
        return next < nodes.size() && nodes.get(next) - position <= window
                || previous >= 0 && position - nodes.get(previous) <= window;
    }

    /** The written forms of each key with their counts, to show the most frequent. */
    private static final class Forms {
        private final Map<String, Map<String, Long>> byKey = new HashMap<>();

        void add(WordToken token) {
            byKey.computeIfAbsent(token.key(), k -> new HashMap<>()).merge(token.surface(), 1L, Long::sum);
        }

        String shown(String key) {
            return byKey.get(key).entrySet().stream()
                    .min(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                            .thenComparingInt(e -> e.getKey().length()).thenComparing(Map.Entry::getKey))
                    .orElseThrow().getKey();
        }
    }
}
