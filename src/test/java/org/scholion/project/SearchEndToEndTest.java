package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.project.SearchSemantics.actual;
import static org.scholion.project.SearchSemantics.expected;
import static org.scholion.project.SearchSemantics.flat;

import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholion.index.HitOrder;
import org.scholion.index.KwicLine;
import org.scholion.index.KwicSort;
import org.scholion.index.SearchResults;
import org.scholion.project.SearchSemantics.Located;
import org.scholion.source.SourceId;
import org.scholion.source.TextOffsets;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search and keyword in context over the imported sample corpus, checked against an independent
 * count of docs/search.md's rules over the texts as the project stores them: same number, same
 * places, and every span holding the word or phrase searched for.
 */
class SearchEndToEndTest {

    @TempDir
    static Path dir;
    static Project project;
    static final Map<SourceId, TextOffsets> texts = new HashMap<>();

    @BeforeAll
    static void importTheCorpus() {
        project = SampleCorpus.imported(dir);
        project.sources().list().forEach(s -> texts.put(s.id(), TextOffsets.of(project.sources().text(s.id()))));
    }

    @AfterAll
    static void close() {
        project.close();
    }

    private static SearchResults assertSameMatches(String query, Pattern pattern, int atLeast) {
        List<Located> expected = expected(project, pattern);
        SearchResults results = project.search().search(query, Integer.MAX_VALUE, HitOrder.SOURCE);

        assertThat(expected).hasSizeGreaterThanOrEqualTo(atLeast);
        assertThat(results.totalMatches()).isEqualTo(expected.size());
        assertThat(actual(results)).containsExactlyElementsOf(expected);
        for (Located match : actual(results)) {
            assertThat(texts.get(match.source()).slice(match.span())).matches(pattern);
        }
        assertThat(results.hits()).hasSize(results.totalPassages()).allSatisfy(hit ->
                assertThat(hit.matches()).allSatisfy(m -> assertThat(hit.passage().start() <= m.start()
                        && m.end() <= hit.passage().end()).as("match inside its passage").isTrue()));
        System.out.printf("%s: %d matches in %d passages%n", query, results.totalMatches(), results.totalPassages());
        return results;
    }

    @Test
    void peacekeepingFindsEverySpellingInTheStoredTexts() {
        SearchResults results = assertSameMatches("peacekeeping", SearchSemantics.PEACEKEEPING, 300);
        List<String> spellings = actual(results).stream()
                .map(m -> texts.get(m.source()).slice(m.span()).toLowerCase(Locale.ROOT).replaceAll("\\s+", "")).distinct().toList();
        assertThat(spellings).contains("peacekeeping", "peace-keeping", "peacekeepers", "peacekeeper");
    }

    @Test
    void natoIsCountedAsAWordInAnyCase() {
        assertSameMatches("NATO", SearchSemantics.NATO, 130); // the teasers after the 2020 article, with 17 more, are cut
        assertThat(project.search().search("nato", Integer.MAX_VALUE, HitOrder.SOURCE).totalMatches())
                .isEqualTo(expected(project, SearchSemantics.NATO).size());
    }

    @Test
    void powerPoliticalFindsThePhraseHyphenatedSpacedAndInflected() {
        SearchResults phrase = assertSameMatches("\"power political\"", SearchSemantics.POWER_POLITICAL, 30);
        SearchResults hyphenated = project.search().search("power-political", Integer.MAX_VALUE, HitOrder.SOURCE);
        assertThat(actual(hyphenated)).containsExactlyElementsOf(actual(phrase));
    }

    @Test
    void kwicOfPeacekeepingHasOneLinePerMatchWithItsExactKeywordAndContext() {
        List<Located> expected = expected(project, SearchSemantics.PEACEKEEPING);
        List<KwicLine> lines = project.search().kwic("peacekeeping", 40, KwicSort.SOURCE);

        assertThat(lines).hasSize(expected.size());
        assertThat(lines).extracting(line -> new Located(line.source(), line.match())).containsExactlyElementsOf(expected);
        for (KwicLine line : lines) {
            TextOffsets text = texts.get(line.source());
            int start = line.match().start();
            int end = line.match().end();
            assertThat(line.keyword()).isEqualTo(flat(text.slice(line.match())));
            int left = line.left().codePointCount(0, line.left().length());
            int right = line.right().codePointCount(0, line.right().length());
            assertThat(left).isLessThanOrEqualTo(40);
            assertThat(right).isLessThanOrEqualTo(40);
            assertThat(line.left()).isEqualTo(flat(text.slice(start - left, start)));
            assertThat(line.right()).isEqualTo(flat(text.slice(end, end + right)));
        }
    }

    private static List<String> words(String context) {
        return Arrays.stream(context.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static Comparator<List<String>> wordByWord() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        return (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = collator.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        };
    }

    private static void assertSortedBy(List<KwicLine> lines, Function<KwicLine, List<String>> key) {
        Comparator<List<String>> order = wordByWord();
        for (int i = 1; i < lines.size(); i++) {
            assertThat(order.compare(key.apply(lines.get(i - 1)), key.apply(lines.get(i))))
                    .as("line %d (%s) sorts after line %d (%s)", i - 1, lines.get(i - 1), i, lines.get(i))
                    .isLessThanOrEqualTo(0);
        }
    }

    @Test
    void kwicSortsByTheWordsLeftAndRightOfTheKeyword() {
        List<KwicLine> bySource = project.search().kwic("peacekeeping", 40, KwicSort.SOURCE);
        List<KwicLine> byLeft = project.search().kwic("peacekeeping", 40, KwicSort.LEFT);
        List<KwicLine> byRight = project.search().kwic("peacekeeping", 40, KwicSort.RIGHT);

        assertThat(byLeft).containsExactlyInAnyOrderElementsOf(bySource);
        assertThat(byRight).containsExactlyInAnyOrderElementsOf(bySource);
        assertSortedBy(byLeft, line -> {
            List<String> nearestFirst = new ArrayList<>(words(line.left()));
            Collections.reverse(nearestFirst);
            return nearestFirst;
        });
        assertSortedBy(byRight, line -> words(line.right()));
        assertThat(byLeft).isNotEqualTo(bySource);
        assertThat(byRight).isNotEqualTo(bySource);
    }
}
