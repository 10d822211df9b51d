package org.scholion.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.source.PageMap;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;
import org.scholion.source.Span;

/** Keyword-in-context lines: exact context, newlines as spaces, the four orders. */
class KwicTest {

    static final SourceId A = new SourceId(1);
    static final SourceId B = new SourceId(2);
    // Single newlines inside a paragraph (a blank line follows), so they are wrapping.
    static final String A_TEXT = "😀 zeta NATO grew.\nThe alpha NATO\nshrank.\n\nEnd.";
    static final String B_TEXT = "Beta NATO also. Then NATO.";

    @TempDir
    Path dir;
    PassageIndex index;

    @BeforeEach
    void open() throws Exception {
        index = PassageIndex.open(dir.resolve("index"));
        index.rebuild(List.of(
                new IndexedSource(B, "b", SourceType.NEWS, 2021, "en", B_TEXT, PageMap.NONE, List.of()),
                new IndexedSource(A, "a", SourceType.ARTICLE, 2020, "en", A_TEXT, PageMap.NONE, List.of())));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void contextIsWidthCodePointsEachSideWithNewlinesAsSpaces() throws Exception {
        List<KwicLine> lines = index.kwic("nato", 10, KwicSort.SOURCE);

        assertThat(lines).containsExactly(
                new KwicLine(A, new Span(7, 11), null, "😀 zeta ", "NATO", " grew. The"),
                new KwicLine(A, new Span(28, 32), null, "The alpha ", "NATO", " shrank."),
                new KwicLine(B, new Span(5, 9), null, "Beta ", "NATO", " also. The"),
                new KwicLine(B, new Span(21, 25), null, "lso. Then ", "NATO", "."));
    }

    @Test
    void theFourOrders() throws Exception {
        assertThat(index.kwic("nato", 10, KwicSort.POSITION)).extracting(line -> line.match().start())
                .containsExactly(5, 7, 21, 28);
        // Left: "alpha", "Beta", "Then", "zeta" (case and accents ignored).
        assertThat(index.kwic("nato", 10, KwicSort.LEFT)).extracting(KwicLine::left)
                .containsExactly("The alpha ", "Beta ", "lso. Then ", "😀 zeta ");
        // Right: "" (nothing), "also", "grew", "shrank".
        assertThat(index.kwic("nato", 10, KwicSort.RIGHT)).extracting(KwicLine::right)
                .containsExactly(".", " also. The", " grew. The", " shrank.");
    }

    @Test
    void aPhraseIsOneKeyword() throws Exception {
        assertThat(index.kwic("\"alpha NATO\"", 4, KwicSort.SOURCE)).containsExactly(
                new KwicLine(A, new Span(22, 32), null, "The ", "alpha NATO", " shr"));
    }

    @Test
    void leftSortComparesFurtherLeftWhenTheNearestWordsAreEqual() {
        KwicLine first = new KwicLine(A, new Span(10, 14), null, "apple same ", "X", "");
        KwicLine second = new KwicLine(B, new Span(1, 5), null, "pear same ", "X", "");
        KwicLine third = new KwicLine(A, new Span(1, 5), null, "zulu ", "X", "");

        assertThat(Kwic.sorted(List.of(third, second, first), KwicSort.LEFT)).containsExactly(first, second, third);
    }
}
