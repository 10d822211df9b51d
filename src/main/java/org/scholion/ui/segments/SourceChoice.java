package org.scholion.ui.segments;

import org.scholion.source.SourceId;

/** A source offered by the source filter, shown by its title. */
public record SourceChoice(SourceId id, String title) {

    @Override
    public String toString() {
        return title;
    }
}
