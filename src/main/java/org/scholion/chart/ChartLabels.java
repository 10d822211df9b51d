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

    /**
     * Each label shortened, unless two would then read the same (two codes named "Other" under
     * different parents): those keep their full labels, since a chart must tell its rows apart.
     */
    public static java.util.List<String> shortenAll(java.util.List<String> labels, int max) {
        java.util.List<String> shortened = labels.stream().map(l -> shorten(l, max)).toList();
        java.util.Map<String, Long> counts = shortened.stream()
                .collect(java.util.stream.Collectors.groupingBy(l -> l, java.util.stream.Collectors.counting()));
        java.util.List<String> out = new java.util.ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            out.add(counts.get(shortened.get(i)) > 1 ? labels.get(i) : shortened.get(i));
        }
        return out;
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
