package org.scholion.index;

/** The order of keyword-in-context lines. */
public enum KwicSort {
    /** By source id, then position in the source: reading order. */
    SOURCE,
    /** By position in the source (early in a text first), then by source id. */
    POSITION,
    /** Alphabetically by the word just left of the keyword, then the word left of that, and so on. */
    LEFT,
    /** Alphabetically by the word just right of the keyword, then the next, and so on. */
    RIGHT
}
