package org.scholion.ui.viewer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.ToIntFunction;

/**
 * Puts each coding's bracket in a lane of the margin so that brackets of overlapping codings never
 * share one, using as few lanes as the deepest overlap needs (interval partitioning: codings by
 * start, longer first, each into the lowest lane free by then).
 *
 * <p>The margin draws a bracket over whole rows (paragraphs), so two codings collide when they
 * share a row, even if their characters do not overlap; the caller says which rows a coding spans.
 */
final class StripeLanes {

    private StripeLanes() {
    }

    /**
     * @param firstRow the first row a coding's bracket covers
     * @param lastRow  the last row it covers (inclusive)
     */
    static List<Stripe> assign(List<ShownCoding> codings, ToIntFunction<ShownCoding> firstRow,
                               ToIntFunction<ShownCoding> lastRow) {
        List<ShownCoding> byStart = new ArrayList<>(codings);
        byStart.sort(Comparator.comparingInt(ShownCoding::start).thenComparing(c -> -c.end())
                .thenComparing(c -> c.id().value()));
        // Lanes in use, by the last row of their latest bracket; lanes free again, lowest first.
        PriorityQueue<int[]> busy = new PriorityQueue<>(Comparator.comparingInt((int[] lane) -> lane[0]));
        PriorityQueue<Integer> free = new PriorityQueue<>();
        int lanes = 0;
        List<Stripe> stripes = new ArrayList<>(byStart.size());
        for (ShownCoding coding : byStart) {
            int first = firstRow.applyAsInt(coding);
            while (!busy.isEmpty() && busy.peek()[0] < first) {
                free.add(busy.poll()[1]);
            }
            int lane = free.isEmpty() ? lanes++ : free.poll();
            busy.add(new int[] {lastRow.applyAsInt(coding), lane});
            stripes.add(new Stripe(coding, lane));
        }
        return stripes;
    }
}
