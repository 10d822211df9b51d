package org.scholion.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many raters put each subject into each category: one row per subject, one column per
 * category (Fleiss 1971's n_ij). Every subject must be rated by the same number of raters, which
 * need not be the same people. {@code repeats} says how many subjects each row stands for (see
 * {@link ReliabilityData.Unit#count()}).
 */
public record RatingCounts(List<String> categories, List<List<Integer>> subjects, List<Integer> repeats) {

    public RatingCounts(List<String> categories, List<List<Integer>> subjects) {
        this(categories, subjects, Collections.nCopies(subjects.size(), 1));
    }

    public RatingCounts {
        categories = List.copyOf(categories);
        subjects = subjects.stream().map(List::copyOf).toList();
        repeats = List.copyOf(repeats);
        if (repeats.size() != subjects.size() || repeats.stream().anyMatch(r -> r < 1)) {
            throw new IllegalArgumentException("each of the " + subjects.size() + " subject rows needs a repeat count of 1 or more");
        }
        int raters = -1;
        for (int i = 0; i < subjects.size(); i++) {
            List<Integer> row = subjects.get(i);
            if (row.size() != categories.size()) {
                throw new IllegalArgumentException("subject " + (i + 1) + " has " + row.size()
                        + " counts for " + categories.size() + " categories");
            }
            if (row.stream().anyMatch(count -> count < 0)) {
                throw new IllegalArgumentException("subject " + (i + 1) + " has a negative count");
            }
            int sum = row.stream().mapToInt(Integer::intValue).sum();
            if (raters >= 0 && sum != raters) {
                throw new IllegalArgumentException("subject " + (i + 1) + " has " + sum
                        + " ratings, the others " + raters + "; Fleiss' kappa needs equal numbers");
            }
            raters = sum;
        }
    }

    /** Subjects in all, each row counted as often as it repeats. */
    public int subjectCount() {
        return repeats.stream().mapToInt(Integer::intValue).sum();
    }

    /** Raters per subject; 0 when there are no subjects. */
    public int raters() {
        return subjects.isEmpty() ? 0 : subjects.getFirst().stream().mapToInt(Integer::intValue).sum();
    }

    /** Counts complete reliability data; a unit with a missing value is rejected, not dropped silently. */
    public static RatingCounts of(ReliabilityData data) {
        Map<String, Integer> column = new LinkedHashMap<>();
        for (ReliabilityData.Unit unit : data.units()) {
            for (String value : unit.values()) {
                if (value == null) {
                    throw new IllegalArgumentException("unit " + unit.id()
                            + " misses a value; Fleiss' kappa needs every coder on every unit (use Krippendorff's alpha)");
                }
                column.putIfAbsent(value, column.size());
            }
        }
        List<List<Integer>> rows = new ArrayList<>();
        List<Integer> repeats = new ArrayList<>();
        for (ReliabilityData.Unit unit : data.units()) {
            repeats.add(unit.count());
            Integer[] counts = new Integer[column.size()];
            Arrays.fill(counts, 0);
            unit.values().forEach(value -> counts[column.get(value)]++);
            rows.add(List.of(counts));
        }
        return new RatingCounts(new ArrayList<>(column.keySet()), rows, repeats);
    }
}
