package org.scholion.index;

import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * The character mappings applied before tokenizing, so that spellings a researcher reads as one
 * word are one word to the index. Every mapping used for indexing replaces one character by one
 * character, except the line-end hyphenation ones; MappingCharFilter corrects offsets either way.
 */
final class CharMaps {

    /**
     * Stands in for a hyphen between two letters. U+00B7 MIDDLE DOT is a MidLetter in Unicode word
     * segmentation, so the standard tokenizer keeps "peace·keeping" as one token, which the
     * compound filter then splits into its parts and joins into "peacekeeping".
     */
    static final char JOINER = '\u00B7';
    /**
     * Pads the replacement of a line-end hyphenation to the length of what it replaces, so that
     * offsets inside the token stay exact (the compound filter gives the parts of a token whose
     * length changed the offsets of the whole token). U+00AD SOFT HYPHEN is a Format character,
     * which word segmentation ignores inside a word.
     */
    static final char PAD = '\u00AD';

    private static final String[] APOSTROPHES = {"\u2019", "\u2018", "\u201B", "\u02BC", "\u2032", "`", "\u00B4"};
    private static final String[] QUOTES = {"\u201C", "\u201D", "\u201E", "\u201F", "\u00AB", "\u00BB", "\u2033"};
    private static final String[] HYPHENS = {"-", "\u2010", "\u2011"};
    private static final String[] SPACES = {"", " ", "  ", "   "};
    private static final String[] NEWLINES = {"\n", "\r\n"};

    /** For indexing and for analysing query terms. */
    static final NormalizeCharMap INDEX = build(String.valueOf(JOINER));
    /**
     * For wildcard and fuzzy terms, which are not tokenized: a hyphen is dropped, so that
     * "peace-keep*" looks among the joined forms ("peacekeeping").
     */
    static final NormalizeCharMap NORMALIZE = build("");

    private CharMaps() {
    }

    private static NormalizeCharMap build(String hyphenReplacement) {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (String apostrophe : APOSTROPHES) {
            map.add(apostrophe, "'");
        }
        for (String quote : QUOTES) {
            map.add(quote, "\"");
        }
        // Russian readers treat ё and е as one letter; most texts print е.
        map.add("\u0451", "\u0435");
        map.add("\u0401", "\u0415");
        for (String hyphen : HYPHENS) {
            map.add(hyphen, hyphenReplacement);
            if (!hyphenReplacement.isEmpty()) {
                addLineEndHyphenation(map, hyphen, hyphenReplacement);
            }
        }
        return map.build();
    }

    /**
     * A word hyphenated at a line end ("peace-\nkeeping", or "peace-\n\nkeeping" in a line-spaced
     * PDF extraction, with stray spaces) is read as the hyphenated word. Only across a line break:
     * "pro- and anti-Russian" on one line stays apart.
     */
    private static void addPadded(NormalizeCharMap.Builder map, String match, String replacement) {
        map.add(match, replacement + String.valueOf(PAD).repeat(match.length() - replacement.length()));
    }

    private static void addLineEndHyphenation(NormalizeCharMap.Builder map, String hyphen, String replacement) {
        for (String before : SPACES) {
            for (String newline : NEWLINES) {
                for (String after : SPACES) {
                    addPadded(map, hyphen + before + newline + after, replacement);
                    for (String second : NEWLINES) {
                        for (String afterSecond : SPACES) {
                            addPadded(map, hyphen + before + newline + after + second + afterSecond, replacement);
                        }
                    }
                }
            }
        }
    }
}
