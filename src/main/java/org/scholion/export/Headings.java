package org.scholion.export;

import java.util.ArrayList;
import java.util.List;
import org.scholion.codebook.CodePath;

/**
 * The section headings an excerpt opens in a document: by code, one heading per level of the code
 * hierarchy that differs from the previous excerpt's code ("Power-political interests", then
 * "Exclusive peacekeeping and mediation" a level below); by source, one heading per source.
 */
final class Headings {

    /** A heading; level 1 is a section directly under the document's title. */
    record Heading(int level, String text) {
    }

    private Headings() {
    }

    static List<Heading> opened(Excerpt previous, Excerpt current, ExcerptOrder order) {
        if (order == ExcerptOrder.SOURCE) {
            return previous != null && previous.source().equals(current.source()) ? List.of()
                    : List.of(new Heading(1, current.sourceTitle() + " " + current.citation().inline(null)));
        }
        List<String> now = CodePath.parse(current.codePath()).names();
        List<String> before = previous == null ? List.of() : CodePath.parse(previous.codePath()).names();
        int same = 0;
        while (same < now.size() && same < before.size() && now.get(same).equals(before.get(same))) {
            same++;
        }
        if (same == now.size() && same == before.size()) {
            return List.of();
        }
        List<Heading> headings = new ArrayList<>();
        for (int level = same; level < now.size(); level++) {
            headings.add(new Heading(level + 1, now.get(level)));
        }
        return headings;
    }
}
