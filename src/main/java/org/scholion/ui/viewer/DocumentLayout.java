package org.scholion.ui.viewer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scholion.coding.CodingId;
import org.scholion.source.PageMap;
import org.scholion.source.SourceId;

/**
 * The codings of the source on show as the view draws them, all in code points: the highlight
 * runs, the brackets in their lanes, and per paragraph what the margin shows. Built off the
 * JavaFX thread whenever the codings, the codebook or the coders shown change.
 *
 * @param coders the coders shown, in the order of their styles
 */
public record DocumentLayout(SourceId source, List<HighlightRun> runs, List<Stripe> stripes, int lanes,
                             List<String> coders, List<Integer> pageStarts, Map<Integer, MarginRow> rows) {

    public DocumentLayout {
        runs = List.copyOf(runs);
        stripes = List.copyOf(stripes);
        coders = List.copyOf(coders);
        pageStarts = List.copyOf(pageStarts);
        rows = Collections.unmodifiableMap(rows);
    }

    /** What the margin shows beside a paragraph. */
    public MarginRow row(int paragraph) {
        return rows.getOrDefault(paragraph, MarginRow.EMPTY);
    }

    /** The run holding a code-point offset (the last run for the text's end), or null for an empty text. */
    public HighlightRun runAt(int offset) {
        int low = 0;
        int high = runs.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            HighlightRun run = runs.get(mid);
            if (offset < run.start()) {
                high = mid - 1;
            } else if (offset >= run.end()) {
                low = mid + 1;
            } else {
                return run;
            }
        }
        return runs.isEmpty() ? null : runs.getLast();
    }

    /** The codings covering a code-point offset. */
    public List<ShownCoding> codingsAt(int offset) {
        HighlightRun run = runAt(offset);
        return run == null || offset >= run.end() ? List.of() : run.codings();
    }

    public ShownCoding coding(CodingId id) {
        return stripes.stream().map(Stripe::coding).filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    static DocumentLayout of(LoadedText text, List<ShownCoding> shown, List<String> coders) {
        Paragraphs paragraphs = text.paragraphs();
        List<HighlightRun> runs = HighlightRuns.of(shown, text.length(), coders.size() > 1);
        List<Stripe> stripes = StripeLanes.assign(shown, c -> paragraphs.of(c.start()),
                c -> paragraphs.of(Math.max(c.start(), c.end() - 1)));
        int lanes = stripes.stream().mapToInt(Stripe::lane).max().orElse(-1) + 1;

        Map<Integer, List<MarginRow.Part>> parts = new HashMap<>();
        for (Stripe stripe : stripes) {
            int first = paragraphs.of(stripe.coding().start());
            int last = paragraphs.of(Math.max(stripe.coding().start(), stripe.coding().end() - 1));
            for (int p = first; p <= last; p++) {
                parts.computeIfAbsent(p, k -> new ArrayList<>()).add(new MarginRow.Part(stripe, p == first, p == last));
            }
        }
        Map<Integer, String> pageLabels = new HashMap<>();
        List<Integer> pageStarts = new ArrayList<>();
        for (PageMap.PageStart page : text.pages().pages()) {
            pageStarts.add(page.start());
            pageLabels.putIfAbsent(paragraphs.of(Math.min(page.start(), text.length())), page.label());
        }
        Map<Integer, MarginRow> rows = new HashMap<>();
        parts.forEach((p, list) -> rows.put(p, new MarginRow(pageLabels.get(p), list)));
        pageLabels.forEach((p, label) -> rows.putIfAbsent(p, new MarginRow(label, List.of())));
        return new DocumentLayout(text.source(), runs, stripes, lanes, coders, pageStarts, rows);
    }
}
