package org.scholion.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which queries have their match totals read from the postings (words, patterns, phrases), and which not. */
class PostingsMatchCounterTest {

    private final QueryCompiler compiler = new QueryCompiler();

    @ParameterizedTest
    @ValueSource(strings = {"peacekeeping", "Russia AND Georgia NOT Abkhazia", "type:news peacekeepers",
            "year:[2008 TO 2021] NATO", "NATO OR OSCE", "-news security", "\"power political\"", "negotiat*",
            "Russ?a", "peacekeeping OR \"power political\"", "\"security of Russia\" AND negotiat*",
            "\"NATO enlargement\"~5", "peacekeeping OR \"NATO enlargement\"~3"})
    void wordsPatternsAndExactPhrasesAreCountedFromThePostings(String query) throws Exception {
        assertThat(PostingsMatchCounter.of(MatchesQuery.of(compiler.compile(query)))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Russia and Russia\"~4", "Russia~1", "peacekeeping OR \"security and security\"~3",
            "type:news"})
    void proximityWithARepeatedWordFuzzyWordsOrNoWordsGoThroughTheMatchesApi(String query) throws Exception {
        assertThat(PostingsMatchCounter.of(MatchesQuery.of(compiler.compile(query)))).isEmpty();
    }
}
