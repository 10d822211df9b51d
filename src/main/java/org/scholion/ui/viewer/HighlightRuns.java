package org.scholion.ui.viewer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a text into {@link HighlightRun}s by a sweep over the codings' starts and ends: sorting the
 * boundaries is the only step that grows faster than the number of codings, so thousands of
 * codings cost milliseconds.
 */
final class HighlightRuns {

    private HighlightRuns() {
    }

    static List<HighlightRun> of(List<ShownCoding> codings, int textLength, boolean severalCoders) {
        int[] cuts = new int[codings.size() * 2 + 2];
        int n = 0;
        cuts[n++] = 0;
        cuts[n++] = textLength;
        for (ShownCoding coding : codings) {
            cuts[n++] = Math.min(coding.start(), textLength);
            cuts[n++] = Math.min(coding.end(), textLength);
        }
        Arrays.sort(cuts, 0, n);
        List<ShownCoding> byStart = new ArrayList<>(codings);
        byStart.sort(Comparator.comparingInt(ShownCoding::start).thenComparing(c -> -c.end()));
        List<ShownCoding> byEnd = new ArrayList<>(codings);
        byEnd.sort(Comparator.comparingInt(ShownCoding::end));

        List<HighlightRun> runs = new ArrayList<>(n);
        // In the order the codings started, so overlapping colours blend the same way on every run.
        Set<ShownCoding> active = new LinkedHashSet<>();
        int nextStart = 0;
        int nextEnd = 0;
        int previous = -1;
        for (int i = 0; i < n; i++) {
            int at = cuts[i];
            if (at == previous) {
                continue;
            }
            while (nextEnd < byEnd.size() && byEnd.get(nextEnd).end() <= at) {
                active.remove(byEnd.get(nextEnd++));
            }
            while (nextStart < byStart.size() && byStart.get(nextStart).start() <= at) {
                ShownCoding started = byStart.get(nextStart++);
                if (started.end() > at) {
                    active.add(started);
                }
            }
            int next = i + 1 < n ? cuts[i + 1] : at;
            for (int j = i + 1; j < n && cuts[j] == at; j++) {
                next = j + 1 < n ? cuts[j + 1] : at;
            }
            if (next > at) {
                List<ShownCoding> covering = List.copyOf(active);
                runs.add(new HighlightRun(at, next, covering, Shade.of(covering, severalCoders)));
            }
            previous = at;
        }
        return runs;
    }
}
