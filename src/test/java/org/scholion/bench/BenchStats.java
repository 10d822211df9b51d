package org.scholion.bench;

import java.util.List;
import java.util.Locale;

/** The statistics every benchmark program reports: median, nearest-rank percentiles, range. */
final class BenchStats {

    private BenchStats() {
    }

    static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    static double median(List<Double> values) {
        double[] sorted = sorted(values);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double percentile(List<Double> values, double p) {
        return percentile(sorted(values), p);
    }

    static double min(List<Double> values) {
        return sorted(values)[0];
    }

    static double max(List<Double> values) {
        double[] sorted = sorted(values);
        return sorted[sorted.length - 1];
    }

    /** "median (min - max)". */
    static String spread(List<Double> values, int decimals) {
        return fmt(median(values), decimals) + " (" + fmt(min(values), decimals) + " - " + fmt(max(values), decimals) + ")";
    }

    static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static double[] sorted(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }
}
