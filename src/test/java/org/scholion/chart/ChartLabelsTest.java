package org.scholion.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Labels shortened for charts keep what identifies them: the code's own name. */
class ChartLabelsTest {

    @Test
    void aShortLabelStaysAsItIs() {
        assertThat(ChartLabels.shorten("Security interests", 32)).isEqualTo("Security interests");
    }

    @Test
    void aLongPathKeepsItsLastName() {
        assertThat(ChartLabels.shorten("Bilateral relations/Relations with Georgia", 32))
                .isEqualTo("\u2026/Relations with Georgia");
    }

    @Test
    void anEscapedSlashIsPartOfTheName() {
        assertThat(ChartLabels.shorten("Regional conflicts/Abkhazia\\/South Ossetia war", 32))
                .isEqualTo("\u2026/Abkhazia/South Ossetia war");
    }

    @Test
    void aLongNameIsCutWithAnEllipsisAndNeverSplitsACodePoint() {
        assertThat(ChartLabels.shorten("Abcdefghij", 5)).isEqualTo("Abcd\u2026");
        String emoji = "\uD83D\uDE00".repeat(6);
        assertThat(ChartLabels.shorten(emoji, 4)).isEqualTo("\uD83D\uDE00".repeat(3) + "\u2026");
    }

    @Test
    void labelsThatWouldReadTheSameKeepTheirFullPaths() {
        assertThat(ChartLabels.shortenAll(java.util.List.of("Security interests/Other security interests",
                "Power-political interests/Other security interests", "Bilateral relations/Relations with Georgia"), 32))
                .containsExactly("Security interests/Other security interests",
                        "Power-political interests/Other security interests", "\u2026/Relations with Georgia");
    }

    @Test
    void axisScalesEndOnRoundNumbers() {
        assertThat(AxisScale.upTo(0)).isEqualTo(new AxisScale(1, 1));
        assertThat(AxisScale.upTo(7)).isEqualTo(new AxisScale(8, 2));
        assertThat(AxisScale.upTo(120)).isEqualTo(new AxisScale(150, 50));
        assertThat(AxisScale.upTo(1234)).isEqualTo(new AxisScale(1500, 500));
    }
}
