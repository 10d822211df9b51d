package org.scholion.bench;

import java.util.List;

/**
 * One query of the search comparison: Scholion's query syntax and its fair translation into a
 * regular expression for the scanners (Python's re and ripgrep read the same syntax for these).
 * Case-insensitive, whole words, word families where Scholion's
 * analyser stems, so that both sides look for the same thing.
 *
 * @param kind term, phrase, proximity, boolean or wildcard
 * @param scholion the query as a Scholion user types it
 * @param regex what a QualCoder or ripgrep user would type for it
 * @param pcre whether ripgrep needs its PCRE2 engine (-P) for the pattern (look-arounds)
 * @param note how the regex differs from the query, where it must
 */
record ComparisonQuery(String kind, String scholion, String regex, boolean pcre, String note) {

    static final List<ComparisonQuery> ALL = List.of(
            new ComparisonQuery("term", "peacekeeping", "(?i)\\bpeacekeep\\w*", false,
                    "Scholion's English analyser stems (Porter): peacekeeping also finds peacekeeper(s), so the regex takes the word family"),
            new ComparisonQuery("phrase", "\"power political\"", "(?i)\\bpower\\w*\\W+politic\\w*", false,
                    "the two stems in a row, only non-word characters between"),
            new ComparisonQuery("proximity", "\"NATO enlargement\"~5",
                    "(?i)\\bnato\\W+(?:\\w+\\W+){0,5}?enlargement\\b|\\benlargement\\W+(?:\\w+\\W+){0,5}?nato\\b", false,
                    "up to 5 words between, either order (Lucene's slop counts a swap as 2 moves: close, not equal)"),
            new ComparisonQuery("boolean", "Russia AND Georgia NOT Abkhazia",
                    "(?im)^(?=[^\\n]*\\bgeorgia\\b)(?![^\\n]*\\babkhazia\\b)[^\\n]*?\\brussia\\b", true,
                    "per line, not per passage: a line with Russia and Georgia and no Abkhazia, one match a line"),
            new ComparisonQuery("wildcard", "negotiat*", "(?i)\\bnegotiat\\w*", false,
                    "same matches: the prefix and any word characters"));
}
