package org.scholion.analysis;

import java.util.Comparator;

/** Disagreements in reading order: by source, then position, then code. */
final class DisagreementOrder {

    static final Comparator<Disagreement> BY_PLACE = Comparator
            .comparingLong((Disagreement d) -> d.source().value())
            .thenComparing(Disagreement::span)
            .thenComparingLong(d -> d.code().value());

    private DisagreementOrder() {
    }
}
