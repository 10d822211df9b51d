package org.scholion.chart;

/**
 * A value axis from zero to a round maximum with round steps (1, 2 or 5 times a power of ten), so
 * that the gridlines of a chart fall on numbers a reader can take in at a glance.
 *
 * @param maximum the top of the axis, at least the largest value and at least 1
 * @param step    the distance between ticks
 */
public record AxisScale(long maximum, long step) {

    /** About this many intervals between zero and the top. */
    private static final int INTERVALS = 5;

    public static AxisScale upTo(long largest) {
        long top = Math.max(1, largest);
        long step = 1;
        while (step * INTERVALS < top) {
            if (step * 2 * INTERVALS >= top) {
                step *= 2;
            } else if (step * 5 * INTERVALS >= top) {
                step *= 5;
            } else {
                step *= 10;
                continue;
            }
            break;
        }
        long maximum = ((top + step - 1) / step) * step;
        return new AxisScale(maximum, step);
    }

    /** Where a value lies along the axis: 0 at zero, 1 at the top. */
    public double fraction(long value) {
        return (double) value / maximum;
    }

    public int ticks() {
        return (int) (maximum / step);
    }
}
