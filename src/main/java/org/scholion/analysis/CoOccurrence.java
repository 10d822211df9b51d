package org.scholion.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scholion.coding.Coding;

/**
 * A co-occurrence report: the symmetric code x code table (see {@link CoOccurrences} for what a
 * cell counts) and, for any cell, the coding pairs behind it, so that a click on a cell can list
 * the segments.
 */
public final class CoOccurrence {

    private final CountTable table;
    private final CoOccurrenceScope scope;
    private final List<Coding> codings;
    /** Per unordered cell (row <= column, as row * size + column): the pairs, each two indices into codings. */
    private final Map<Integer, long[]> pairs;

    CoOccurrence(CountTable table, CoOccurrenceScope scope, List<Coding> codings, Map<Integer, long[]> pairs) {
        this.table = table;
        this.scope = scope;
        this.codings = codings;
        this.pairs = pairs;
    }

    public CountTable table() {
        return table;
    }

    public CoOccurrenceScope scope() {
        return scope;
    }

    /** The coding pairs behind a cell, in the order found (by source, then position); as many as the cell counts. */
    public List<CodingPair> pairs(int row, int column) {
        int size = table.rows().size();
        Objects.checkIndex(row, size);
        Objects.checkIndex(column, size);
        long[] found = pairs.get(Math.min(row, column) * size + Math.max(row, column));
        if (found == null) {
            return List.of();
        }
        List<CodingPair> list = new ArrayList<>(found.length);
        for (long encoded : found) {
            list.add(new CodingPair(codings.get((int) (encoded >>> 32)), codings.get((int) encoded)));
        }
        return list;
    }

    /** The coding pairs behind the cell of two codes, by their row labels (code paths). */
    public List<CodingPair> pairs(String rowLabel, String columnLabel) {
        int row = table.rows().indexOf(rowLabel);
        int column = table.columns().indexOf(columnLabel);
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException(table.title() + " has no cell (" + rowLabel + ", " + columnLabel + ")");
        }
        return pairs(row, column);
    }

    @Override
    public String toString() {
        return table.toString();
    }
}
