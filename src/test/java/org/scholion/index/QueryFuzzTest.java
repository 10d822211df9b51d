package org.scholion.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.scholion.fuzz.FuzzTally;

/**
 * The query front end on whatever a researcher (or a pasted text) may type: runs of the query
 * language's own characters and words, with letters, digits, other scripts and emoji. Every query
 * is answered on a real index (the four sources of {@link PassageIndexTest}) or refused with a
 * one-line {@link QuerySyntaxException} and a column inside the query; nothing else escapes, and
 * nothing hangs (a pattern that would take the automaton builder too far is refused). Tries:
 * {@code -Dfuzz.tries} (docs/reliability.md).
 */
class QueryFuzzTest {

    private static final String[] PIECES = {"\"", "*", "?", "~", "~2", ":", "(", ")", "[", "]", "{", "}", "^", "^3",
            "\\", "/", "-", "+", "!", "&&", "||", " AND ", " OR ", " NOT ", " TO ", " ", " ", "text:", "year:",
            "type:", "code:", "source:", "language:", "NATO", "peace-keeping", "Russia", "Россия", "😀", "𝔄", "2008",
            "a", "e", ".*", "[a-z]+", "{1,1000}", "'", "\u00a0", "\t"};

    private static Path folder;
    private static PassageIndex index;

    @BeforeContainer
    static void openIndex() throws IOException {
        folder = Files.createTempDirectory("query-fuzz");
        index = PassageIndex.open(folder.resolve("index"));
        index.rebuild(PassageIndexTest.sources());
    }

    @AfterContainer
    static void closeIndex() throws IOException {
        FuzzTally.record();
        index.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Property
    void everyQueryIsAnsweredOrRefusedInOneLine(@ForAll("queries") String query) throws IOException {
        FuzzTally.tried("queries");
        try {
            SearchResults results = index.search(query, 20, HitOrder.SCORE);
            assertThat(results.totalMatches()).isNotNegative();
            assertThat(index.kwic(query, 20, KwicSort.SOURCE)).as("every match as a KWIC line").hasSize(results.totalMatches());
        } catch (QuerySyntaxException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            assertThat(e.column()).isBetween(0, query.length() + 1);
        }
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(6));
        return piece.list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
}
