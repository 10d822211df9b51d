package org.scholion.index;

/** The order of search hits. */
public enum HitOrder {
    /** By source id, then by position in the source: reading order. */
    SOURCE,
    /** Best match first (BM25); ties in reading order. */
    SCORE
}
