package org.scholion.chart;

import java.util.List;

/**
 * Where the columns of a line chart stand along its horizontal axis: at their distance when every
 * column label is a whole number (years), else evenly spaced. Shared by the SVG and the workbench.
 */
public final class XPositions {

    private XPositions() {
    }

    /** Whether every label is a whole number, so that the axis can be numeric. */
    public static boolean numeric(List<String> labels) {
        if (labels.isEmpty()) {
            return false;
        }
        for (String label : labels) {
            if (!label.strip().matches("-?\\d{1,9}")) {
                return false;
            }
        }
        return true;
    }

    /** The x coordinate of each column in a plot from {@code left}, {@code width} wide. */
    public static double[] of(List<String> labels, double left, double width) {
        int n = labels.size();
        double[] xs = new double[n];
        if (n == 1) {
            xs[0] = left + width / 2;
            return xs;
        }
        if (numeric(labels)) {
            long[] values = labels.stream().mapToLong(l -> Long.parseLong(l.strip())).toArray();
            long min = java.util.Arrays.stream(values).min().orElse(0);
            long max = java.util.Arrays.stream(values).max().orElse(0);
            if (max > min) {
                for (int i = 0; i < n; i++) {
                    xs[i] = left + width * (values[i] - min) / (max - min);
                }
                return xs;
            }
        }
        for (int i = 0; i < n; i++) {
            xs[i] = left + width * i / (n - 1);
        }
        return xs;
    }
}
