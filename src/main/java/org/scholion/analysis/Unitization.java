package org.scholion.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * One continuum as each coder divided it into units: per coder, units sorted by start that do not
 * overlap, each with a label (an index into the values compared; gaps are implicit). Overlapping
 * intervals a coder gave the same label become one unit, because a character cannot belong to two
 * units of one coder; touching ones stay separate units, as Krippendorff counts them.
 *
 * @param conflict why the coder's intervals do not divide the text, or null when they do
 */
record Unitization(int length, int[][] starts, int[][] ends, int[][] labels, String conflict) {

    /** Label for intervals that take no part (e.g. other codes when comparing one code). */
    static final int IGNORED = -1;

    /**
     * @param label        maps a value to its label, or {@link #IGNORED}
     * @param mergeOverlap whether overlapping intervals of different labels merge (under the
     *                     label of the first) instead of being a conflict
     */
    static Unitization of(Continuum continuum, List<String> coderNames, ToIntFunction<String> label,
            boolean mergeOverlap) {
        int coders = coderNames.size();
        List<List<CodedInterval>> byCoder = new ArrayList<>();
        for (int i = 0; i < coders; i++) {
            byCoder.add(new ArrayList<>());
        }
        for (CodedInterval interval : continuum.intervals()) {
            if (interval.length() > 0 && label.applyAsInt(interval.value()) != IGNORED) {
                byCoder.get(interval.coder()).add(interval);
            }
        }
        int[][] starts = new int[coders][];
        int[][] ends = new int[coders][];
        int[][] labels = new int[coders][];
        for (int coder = 0; coder < coders; coder++) {
            List<CodedInterval> intervals = byCoder.get(coder);
            intervals.sort(Comparator.comparingInt(CodedInterval::start).thenComparingInt(CodedInterval::end));
            int[] s = new int[intervals.size()];
            int[] e = new int[intervals.size()];
            int[] l = new int[intervals.size()];
            int n = 0;
            String unitValue = null;
            for (CodedInterval interval : intervals) {
                int value = label.applyAsInt(interval.value());
                if (n > 0 && interval.start() < e[n - 1]) {
                    if (value != l[n - 1] && !mergeOverlap) {
                        String where = continuum.id() + " " + interval.start() + "-" + Math.min(e[n - 1], interval.end());
                        return new Unitization(continuum.length(), null, null, null, coderNames.get(coder) + " coded \""
                                + unitValue + "\" and \"" + interval.value() + "\" on the same text (" + where + ")");
                    }
                    e[n - 1] = Math.max(e[n - 1], interval.end());
                } else {
                    s[n] = interval.start();
                    e[n] = interval.end();
                    l[n] = value;
                    unitValue = interval.value();
                    n++;
                }
            }
            starts[coder] = Arrays.copyOf(s, n);
            ends[coder] = Arrays.copyOf(e, n);
            labels[coder] = Arrays.copyOf(l, n);
        }
        return new Unitization(continuum.length(), starts, ends, labels, null);
    }
}
