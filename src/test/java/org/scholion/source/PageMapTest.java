package org.scholion.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A citation needs the page a passage is on: the page map turns code-point offsets into page labels. */
class PageMapTest {

    // Pages of a thesis: front matter in roman numerals, then arabic. Starts are code points.
    private final PageMap thesis = new PageMap(List.of(
            new PageMap.PageStart("i", 0),
            new PageMap.PageStart("1", 100),
            new PageMap.PageStart("2", 250)));

    @Test
    void anOffsetLiesOnThePageThatStartsAtOrBeforeIt() {
        assertThat(thesis.pageAt(0)).isEqualTo("i");
        assertThat(thesis.pageAt(99)).isEqualTo("i");
        assertThat(thesis.pageAt(100)).isEqualTo("1");
        assertThat(thesis.pageAt(249)).isEqualTo("1");
        assertThat(thesis.pageAt(250)).isEqualTo("2");
        assertThat(thesis.pageAt(10_000)).isEqualTo("2");
    }

    @Test
    void textBeforeTheFirstPageStartIsCitedOnTheFirstPage() {
        PageMap map = new PageMap(List.of(new PageMap.PageStart("5", 20), new PageMap.PageStart("6", 40)));

        assertThat(map.pageAt(3)).isEqualTo("5");
    }

    @Test
    void aSpanAcrossAPageBreakIsCitedWithAnEnDashRange() {
        assertThat(thesis.pagesOf(new Span(90, 120))).isEqualTo("i\u20131");
        assertThat(thesis.pagesOf(new Span(120, 300))).isEqualTo("1\u20132");
        assertThat(thesis.pagesOf(new Span(120, 130))).isEqualTo("1");
    }

    @Test
    void aSpanEndingExactlyWhereAPageStartsStaysOnThePageBefore() {
        // The end is exclusive: [90, 100) holds no character of page 1.
        assertThat(thesis.pagesOf(new Span(90, 100))).isEqualTo("i");
        assertThat(thesis.pagesOf(new Span(90, 101))).isEqualTo("i\u20131");
    }

    @Test
    void anUnpagedSourceHasNoPages() {
        assertThat(PageMap.NONE.isEmpty()).isTrue();
        assertThat(PageMap.NONE.pageAt(5)).isNull();
        assertThat(PageMap.NONE.pagesOf(new Span(0, 5))).isNull();
    }

    @Test
    void anEmptyPageSharesItsStartWithTheNextAndOffsetsGoToTheLaterOne() {
        // A blank page in a PDF adds no text: two pages start at the same offset.
        PageMap map = new PageMap(List.of(new PageMap.PageStart("1", 0), new PageMap.PageStart("2", 50),
                new PageMap.PageStart("3", 50)));

        assertThat(map.pageAt(50)).isEqualTo("3");
        assertThat(map.pageAt(49)).isEqualTo("1");
    }

    @Test
    void pagesOutOfTextOrderAreRefused() {
        assertThatThrownBy(() -> new PageMap(List.of(new PageMap.PageStart("2", 50), new PageMap.PageStart("3", 10))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page 3 starts before page 2");
    }

    @Test
    void aPageNeedsALabelAndANonNegativeStart() {
        assertThatThrownBy(() -> new PageMap.PageStart(" ", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageMap.PageStart("4", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void theMapIsACopyThatLaterChangesToTheListDoNotReach() {
        List<PageMap.PageStart> pages = new ArrayList<>(List.of(new PageMap.PageStart("1", 0)));
        PageMap map = PageMap.of(pages);
        pages.add(new PageMap.PageStart("2", 10));

        assertThat(map.pages()).hasSize(1);
        assertThat(map.pageAt(20)).isEqualTo("1");
    }
}
