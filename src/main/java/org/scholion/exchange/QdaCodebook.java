package org.scholion.exchange;

import java.util.List;

/** A REFI-QDA codebook (a .qdc file): codes and code sets. */
public record QdaCodebook(String origin, List<QdaCode> codes, List<QdaSet> sets) {
    public QdaCodebook {
        origin = origin == null ? "" : origin;
        codes = List.copyOf(codes);
        sets = List.copyOf(sets);
    }
}
