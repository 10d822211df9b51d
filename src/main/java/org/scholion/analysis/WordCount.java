package org.scholion.analysis;

/**
 * A word's frequency in a code's passages.
 *
 * @param word        its most frequent written form
 * @param key         its stem: the forms counted together
 * @param occurrences how often it occurs
 * @param passages    in how many coded passages it occurs
 */
public record WordCount(String word, String key, long occurrences, long passages) {
}
