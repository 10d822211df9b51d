package org.scholion.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A span is start inclusive, end exclusive, never empty: the REFI-QDA convention Scholion stores. */
class SpanTest {

    @Test
    void lengthIsEndMinusStart() {
        assertThat(new Span(3, 7).length()).isEqualTo(4);
        assertThat(new Span(0, 1).length()).isEqualTo(1);
    }

    @Test
    void theEndIsExcluded() {
        Span span = new Span(3, 7);

        assertThat(span.contains(3)).isTrue();
        assertThat(span.contains(6)).isTrue();
        assertThat(span.contains(7)).isFalse();
        assertThat(span.contains(2)).isFalse();
    }

    @Test
    void adjacentSpansDoNotOverlapButSharedCodePointsDo() {
        Span first = new Span(0, 5);

        assertThat(first.overlaps(new Span(5, 9))).isFalse();
        assertThat(first.overlaps(new Span(4, 9))).isTrue();
        assertThat(new Span(5, 9).overlaps(first)).isFalse();
        assertThat(first.overlaps(new Span(1, 2))).isTrue();
    }

    @Test
    void emptyReversedAndNegativeSpansAreRefused() {
        assertThatThrownBy(() -> new Span(4, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be after its start");
        assertThatThrownBy(() -> new Span(5, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void spansSortByStartThenEnd() {
        List<Span> spans = new ArrayList<>(List.of(new Span(4, 9), new Span(0, 8), new Span(4, 5), new Span(0, 2)));
        Collections.sort(spans);

        assertThat(spans).containsExactly(new Span(0, 2), new Span(0, 8), new Span(4, 5), new Span(4, 9));
    }

    @Test
    void printsAsAHalfOpenInterval() {
        assertThat(new Span(3, 7)).hasToString("[3, 7)");
    }
}
