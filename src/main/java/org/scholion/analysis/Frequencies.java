package org.scholion.analysis;

/**
 * Code frequencies: how many segments, and how many sources, each code has, with the same rows and
 * columns (see {@link CodeFrequencies} for the definitions).
 */
public record Frequencies(CountTable segments, CountTable sources) {
}
