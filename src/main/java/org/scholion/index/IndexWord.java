package org.scholion.index;

/**
 * A word of a text as the index reads it.
 *
 * @param stem     the form the index matches by: lower case, folded, stemmed ("negoti")
 * @param surface  the word as written, lower case and folded, hyphens of a compound dropped
 *                 ("negotiations", "peacekeeping")
 * @param position its number in the text, counting the stop words left out
 */
public record IndexWord(String stem, String surface, int position) {
}
