package org.scholion.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;

/**
 * The five corpus texts indexed as they are, and each search checked against an independent
 * count: a regular expression over the stored text that states the documented matching rules.
 * The comparison is of exact spans, not only of numbers, so a match in the wrong place fails too.
 */
class PassageIndexCorpusTest {

    /** Word edges as the standard tokenizer sees them: '.' and apostrophes between letters join. */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])(?<!\\p{L}[.'\u2019])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])(?![.'\u2019]\\p{L})";
    private static final String POSSESSIVE = "(?:['\u2019]s)?";
    /** A hyphen, possibly ending a line (with a blank line after it in the line-spaced thesis). */
    private static final String HYPHEN = "[-\u2010\u2011](?:[ \\t]{0,3}\\r?\\n[ \\t]{0,3}(?:\\r?\\n[ \\t]{0,3})?)?";

    /**
     * "peacekeeping": the closed, hyphenated and line-end-hyphenated spellings, any case, and the
     * inflections the Porter stemmer reduces to "peacekeep". "peace keeping" (two words) is not it.
     */
    static final Pattern PEACEKEEPING = Pattern.compile(
            BEFORE + "peace(?:" + HYPHEN + ")?keep(?:ing|ings|er|ers|s)?" + POSSESSIVE + AFTER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "NATO": any case, plural and possessive. */
    static final Pattern NATO = Pattern.compile(BEFORE + "nato(?:s)?" + POSSESSIVE + AFTER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The phrase "power political": "power" and a word stemmed to "polit" (political, politically,
     * politics) next to each other, joined by a hyphen (also at a line end) or separated by space
     * and punctuation only.
     */
    static final Pattern POWER_POLITICAL = Pattern.compile(
            BEFORE + "power" + POSSESSIVE + "(?:" + HYPHEN + "|[^\\p{L}\\p{N}.'\u2019-]+)"
                    + "polit(?:ic|ical|ically|ics|e|ely)?" + POSSESSIVE + AFTER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @TempDir
    static Path dir;
    static PassageIndex index;

    @BeforeAll
    static void indexTheCorpus() throws IOException {
        index = PassageIndex.open(dir.resolve("index"));
        index.rebuild(Corpus.sources());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    record Located(SourceId source, Span span) {
    }

    private static List<Located> expected(Pattern pattern) {
        List<Located> found = new ArrayList<>();
        for (IndexedSource source : Corpus.sources()) {
            TextOffsets offsets = TextOffsets.of(source.text());
            Matcher m = pattern.matcher(source.text());
            while (m.find()) {
                found.add(new Located(source.id(), offsets.toCodePoints(m.start(), m.end())));
            }
        }
        return found;
    }

    private static List<Located> actual(SearchResults results) {
        return results.hits().stream()
                .flatMap(hit -> hit.matches().stream().map(span -> new Located(hit.source(), span)))
                .toList();
    }

    private static void assertSameMatches(String query, Pattern pattern, int atLeast) throws Exception {
        List<Located> expected = expected(pattern);
        SearchResults results = index.search(query, Integer.MAX_VALUE);

        assertThat(expected).hasSizeGreaterThanOrEqualTo(atLeast);
        assertThat(results.totalMatches()).isEqualTo(expected.size());
        assertThat(actual(results)).containsExactlyElementsOf(expected);
        Map<SourceId, TextOffsets> texts = Corpus.sources().stream()
                .collect(Collectors.toMap(IndexedSource::id, source -> TextOffsets.of(source.text())));
        for (Located located : actual(results)) {
            assertThat(texts.get(located.source()).slice(located.span())).matches(pattern);
        }
        System.out.printf("%s: %d matches in %d passages%n", query, results.totalMatches(), results.totalPassages());
    }

    @Test
    void peacekeepingFindsEverySpellingAndInflectionAtItsExactPlace() throws Exception {
        assertSameMatches("peacekeeping", PEACEKEEPING, 300);
    }

    /**
     * A hyphenated query word means its parts as a phrase or joined, so "peace-keeping" finds all
     * that "peacekeeping" finds and, besides, the two words "Peace Keeping" (once in the corpus).
     */
    @Test
    void theHyphenatedQueryFindsTheClosedFormAndTheTwoWords() throws Exception {
        SearchResults closed = index.search("peacekeeping", Integer.MAX_VALUE);
        SearchResults hyphenated = index.search("peace-keeping", Integer.MAX_VALUE);
        Pattern twoWords = Pattern.compile(BEFORE + "peace\\s+keep(?:ing|ings|er|ers|s)?" + AFTER,
                Pattern.CASE_INSENSITIVE);

        List<Located> expected = new ArrayList<>(actual(closed));
        expected.addAll(expected(twoWords));
        expected.sort(java.util.Comparator.comparingLong((Located l) -> l.source().value()).thenComparing(Located::span));
        assertThat(expected(twoWords)).hasSize(1);
        assertThat(actual(hyphenated)).containsExactlyElementsOf(expected);
    }

    @Test
    void natoIsCountedExactly() throws Exception {
        assertSameMatches("NATO", NATO, 150);
    }

    @Test
    void powerPoliticalAsAPhraseFindsHyphenatedSpacedAndLineBrokenForms() throws Exception {
        assertSameMatches("\"power political\"", POWER_POLITICAL, 30);
        SearchResults hyphenated = index.search("power-political", Integer.MAX_VALUE);
        assertThat(actual(hyphenated)).containsExactlyElementsOf(expected(POWER_POLITICAL));
    }

    /**
     * The totals of a query of words, patterns and exact phrases are read from the postings, those
     * of other queries and the spans of every hit from the Matches API: both must count the same
     * spans, including where the words overlap ("peace" inside "peace-keeping", stacked with
     * "peacekeeping"), a pattern expands to a word and its stem at one place, or a phrase skips a
     * stop word.
     */
    @ParameterizedTest
    @ValueSource(strings = {"peacekeeping", "Russia AND Georgia NOT Abkhazia", "peacekeeping OR peace OR keeping",
            "Russia OR Russian OR Russia's", "NATO type:article", "negotiat*", "\"power political\" OR power",
            "security -year:[1990 TO 2000]", "\"power political\"", "\"security of Russia\"", "\"peace keeping\"",
            "\"Russian Federation\" OR negotiat*", "peace-keeping", "Russ?a* AND \"South Ossetia\"", "*ssia",
            "\"NATO enlargement\"~5", "/ossetia[n]?/", "\"the the\" OR secur*",
            "\"Russia Georgia\"~10", "\"security interests\"~3", "\"peace process\"~2", "\"Russia Georgia war\"~8",
            "\"Georgia Russia\"~4 OR \"NATO\"", "\"conflict Karabakh\"~20", "\"Russia Russia\"~6", "con*", "pe* AND Russia", "s*"})
    void matchTotalsEqualTheSpansOfEveryHit(String query) throws Exception {
        SearchResults results = index.search(query, Integer.MAX_VALUE);

        assertThat(results.totalPassages()).isPositive().isEqualTo(results.hits().size());
        assertThat(results.totalMatches()).isEqualTo(actual(results).size());
    }

    @Test
    void theCorpusHasParagraphPassagesInEverySource() throws Exception {
        assertThat(index.documentCount()).isBetween(1000, 2000);
        for (IndexedSource source : Corpus.sources()) {
            assertThat(index.contains(source.id())).isTrue();
        }
    }
}
