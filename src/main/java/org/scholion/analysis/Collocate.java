package org.scholion.analysis;

/**
 * A word near a given word in a code's passages.
 *
 * @param word      its most frequent written form
 * @param key       its stem
 * @param together  its occurrences within the window of an occurrence of the given word
 * @param frequency all its occurrences in the passages
 * @param logDice   14 + log2(2 * together / (frequency + the given word's occurrences)): 14 when
 *                  the two words only ever occur together, one less for each halving; comparable
 *                  between codes of any size (Rychly 2008)
 */
public record Collocate(String word, String key, long together, long frequency, double logDice) {
}
