package org.scholion.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a quote must not turn into when Pandoc reads it: lists, headings, rules, links, HTML, smart dashes. */
class MarkdownTextTest {

    @Test
    void markupAnywhereIsEscaped() {
        assertThat(MarkdownText.escape("a *b* _c_ [d](e) <i> #f `g` @h $x$ |y| ~z^"))
                .isEqualTo("a \\*b\\* \\_c\\_ \\[d\\](e) \\<i\\> \\#f \\`g\\` \\@h \\$x\\$ \\|y\\| \\~z\\^");
        assertThat(MarkdownText.escape("back\\slash")).isEqualTo("back\\\\slash");
        assertThat(MarkdownText.escape("1991--2008 and ![img]")).isEqualTo("1991\\--2008 and \\!\\[img\\]");
    }

    @Test
    void lineStartsThatWouldBecomeListsOrHeadingsAreEscapedButOrdinaryPunctuationIsNot() {
        assertThat(MarkdownText.escape("- item\n+ item\n= rule\n12. point\n  3) x"))
                .isEqualTo("\\- item\n\\+ item\n\\= rule\n12\\. point\n  3\\) x");
        assertThat(MarkdownText.escape("Power-political 2+2=4. In 1991. Yes!"))
                .isEqualTo("Power-political 2+2=4. In 1991. Yes!");
    }

    @Test
    void aBlockQuoteKeepsParagraphs() {
        assertThat(MarkdownText.blockQuote("Перша “лапка”\n\n- друга 🙂")).isEqualTo("> Перша “лапка”\n>\n> \\- друга 🙂\n");
    }
}
