package org.scholion.analysis;

/**
 * A word of a coded passage as the index's analysis reads it, stop words already removed.
 *
 * @param key      what is counted: the stem the index searches by ("negoti")
 * @param surface  the word as written, lower case ("negotiations"), which a report shows
 * @param position the word's number in the passage, counting removed stop words too
 */
public record WordToken(String key, String surface, int position) {
}
