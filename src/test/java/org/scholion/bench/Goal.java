package org.scholion.bench;

/**
 * A goal issue 8 sets for a figure: a time that must stay at or under a limit, or a ratio that
 * must reach one. Its verdict is "met", or by how much it is missed, so that the table says it
 * without a reader working it out.
 */
record Goal(String text, double limit, boolean atMost) {

    static final Goal NONE = new Goal("", Double.NaN, true);

    static Goal atMost(double limit, String text) {
        return new Goal(text, limit, true);
    }

    static Goal atLeast(double limit, String text) {
        return new Goal(text, limit, false);
    }

    /** "met", "missed by 1.13x", or empty where there is no goal or no figure. */
    String verdict(double value) {
        if (Double.isNaN(limit) || Double.isNaN(value) || value < 0) {
            return "";
        }
        if (atMost) {
            return value <= limit ? "met" : "missed by " + BenchStats.fmt(value / limit, 2) + "x";
        }
        return value >= limit ? "met" : "missed by " + BenchStats.fmt(limit / value, 2) + "x";
    }
}
