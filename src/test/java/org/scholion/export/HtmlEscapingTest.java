package org.scholion.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.scholion.coding.CodingId;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;
import org.scholion.source.Span;

/** Every value the HTML writer puts in a page comes from the user's project, so any of them may be hostile. */
class HtmlEscapingTest {

    private static final String ATTACK = "\"><img src=x onerror=alert(1)><script>alert(2)</script>'";

    @Test
    void nothingFromTheProjectBecomesMarkup() {
        Excerpt excerpt = new Excerpt(new CodingId(1), "Codes/" + ATTACK, "red;background:url(http://x)", new SourceId(2),
                ATTACK, SourceType.OTHER, 2020, new Citation("k", ATTACK, 2020), new Span(0, 5), ATTACK, "1",
                ATTACK, Instant.EPOCH, ATTACK, ATTACK, ATTACK);
        CodebookEntry entry = new CodebookEntry("Codes/" + ATTACK, ATTACK, 1, "#12345g", ATTACK, ATTACK, ATTACK, ATTACK, 1, 1);
        ExportContent content = new ExportContent(ATTACK, List.of(excerpt), List.of(entry));

        for (ExportOptions options : List.of(ExportOptions.DEFAULT, ExportOptions.DEFAULT.withCitationStyle(CitationStyle.FOOTNOTE))) {
            Document html = Jsoup.parse(ExportedFiles.text(new HtmlWriter(), content, options));
            assertThat(html.select("img, script")).isEmpty();
            assertThat(html.select("[onerror]")).isEmpty();
            assertThat(html.selectFirst("p.text").wholeText()).isEqualTo(ATTACK);
            assertThat(html.title()).isEqualTo(ATTACK + ": coded excerpts");
            assertThat(html.selectFirst("blockquote").attr("style")).isEqualTo("border-left-color:#888888");
            assertThat(html.select(".swatch").eachAttr("style")).allMatch(s -> s.equals("background:#888888"));
        }
    }

    @Test
    void memosAndContextAreLeftOutWhenNotAsked() {
        Excerpt excerpt = new Excerpt(new CodingId(1), "A", "#123456", new SourceId(2), "T", SourceType.OTHER, null,
                new Citation("k", "T", null), new Span(3, 8), "quote", null, "anna", Instant.EPOCH, "a memo", "before", "after");
        ExportContent content = new ExportContent("P", List.of(excerpt), List.of());
        Document all = Jsoup.parse(ExportedFiles.text(new HtmlWriter(), content, ExportOptions.DEFAULT));
        assertThat(all.select("p.memo").text()).isEqualTo("Memo (anna): a memo");
        assertThat(all.select("p.context").text()).isEqualTo("\u2026before [excerpt] after\u2026");
        assertThat(all.select("p.citation").text()).isEqualTo("(T n.d.)");

        Document bare = Jsoup.parse(ExportedFiles.text(new HtmlWriter(), content, new ExportOptions(CitationStyle.INLINE, false, false, false)));
        assertThat(bare.select("p.memo, p.context, table")).isEmpty();
        assertThat(bare.select("p.text").text()).isEqualTo("quote");
    }
}
