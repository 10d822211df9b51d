package org.scholion.analysis;

import java.util.List;

/**
 * Reliability data for unitized alpha: the coders, and the texts (continua) each of them read in
 * full and marked stretches of. Leave out a text that not every coder read: a coder who read a
 * text and marked nothing says "nothing relevant here", and is counted as saying so.
 */
public record UnitizedData(List<String> coders, List<Continuum> continua) {

    public UnitizedData {
        coders = List.copyOf(coders);
        continua = List.copyOf(continua);
        if (coders.isEmpty()) {
            throw new IllegalArgumentException("unitized data needs at least one coder");
        }
        for (Continuum continuum : continua) {
            for (CodedInterval interval : continuum.intervals()) {
                if (interval.coder() >= coders.size()) {
                    throw new IllegalArgumentException("interval in " + continuum.id() + " names coder "
                            + interval.coder() + " of " + coders.size());
                }
            }
        }
    }
}
