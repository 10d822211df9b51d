package org.scholion.chart;

/**
 * Labels short enough for a chart. A code path keeps its last name, the code itself, and shows
 * that there was more in front of it ("…/Relations with Georgia"); a name still too long is cut
 * with an ellipsis. The full label goes into the chart's tooltip.
 */
public final class ChartLabels {

    /** Characters a row or legend label may take before it is shortened. */
    public static final int ROW_LABEL = 32;
    /** Characters a column label may take (it is drawn slanted over the heat map). */
    public static final int COLUMN_LABEL = 24;
    private static final String ELLIPSIS = "\u2026";

    private ChartLabels() {
    }

    public static String shorten(String label, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("a label needs room for at least two characters");
        }
        if (label.codePointCount(0, label.length()) <= max) {
            return label;
        }
        String leaf = leaf(label);
        if (!leaf.equals(label) && leaf.codePointCount(0, leaf.length()) + 2 <= max) {
            return ELLIPSIS + "/" + leaf;
        }
        return cut(leaf, max - 1) + ELLIPSIS;
    }

    /** The text after the last unescaped slash (code paths escape a slash in a name as "\/"). */
    static String leaf(String label) {
        for (int i = label.length() - 1; i > 0; i--) {
            if (label.charAt(i) == '/' && !escaped(label, i)) {
                return label.substring(i + 1).replace("\\/", "/").replace("\\\\", "\\");
            }
        }
        return label;
    }

    private static boolean escaped(String text, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String cut(String text, int codePoints) {
        int end = text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
        return text.substring(0, end).stripTrailing();
    }
}
