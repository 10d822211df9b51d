package org.scholion.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each page of a paged source (a PDF) starts in its stored text, so that any offset can be
 * cited with its page. Pages are given in text order; the label is what the document prints
 * (often "12", sometimes "xii").
 */
public record PageMap(List<PageStart> pages) {

    public record PageStart(String label, int start) {
        public PageStart {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("a page needs a label");
            }
            if (start < 0) {
                throw new IllegalArgumentException("page " + label + " starts at negative offset " + start);
            }
        }
    }

    public static final PageMap NONE = new PageMap(List.of());

    public PageMap {
        pages = List.copyOf(pages);
        for (int i = 1; i < pages.size(); i++) {
            if (pages.get(i).start() < pages.get(i - 1).start()) {
                throw new IllegalArgumentException("page " + pages.get(i).label()
                        + " starts before page " + pages.get(i - 1).label());
            }
        }
    }

    public boolean isEmpty() {
        return pages.isEmpty();
    }

    /** The label of the page the given code-point offset lies on, or null for an unpaged source. */
    public String pageAt(int offset) {
        int low = 0;
        int high = pages.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (pages.get(mid).start() <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found < 0 ? (pages.isEmpty() ? null : pages.getFirst().label()) : pages.get(found).label();
    }

    /** The pages a span touches, as "12" or "12–13". */
    public String pagesOf(Span span) {
        String first = pageAt(span.start());
        String last = pageAt(Math.max(span.start(), span.end() - 1));
        if (first == null) {
            return null;
        }
        return first.equals(last) ? first : first + "\u2013" + last;
    }

    public static PageMap of(List<PageStart> pages) {
        return new PageMap(new ArrayList<>(pages));
    }
}
