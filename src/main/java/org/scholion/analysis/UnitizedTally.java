package org.scholion.analysis;

import java.util.Arrays;

/**
 * The sums unitized alpha is computed from, gathered over continua in one sweep along each text:
 * between two consecutive unit boundaries (of any coder) every coder has one label or a gap, so
 * the coincidences of that stretch follow from how many coders gave each label. That keeps the
 * work proportional to the number of units (plus sorting their boundaries), not to the text length.
 *
 * <p>Pair counts are kept over ordered coder pairs; dividing by (m - 1) turns them into the
 * coincidences of Krippendorff et al. (2016) and Krippendorff (2019, section 12.6).
 */
final class UnitizedTally {

    private final int coders;
    private final int labels;
    private long length;               // sum of continuum lengths
    private long disagreeingPairs;     // ordered coder pairs with different labels (gap counts), times length
    private final long[] margin;       // per label: coded length over all coders (l_c.)
    private final long[] squares;      // per label: sum of squared unit lengths
    private double valuedPairs;        // ordered pairs where both coders gave some label, times length
    private double valuedAgreeingPairs;// ... and the same label
    private final double[] valuedAgreeing; // per label: ordered pairs of coders both giving it, times length
    private final double[] valuedMargin;  // per label: length paired with other coders' labelled text (l*_c., times m-1)
    private final double[] valuedSquares; // per label: sum over units of (pairable length times m-1)^2

    UnitizedTally(int coders, int labels) {
        this.coders = coders;
        this.labels = labels;
        this.margin = new long[labels];
        this.squares = new long[labels];
        this.valuedAgreeing = new double[labels];
        this.valuedMargin = new double[labels];
        this.valuedSquares = new double[labels];
    }

    void add(Unitization text) {
        length += text.length();
        int[] points = boundaries(text);
        int[] next = new int[coders];
        double[][] pairable = new double[coders][];
        for (int coder = 0; coder < coders; coder++) {
            pairable[coder] = new double[text.starts()[coder].length];
        }
        int[] active = new int[coders];
        int[] sorted = new int[coders];
        for (int p = 0; p + 1 < points.length; p++) {
            int from = points[p];
            long stretch = points[p + 1] - from;
            for (int coder = 0; coder < coders; coder++) {
                int[] ends = text.ends()[coder];
                while (next[coder] < ends.length && ends[next[coder]] <= from) {
                    next[coder]++;
                }
                boolean inside = next[coder] < ends.length && text.starts()[coder][next[coder]] <= from;
                active[coder] = inside ? text.labels()[coder][next[coder]] : Unitization.IGNORED;
                sorted[coder] = active[coder];
            }
            Arrays.sort(sorted);
            long agreeing = 0;
            long valuedAgreeing = 0;
            int valued = 0;
            for (int run = 0; run < coders; ) {
                int end = run;
                while (end < coders && sorted[end] == sorted[run]) {
                    end++;
                }
                long n = end - run;
                agreeing += n * (n - 1);
                if (sorted[run] != Unitization.IGNORED) {
                    valuedAgreeing += n * (n - 1);
                    valued += (int) n;
                    this.valuedAgreeing[sorted[run]] += (double) stretch * n * (n - 1);
                }
                run = end;
            }
            disagreeingPairs += stretch * ((long) coders * (coders - 1) - agreeing);
            valuedPairs += (double) stretch * valued * (valued - 1);
            valuedAgreeingPairs += (double) stretch * valuedAgreeing;
            for (int coder = 0; coder < coders; coder++) {
                if (active[coder] != Unitization.IGNORED) {
                    valuedMargin[active[coder]] += (double) stretch * (valued - 1);
                    pairable[coder][next[coder]] += (double) stretch * (valued - 1);
                }
            }
        }
        for (int coder = 0; coder < coders; coder++) {
            for (int unit = 0; unit < pairable[coder].length; unit++) {
                int label = text.labels()[coder][unit];
                long unitLength = text.ends()[coder][unit] - text.starts()[coder][unit];
                margin[label] += unitLength;
                squares[label] += unitLength * unitLength;
                valuedSquares[label] += pairable[coder][unit] * pairable[coder][unit];
            }
        }
    }

    /** Every unit start and end of every coder, plus the two ends of the text, sorted, once each. */
    private int[] boundaries(Unitization text) {
        int count = 2;
        for (int[] starts : text.starts()) {
            count += 2 * starts.length;
        }
        int[] points = new int[count];
        int n = 0;
        points[n++] = 0;
        points[n++] = text.length();
        for (int coder = 0; coder < coders; coder++) {
            for (int unit = 0; unit < text.starts()[coder].length; unit++) {
                points[n++] = text.starts()[coder][unit];
                points[n++] = text.ends()[coder][unit];
            }
        }
        Arrays.sort(points);
        int unique = 0;
        for (int i = 0; i < points.length; i++) {
            if (i == 0 || points[i] != points[i - 1]) {
                points[unique++] = points[i];
            }
        }
        return Arrays.copyOf(points, unique);
    }

    boolean isEmpty() {
        return length == 0;
    }

    /** Total labelled length over all coders. */
    long coded() {
        return Arrays.stream(margin).sum();
    }

    /**
     * Observed and expected disagreement of uα, gaps being one more value (Krippendorff et al.
     * 2016, eqs. 1, 4 and 5; Krippendorff 2019, eqs. 32-34): Do is the length where coders
     * disagree; De = l.. (l..^2 - sum_c l_c.^2) / (l..^2 - sum over units of l^2, gaps counting
     * l instead of l^2 because a gap is no unit and may be cut anywhere).
     */
    Disagreement unitizing() {
        double total = (double) coders * length;
        long gapMargin = (long) coders * length - coded();
        double sumOfMarginSquares = (double) gapMargin * gapMargin;
        double selfPairs = gapMargin;
        for (int label = 0; label < labels; label++) {
            sumOfMarginSquares += (double) margin[label] * margin[label];
            selfPairs += squares[label];
        }
        double observed = disagreeingPairs / (double) (coders - 1);
        double expected = total * (total * total - sumOfMarginSquares) / (total * total - selfPairs);
        return new Disagreement(observed, expected, total);
    }

    /**
     * Observed and expected disagreement of cuα, the coding of labelled text where coders' units
     * intersect, gaps left out (Krippendorff et al. 2016, section 5.3; Krippendorff 2019, eqs.
     * 36-37). A unit enters the expected coincidences with the length it is paired with other
     * coders' labelled text, averaged over the other coders, in place of its full length.
     */
    Disagreement coding() {
        double scale = coders - 1;
        double total = valuedPairs / scale;
        double sumOfMarginSquares = 0;
        double selfPairs = 0;
        for (int label = 0; label < labels; label++) {
            double labelMargin = valuedMargin[label] / scale;
            sumOfMarginSquares += labelMargin * labelMargin;
            selfPairs += valuedSquares[label] / (scale * scale);
        }
        double observed = (valuedPairs - valuedAgreeingPairs) / scale;
        double denominator = total * total - selfPairs;
        double expected = denominator <= 0 ? 0 : total * (total * total - sumOfMarginSquares) / denominator;
        return new Disagreement(observed, expected, total);
    }

    /**
     * (k)uα for one label: cuα's matrices seen from the row of that label (Krippendorff 2019,
     * eq. 38): alpha = 1 - (e_.k / l_.k) (l_.k - l_kk) / (e_.k - e_kk), returned as Do and De.
     */
    Disagreement coding(int label) {
        double scale = coders - 1;
        double total = valuedPairs / scale;
        double selfPairs = 0;
        for (int other = 0; other < labels; other++) {
            selfPairs += valuedSquares[other] / (scale * scale);
        }
        double margin = valuedMargin[label] / scale;
        double agreeing = valuedAgreeing[label] / scale;
        double self = valuedSquares[label] / (scale * scale);
        double denominator = total - (total == 0 ? 0 : selfPairs / total);
        if (margin == 0 || denominator <= 0) {
            return new Disagreement(0, 0, margin);
        }
        double expectedRow = (margin * total - self) / denominator;
        double expectedDiagonal = (margin * margin - self) / denominator;
        return new Disagreement(expectedRow * (margin - agreeing), margin * (expectedRow - expectedDiagonal), margin);
    }

    /** Do and De of one coefficient and the pairable length l.. behind them. */
    record Disagreement(double observed, double expected, double pairable) {

        boolean hasVariation() {
            return expected > 1e-9 * Math.max(1, pairable);
        }

        double alpha() {
            return 1 - observed / expected;
        }
    }
}
