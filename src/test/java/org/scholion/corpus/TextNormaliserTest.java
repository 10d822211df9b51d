package org.scholion.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholion.source.PageMap;
import org.scholion.source.TextOffsets;

/** Each step on its own, and the page map carried through every edit, in code points. */
class TextNormaliserTest {

    private final TextNormaliser normaliser = new TextNormaliser();

    private NormalisedText run(String text, NormalisationStep... steps) {
        return normaliser.normalise(text, PageMap.NONE, EnumSet.of(steps[0], steps));
    }

    @Test
    void characterSteps() {
        assertThat(run("\uFEFFText", NormalisationStep.REMOVE_BOM).text()).isEqualTo("Text");
        assertThat(run("a\r\nb\rc", NormalisationStep.NORMALISE_LINE_ENDINGS).text()).isEqualTo("a\nb\nc");
        assertThat(run("a\u0000b\tc\fd\uD800e", NormalisationStep.REPLACE_CONTROL_CHARACTERS).text())
                .isEqualTo("a\uFFFDb\tc\nd\uFFFDe");
        assertThat(run("Cafe\u0301 and 😀 e\u0301", NormalisationStep.UNICODE_NFC).text()).isEqualTo("Café and 😀 é");
    }

    @Test
    void pageStartsFollowTheTextThroughEveryStep() {
        // Page 2 starts at "keeping", after a running head and a page number that are dropped,
        // and inside a word the hyphen joiner mends; a supplementary character before it shifts
        // UTF-16 indices but not code points.
        String raw = "\uFEFF😀 Cafe\u0301 and the peace-\r\n\r\nJOURNAL OF TESTS\r\n\r\n12\r\n\r\nkeeping force.\r\n\r\nNext paragraph.";
        int page2 = TextOffsets.of(raw).toCodePoint(raw.indexOf("JOURNAL"));
        NormalisedText result = normaliser.normalise(raw,
                PageMap.of(List.of(new PageMap.PageStart("1", 0), new PageMap.PageStart("2", page2))),
                NormalisationStep.forPdfText());

        assertThat(result.text()).isEqualTo("😀 Café and the peacekeeping force.\n\nNext paragraph.");
        assertThat(result.pages().pages()).extracting(PageMap.PageStart::start)
                .containsExactly(0, TextOffsets.of(result.text()).toCodePoint(result.text().indexOf("keeping")));
        assertThat(result.appliedSteps()).containsExactly(NormalisationStep.REMOVE_BOM, NormalisationStep.NORMALISE_LINE_ENDINGS,
                NormalisationStep.REPLACE_CONTROL_CHARACTERS, NormalisationStep.UNICODE_NFC, NormalisationStep.DROP_PAGE_FURNITURE,
                NormalisationStep.JOIN_HYPHENATED_WORDS, NormalisationStep.UNWRAP_LINES, NormalisationStep.TIDY_WHITESPACE);
    }

    @Test
    void hyphenDecisionsComeFromTheDocumentsVocabulary() {
        String text = "The power-political aims and the power-\npolitical ends; a peace-\nkeeping force and a peacekeeping "
                + "mission; the inter-\nnational order; the post-\nSoviet space; see https://example.org/a-\nb-c.\n";
        assertThat(run(text, NormalisationStep.JOIN_HYPHENATED_WORDS).text()).isEqualTo(
                "The power-political aims and the power-political ends; a peacekeeping force and a peacekeeping "
                        + "mission; the international order; the post-Soviet space; see https://example.org/a-b-c.\n");
    }

    @Test
    void unwrappingKeepsParagraphsAndListItems() {
        String text = "A paragraph that was\nwrapped by the page.\n\nA second one\n• an item\n• another item\n";
        assertThat(run(text, NormalisationStep.UNWRAP_LINES, NormalisationStep.TIDY_WHITESPACE).text())
                .isEqualTo("A paragraph that was wrapped by the page.\n\nA second one\n• an item\n• another item");
    }

    @Test
    void hardWrappedTextIsTakenForPdfTextAndParagraphPerLineTextIsNot() {
        String wrapped = "This line of a printed page is cut by the margin and\n".repeat(12);
        String paragraphs = "This is one whole paragraph, written on one line as web pages and editors do. ".repeat(3) + "\n\n";
        assertThat(TextNormaliser.guessKind(wrapped)).isEqualTo(TextKind.PDF);
        assertThat(TextNormaliser.guessKind(paragraphs.repeat(12))).isEqualTo(TextKind.PLAIN);
        assertThat(TextNormaliser.guessKind("Text resize: A A\nChange contrast\n" + paragraphs)).isEqualTo(TextKind.WEB);
    }
}
