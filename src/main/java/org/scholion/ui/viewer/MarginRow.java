package org.scholion.ui.viewer;

import java.util.List;

/**
 * What the margin shows beside one paragraph: the page that starts in it, if any, and the part of
 * each bracket that passes it.
 */
public record MarginRow(String pageLabel, List<Part> parts) {

    public static final MarginRow EMPTY = new MarginRow(null, List.of());

    public MarginRow {
        parts = List.copyOf(parts);
    }

    /** A bracket beside this paragraph: it opens here, closes here, or both. */
    public record Part(Stripe stripe, boolean opens, boolean closes) {
    }
}
