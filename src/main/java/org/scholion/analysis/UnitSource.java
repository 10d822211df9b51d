package org.scholion.analysis;

import java.util.List;
import java.util.Objects;
import org.scholion.source.SourceId;
import org.scholion.source.Span;

/**
 * A source as agreement sees it: its title, its length in code points and, for sentence or
 * paragraph units, its units in text order (not overlapping). Character units need no list.
 */
public record UnitSource(SourceId id, String title, int length, List<Span> units) {

    public UnitSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        units = List.copyOf(units);
        for (int i = 1; i < units.size(); i++) {
            if (units.get(i).start() < units.get(i - 1).end()) {
                throw new IllegalArgumentException(title + ": units " + units.get(i - 1) + " and " + units.get(i)
                        + " overlap or are out of order");
            }
        }
    }
}
