package org.scholion.chart;

import java.util.Locale;

/**
 * The colours of a chart, as "#rrggbb" so that SVG and JavaFX ({@code Color.web}) share them: a
 * sequential blue scale for heat maps (a light blue for the smallest count, so that a zero stays
 * visibly a cell, to a dark blue for the largest), and ten series colours that stay apart for most
 * forms of colour blindness (Okabe and Ito's palette, extended with greys and dark blue).
 */
public final class ChartColors {

    private static final int[] LOW = {0xf7, 0xfb, 0xff};
    private static final int[] HIGH = {0x08, 0x30, 0x6b};
    private static final String[] SERIES = {"#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00",
        "#f0e442", "#000000", "#999999", "#332288"};

    private ChartColors() {
    }

    /** The heat-map colour of a count, by its share of the table's largest count. */
    public static String heat(long value, long maximum) {
        double t = maximum <= 0 ? 0 : Math.clamp((double) value / maximum, 0, 1);
        return String.format(Locale.ROOT, "#%02x%02x%02x", mix(LOW[0], HIGH[0], t), mix(LOW[1], HIGH[1], t),
                mix(LOW[2], HIGH[2], t));
    }

    /** Whether a count's number is written in white on its cell (the darker half of the scale). */
    public static boolean lightText(long value, long maximum) {
        return maximum > 0 && (double) value / maximum > 0.5;
    }

    /** The colour of the series (bar or line) with this index; repeats after ten. */
    public static String series(int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
