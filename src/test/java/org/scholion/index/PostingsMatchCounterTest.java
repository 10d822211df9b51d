package org.scholion.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which queries have their match totals read from the postings (the broad ones), and which not. */
class PostingsMatchCounterTest {

    private final QueryCompiler compiler = new QueryCompiler();

    @ParameterizedTest
    @ValueSource(strings = {"peacekeeping", "Russia AND Georgia NOT Abkhazia", "type:news peacekeepers",
            "year:[2008 TO 2021] NATO", "NATO OR OSCE", "-news security"})
    void wordsOnlyQueriesAreCountedFromThePostings(String query) throws Exception {
        assertThat(PostingsMatchCounter.of(MatchesQuery.of(compiler.compile(query)))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"power political\"", "\"NATO enlargement\"~5", "negotiat*", "Russia~1",
            "peacekeeping OR \"power political\"", "type:news"})
    void queriesWithPhrasesPatternsOrNoWordsGoThroughTheMatchesApi(String query) throws Exception {
        assertThat(PostingsMatchCounter.of(MatchesQuery.of(compiler.compile(query)))).isEmpty();
    }
}
