package org.scholion.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scholion.coding.Coding;
import org.scholion.source.SourceId;
import org.scholion.source.Span;

/**
 * Counts which codes co-occur.
 *
 * <p>Two codings co-occur when they are distinct codings by the <em>same coder</em> in the same
 * source and either their spans overlap (share at least one code point; spans that only touch, one
 * ending where the other starts, do not) or, in paragraph scope, some paragraph overlaps both of
 * them. Pairs are formed within one coder because co-occurrence describes one reading of the text:
 * across coders it would count a second coder's codes as if the first had applied them (narrow the
 * request to one coder to see that coder alone).
 *
 * <p>The cell (X, Y) is the number of distinct co-occurring coding pairs with one coding of X and
 * the other of Y (with sub-codes: of X's and Y's subtrees; a pair counts once per cell even when
 * both its codings fall under both codes). The table is symmetric: (X, Y) = (Y, X), each pair
 * counted in both, so it is not summable. The diagonal (X, X) counts pairs of two codings of X that
 * co-occur: overlapping codings of one code, or a code applied twice in one paragraph.
 *
 * <p>Fast: per source and coder, the codings (as code-point intervals, or as intervals of paragraph
 * numbers) are sorted by start and swept once, keeping those still open, so the work grows with
 * the codings and the pairs found, not with all pairs.
 */
public final class CoOccurrences {

    private CoOccurrences() {
    }

    /**
     * The co-occurrences in a corpus already narrowed to the request; {@code paragraphs} (sorted
     * spans per source) is needed for paragraph scope only.
     */
    public static CoOccurrence of(CodedCorpus corpus, CoOccurrenceScope scope, boolean withSubCodes,
                                  Map<SourceId, List<Span>> paragraphs) {
        CodeRows rows = new CodeRows(corpus.codebook(), withSubCodes);
        int size = rows.size();
        List<Coding> codings = corpus.codings();
        long[][] grid = new long[size][size];
        Map<Integer, LongList> cells = new HashMap<>();
        for (List<Interval> group : groups(codings, scope, paragraphs)) {
            sweep(group, (a, b) -> count(rows, codings.get(a), codings.get(b), a, b, grid, cells, size));
        }
        Map<Integer, long[]> pairs = new HashMap<>();
        cells.forEach((cell, list) -> pairs.put(cell, list.toArray()));
        String title = (scope == CoOccurrenceScope.OVERLAP ? "Co-occurrence of codes on overlapping segments"
                : "Co-occurrence of codes within a paragraph") + (withSubCodes ? " (with sub-codes)" : "");
        CountTable table = CountTable.of(title, "Code", "Code", "coding pairs", rows.labels(), rows.labels(), false, grid);
        return new CoOccurrence(table, scope, codings, pairs);
    }

    /** A coding (by its index) as an interval [start, end) of code points or of paragraph numbers. */
    private record Interval(int coding, int start, int end) {
    }

    private interface PairSink {
        void pair(int first, int second);
    }

    /** The codings' intervals, one list per source and coder, in source order. */
    private static List<List<Interval>> groups(List<Coding> codings, CoOccurrenceScope scope,
                                               Map<SourceId, List<Span>> paragraphs) {
        Map<String, List<Interval>> groups = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>(codings.size());
        for (int i = 0; i < codings.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> codings.get(i).source().value()));
        for (int i : order) {
            Coding coding = codings.get(i);
            Interval interval = scope == CoOccurrenceScope.OVERLAP
                    ? new Interval(i, coding.start(), coding.end())
                    : paragraphInterval(i, coding.span(), paragraphs.getOrDefault(coding.source(), List.of()));
            if (interval != null) {
                groups.computeIfAbsent(coding.source().value() + "\u0000" + coding.coder().name(), k -> new ArrayList<>())
                        .add(interval);
            }
        }
        return new ArrayList<>(groups.values());
    }

    /** The paragraphs a span overlaps, as [first, last + 1) of their numbers; null if it overlaps none. */
    private static Interval paragraphInterval(int coding, Span span, List<Span> paragraphs) {
        int first = firstEndingAfter(paragraphs, span.start());
        int last = first;
        while (last < paragraphs.size() && paragraphs.get(last).start() < span.end()) {
            last++;
        }
        return last > first ? new Interval(coding, first, last) : null;
    }

    /** The index of the first paragraph whose end is after the offset (paragraphs sorted, disjoint). */
    private static int firstEndingAfter(List<Span> paragraphs, int offset) {
        int low = 0;
        int high = paragraphs.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (paragraphs.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Every pair of overlapping intervals, found by one sweep in start order. */
    private static void sweep(List<Interval> group, PairSink sink) {
        group.sort(Comparator.comparingInt(Interval::start).thenComparingInt(Interval::end)
                .thenComparingInt(Interval::coding));
        List<Interval> open = new ArrayList<>();
        for (Interval next : group) {
            open.removeIf(o -> o.end() <= next.start());
            for (Interval o : open) {
                sink.pair(o.coding(), next.coding());
            }
            open.add(next);
        }
    }

    private static void count(CodeRows rows, Coding a, Coding b, int ia, int ib, long[][] grid,
                              Map<Integer, LongList> cells, int size) {
        int[] ra = rows.rowsOf(a.code());
        int[] rb = rows.rowsOf(b.code());
        int[] seen = new int[ra.length * rb.length];
        int n = 0;
        for (int x : ra) {
            for (int y : rb) {
                int cell = Math.min(x, y) * size + Math.max(x, y);
                if (!contains(seen, n, cell)) {
                    seen[n++] = cell;
                    grid[x][y]++;
                    if (x != y) {
                        grid[y][x]++;
                    }
                    cells.computeIfAbsent(cell, k -> new LongList()).add(((long) ia << 32) | ib);
                }
            }
        }
    }

    private static boolean contains(int[] values, int n, int value) {
        for (int i = 0; i < n; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** A growable array of longs, so that many pairs cost no boxing. */
    private static final class LongList {
        private long[] values = new long[4];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
