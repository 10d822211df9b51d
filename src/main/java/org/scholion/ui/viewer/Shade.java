package org.scholion.ui.viewer;

import java.util.List;

/**
 * How a run is painted: the codes' colours blended, more opaque the more codings overlap there,
 * and underlined in its coder's pattern when codings of several coders are on show.
 *
 * @param rgb the blended colour, 0xRRGGBB
 * @param opacity of the background, higher where codings overlap
 * @param depth how many codings cover the run
 * @param coderStyle the pattern of the run's coder, {@link #MIXED} if codings of several coders
 *                   cover it, {@link #NO_UNDERLINE} if only one coder is shown
 */
public record Shade(int rgb, double opacity, int depth, int coderStyle) {

    public static final Shade NONE = new Shade(0xFFFFFF, 0, 0, -1);
    public static final int NO_UNDERLINE = -1;
    public static final int MIXED = -2;

    private static final double FIRST = 0.30;
    private static final double PER_OVERLAP = 0.14;
    private static final double MOST = 0.72;

    public boolean isNone() {
        return depth == 0;
    }

    /** The shade of a run covered by these codings; {@code severalCoders} when more than one coder is shown. */
    static Shade of(List<ShownCoding> codings, boolean severalCoders) {
        if (codings.isEmpty()) {
            return NONE;
        }
        int red = 0;
        int green = 0;
        int blue = 0;
        int coder = codings.getFirst().coderStyle();
        for (ShownCoding coding : codings) {
            int rgb = coding.color().rgb();
            red += rgb >> 16 & 0xFF;
            green += rgb >> 8 & 0xFF;
            blue += rgb & 0xFF;
            if (coding.coderStyle() != coder) {
                coder = MIXED;
            }
        }
        int n = codings.size();
        int blended = (red / n) << 16 | (green / n) << 8 | blue / n;
        double opacity = Math.min(MOST, FIRST + PER_OVERLAP * (n - 1));
        return new Shade(blended, opacity, n, severalCoders ? coder : NO_UNDERLINE);
    }
}
