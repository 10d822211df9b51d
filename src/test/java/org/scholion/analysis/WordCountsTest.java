package org.scholion.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Word counts by stem, shown in the commonest form; collocates within a window, with log Dice. */
class WordCountsTest {

    /** Tokens from "stem/surface" words, one position each, "-" for a removed stop word. */
    private static List<WordToken> passage(String... words) {
        List<WordToken> tokens = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals("-")) {
                String[] parts = words[i].split("/");
                tokens.add(new WordToken(parts[0], parts[1], i));
            }
        }
        return tokens;
    }

    @Test
    void wordsAreCountedByStemAndShownInTheirCommonestForm() {
        List<List<WordToken>> passages = List.of(
                passage("negoti/negotiations", "russia/russia", "negoti/negotiation"),
                passage("negoti/negotiations", "peac/peace"));

        WordFrequencies words = WordCounts.frequencies("Peace", passages, 0);

        assertThat(words.words().getFirst()).isEqualTo(new WordCount("negotiations", "negoti", 3, 2));
        assertThat(words.words()).extracting(WordCount::word).containsExactly("negotiations", "peace", "russia");
        assertThat(words.tokens()).isEqualTo(5);
        assertThat(words.passages()).isEqualTo(2);
        CountTable table = words.table();
        assertThat(table.columns()).containsExactly("occurrences", "passages");
        assertThat(table.cell("negotiations", "passages")).isEqualTo(2);
        assertThat(WordCounts.frequencies("Peace", passages, 1).words()).hasSize(1);
    }

    @Test
    void collocatesLieWithinTheWindowCountingStopWords() {
        List<List<WordToken>> passages = List.of(
                passage("nato/nato", "-", "enlarg/enlargement", "-", "-", "far/far"),
                passage("enlarg/enlargement", "east/east"),
                passage("nato/nato", "nato/nato", "east/east"));

        Collocates c = WordCounts.collocates("NATO", "NATO", Set.of("nato"), 2, passages, 0);

        assertThat(c.occurrences()).isEqualTo(3);
        assertThat(c.collocates()).extracting(Collocate::word).containsExactlyInAnyOrder("enlargement", "east");
        Collocate enlargement = c.collocates().stream().filter(x -> x.word().equals("enlargement")).findFirst().orElseThrow();
        assertThat(enlargement.together()).isEqualTo(1);
        assertThat(enlargement.frequency()).isEqualTo(2);
        assertThat(enlargement.logDice()).isCloseTo(14 + Math.log(2.0 / 5) / Math.log(2), within(1e-9));
        Collocate east = c.collocates().stream().filter(x -> x.word().equals("east")).findFirst().orElseThrow();
        assertThat(east.together()).as("near two NATOs, counted once").isEqualTo(1);
        assertThat(c.table().cell("east", "occurrences")).isEqualTo(2);
        assertThatThrownBy(() -> WordCounts.collocates("NATO", "NATO", Set.of("nato"), 0, passages, 0))
                .hasMessageContaining("at least one word");
    }
}
