package org.scholion.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The suite reads a child benchmark's figures from its output, whatever else the child printed. */
class ChildResultTest {

    @Test
    void figuresComeBackByNameWithEveryRunAndOtherLinesArePassedOver() {
        String output = String.join("\n",
                "sample project imported in 2.1 s",
                ChildResult.line("open-ms", List.of(154.0, 160.25, 149.5)),
                "RESULT broken 1.0 x",
                "RESULT",
                ChildResult.line("rss-mb", List.of(812.0)));

        var figures = ChildResult.parse(output);

        assertThat(figures).containsOnlyKeys("open-ms", "rss-mb");
        assertThat(figures.get("open-ms")).containsExactly(154.0, 160.25, 149.5);
        assertThat(figures.get("rss-mb")).containsExactly(812.0);
    }
}
