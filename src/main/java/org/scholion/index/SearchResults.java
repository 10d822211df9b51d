package org.scholion.index;

import java.util.List;

/**
 * The outcome of a search.
 *
 * @param totalPassages how many passages match, however many hits were asked for
 * @param totalMatches how many word or phrase matches those passages hold in all
 * @param hits the first hits in the requested order
 */
public record SearchResults(int totalPassages, int totalMatches, List<PassageHit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
