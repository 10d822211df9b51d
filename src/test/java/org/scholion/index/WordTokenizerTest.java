package org.scholion.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words as the index reads them, for word counts: one word per word of the text, with stem and written form. */
class WordTokenizerTest {

    private final WordTokenizer tokenizer = new WordTokenizer();

    @Test
    void stopWordsGoButCountAsPositionsAndCapitalisedOnesStay() {
        List<IndexWord> words = tokenizer.words("The US and the negotiations of 1994 in Russia's peace-keeping", "en");

        assertThat(words).extracting(IndexWord::surface).containsExactly("us", "negotiations", "russia", "peacekeeping");
        assertThat(words).extracting(IndexWord::position).containsExactly(1, 4, 8, 9);
        assertThat(words.get(1).stem()).isEqualTo("negoti");
        assertThat(tokenizer.words("negotiation", "en").getFirst().stem()).isEqualTo("negoti");
    }

    @Test
    void aCompoundHyphenatedAtALineEndIsOneWord() {
        assertThat(tokenizer.words("peace-\nkeeping forces", "en")).extracting(IndexWord::surface)
                .containsExactly("peacekeeping", "forces");
    }

    @Test
    void otherLanguagesKeepTheirWordsUnstemmed() {
        assertThat(tokenizer.words("Les négociations de paix", "fr")).extracting(IndexWord::stem)
                .containsExactly("les", "negociations", "de", "paix");
        assertThat(tokenizer.words("Переговоры о мире", "ru")).extracting(IndexWord::surface)
                .containsExactly("переговоры", "мире");
    }
}
