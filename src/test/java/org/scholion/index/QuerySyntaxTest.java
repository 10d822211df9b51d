package org.scholion.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A query that cannot be read gives one line that points at the problem, never a stack trace. */
class QuerySyntaxTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NATO AND                    | 9  | column 9: the query ends, expected a word, a "phrase" or '('
            (NATO OR Russia             | 16 | column 16: the query ends, expected
            "NATO enlargement           | 1  | close the quote
            year:[2008 TO               | 14 | column 14: the query ends, expected
            NATO )                      | 6  | column 6: unexpected ')'
            colour:red                  | 1  | column 1: unknown field 'colour' (fields: text: type: year:
            NATO type:blog              | 6  | column 6: unknown source type 'blog' (expected one of thesis
            year:twenty                 | 1  | column 1: 'twenty' is not a year
            source:x                    | 1  | column 1: 'x' is not a source id
            code:"A//B"                 | 1  | column 1: 'A//B' is not a code path
            type:[a TO b]               | 1  | a range [a TO b] works only on year:
            """)
    void badQueriesGiveOneLineWithTheColumn(String query, int column, String message) throws Exception {
        try (PassageIndex index = PassageIndex.open(dir.resolve("index"))) {
            QuerySyntaxException e = catchThrowableOfType(QuerySyntaxException.class, () -> index.search(query, 10));

            assertThat(e.getMessage()).contains(message).doesNotContain("\n").doesNotContain("Exception")
                    .doesNotContain("<");
            assertThat(e.column()).isEqualTo(column);
        }
    }

    @Test
    void anEmptyQueryIsAnErrorOfTheWholeQuery() throws Exception {
        try (PassageIndex index = PassageIndex.open(dir.resolve("index"))) {
            QuerySyntaxException e = catchThrowableOfType(QuerySyntaxException.class, () -> index.kwic("  ", 5, KwicSort.SOURCE));
            assertThat(e.getMessage()).isEqualTo("the query is empty");
            assertThat(e.column()).isZero();
        }
    }
}
