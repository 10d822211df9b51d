package org.scholion.ui.viewer;

import javafx.scene.paint.Color;

/** How the codings of each coder are told apart when several coders are shown: a dash pattern each. */
final class CoderStyles {

    private static final Double[][] DASHES = {null, {5.0, 3.0}, {1.5, 2.5}, {7.0, 2.0, 1.5, 2.0}, {3.0, 3.0, 3.0, 6.0}};

    private CoderStyles() {
    }

    /** The dash pattern of a coder's style; null draws a solid line. */
    static Double[] dashes(int coderStyle) {
        return coderStyle < 0 ? null : DASHES[coderStyle % DASHES.length];
    }

    static Color colour(int rgb) {
        return Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    static Color colour(int rgb, double opacity) {
        return Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, opacity);
    }
}
