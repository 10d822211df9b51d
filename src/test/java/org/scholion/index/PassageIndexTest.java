package org.scholion.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.scholion.source.TextOffsets;

/** Small sources on a real on-disk index: offsets, analysis, the query language, codings, updates. */
class PassageIndexTest {

    static final SourceId EN = new SourceId(10);
    static final SourceId RU = new SourceId(11);
    static final SourceId EMOJI = new SourceId(12);
    static final SourceId NEWS = new SourceId(13);

    static final String EN_TEXT = "Russia's role in the region.\n\n"
            + "NATO enlargement was resisted. Moscow saw NATO and its enlargement as a threat.\n\n"
            + "The U.S. and Russia\u2019s peacekeepers negotiated; negotiations failed.";
    static final String RU_TEXT = "Введение.\n\nРоссийские миротворцы вошли в Карабах. Миротворческая миссия России.\n\n"
            + "Роль НАТО в регионе.";
    static final String EMOJI_TEXT = "😀😀 𝔄𝔄𝔄 first paragraph.\n\nA 👍 then peacekeeping and 𝔄 NATO.";
    static final String NEWS_TEXT = "Peace-keeping in the news: NATO again.";

    @TempDir
    Path dir;
    PassageIndex index;

    static IndexedSource en(List<IndexedSource.CodedSpan> codings) {
        return new IndexedSource(EN, "English", SourceType.ARTICLE, 2012, "en", EN_TEXT,
                PageMap.of(List.of(new PageMap.PageStart("7", 0), new PageMap.PageStart("8", 40))), codings);
    }

    static List<IndexedSource> sources() {
        return List.of(
                en(List.of(new IndexedSource.CodedSpan(new Span(30, 60), "Power-political interests/NATO"))),
                new IndexedSource(RU, "Русский", SourceType.ARTICLE, 2020, "ru", RU_TEXT, PageMap.NONE, List.of()),
                new IndexedSource(EMOJI, "Emoji", SourceType.OTHER, null, null, EMOJI_TEXT, PageMap.NONE, List.of()),
                new IndexedSource(NEWS, "News", SourceType.NEWS, 2021, "en", NEWS_TEXT, PageMap.NONE, List.of()));
    }

    @BeforeEach
    void open() throws IOException {
        index = PassageIndex.open(dir.resolve("index"));
        index.rebuild(sources());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private List<String> matchedTexts(String query) throws Exception {
        SearchResults results = index.search(query, 100);
        return results.hits().stream().flatMap(hit -> hit.matches().stream().map(span -> slice(hit.source(), span)))
                .toList();
    }

    private static String slice(SourceId source, Span span) {
        return TextOffsets.of(sources().stream().filter(s -> s.id().equals(source)).findFirst().orElseThrow().text())
                .slice(span);
    }

    private List<SourceId> sourcesOf(String query) throws Exception {
        return index.search(query, 100).hits().stream().map(PassageHit::source).distinct().toList();
    }

    @Test
    void offsetsAreExactCodePointsInCyrillicText() throws Exception {
        SearchResults results = index.search("миротворцы", 10);

        // Russian stemming: "миротворцы" (peacekeepers) and nothing else here shares its stem.
        assertThat(results.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.source()).isEqualTo(RU);
            assertThat(hit.passage()).isEqualTo(new Span(11, 79));
            assertThat(hit.matches()).containsExactly(new Span(22, 32));
        });
        assertThat(TextOffsets.of(RU_TEXT).slice(new Span(22, 32))).isEqualTo("миротворцы");
        assertThat(matchedTexts("россия")).containsExactly("России");
        assertThat(matchedTexts("НАТО")).containsExactly("НАТО");
    }

    @Test
    void offsetsAreExactAfterEmojiAndCharactersOutsideTheBmp() throws Exception {
        SearchResults results = index.search("peacekeeping NATO", 10);

        assertThat(results.hits()).filteredOn(hit -> hit.source().equals(EMOJI)).singleElement().satisfies(hit -> {
            int paragraph = EMOJI_TEXT.codePointCount(0, EMOJI_TEXT.indexOf("A 👍"));
            assertThat(hit.passage().start()).isEqualTo(paragraph).isEqualTo(25);
            assertThat(hit.matches()).containsExactly(new Span(34, 46), new Span(53, 57));
            assertThat(hit.matches()).extracting(span -> TextOffsets.of(EMOJI_TEXT).slice(span))
                    .containsExactly("peacekeeping", "NATO");
        });
    }

    @Test
    void straightAndCurlyApostrophesAreOneSpelling() throws Exception {
        assertThat(matchedTexts("Russia\u2019s")).contains("Russia's", "Russia\u2019s");
        assertThat(matchedTexts("Russia's")).isEqualTo(matchedTexts("Russia\u2019s"));
        assertThat(matchedTexts("\"Russia\u2019s peacekeepers\"")).containsExactly("Russia\u2019s peacekeepers");
        assertThat(matchedTexts("\u201CRussia's peacekeepers\u201D")).containsExactly("Russia\u2019s peacekeepers");
    }

    @Test
    void hyphenatedAndClosedSpellingsFindEachOther() throws Exception {
        assertThat(matchedTexts("peacekeeping")).containsExactlyInAnyOrder("peacekeepers", "peacekeeping", "Peace-keeping");
        assertThat(matchedTexts("peace-keeping")).containsExactlyInAnyOrder("peacekeepers", "peacekeeping", "Peace-keeping");
        assertThat(matchedTexts("PEACEKEEPING")).hasSize(3);
    }

    @Test
    void aPhraseIsOneSpanAndProximityAllowsWordsBetween() throws Exception {
        assertThat(matchedTexts("\"NATO enlargement\"")).containsExactly("NATO enlargement");
        assertThat(matchedTexts("\"NATO enlargement\"~3"))
                .containsExactly("NATO enlargement", "NATO and its enlargement");
        assertThat(index.search("\"enlargement NATO\"~1", 10).totalPassages()).isZero();
    }

    @Test
    void wildcardsPrefixesAndFuzzyTerms() throws Exception {
        // The unstemmed words are indexed too, so a prefix longer than the stem still finds them.
        assertThat(matchedTexts("negotiat*")).containsExactly("negotiated", "negotiations");
        assertThat(matchedTexts("peace-keep*")).containsExactlyInAnyOrder("peacekeepers", "peacekeeping", "Peace-keeping");
        assertThat(matchedTexts("enl?rgement")).containsExactly("enlargement", "enlargement");
        assertThat(matchedTexts("peacekeping~")).containsExactlyInAnyOrder("peacekeepers", "peacekeeping", "Peace-keeping");
        assertThat(matchedTexts("Mocsow~1")).containsExactly("Moscow");
    }

    @Test
    void booleanOperatorsAndTheDefaultAnd() throws Exception {
        assertThat(sourcesOf("NATO")).containsExactly(EN, EMOJI, NEWS);
        assertThat(sourcesOf("NATO news")).containsExactly(NEWS);
        assertThat(sourcesOf("NATO AND news")).containsExactly(NEWS);
        assertThat(sourcesOf("NATO -news")).containsExactly(EN, EMOJI);
        assertThat(sourcesOf("NATO NOT news")).containsExactly(EN, EMOJI);
        assertThat(sourcesOf("news OR миротворцы")).containsExactly(RU, NEWS);
        assertThat(sourcesOf("(news OR moscow) AND NATO")).containsExactly(EN, NEWS);
        // Stop words of English are dropped from English passages' reading only.
        assertThat(sourcesOf("NATO and enlargement")).containsExactly(EN);
    }

    @Test
    void metadataFields() throws Exception {
        assertThat(sourcesOf("type:news")).containsExactly(NEWS);
        assertThat(sourcesOf("NATO AND type:article")).containsExactly(EN);
        assertThat(sourcesOf("NATO year:[2008 TO 2021]")).containsExactly(EN, NEWS);
        assertThat(sourcesOf("NATO year:{2012 TO *]")).containsExactly(NEWS);
        assertThat(sourcesOf("year:2020")).containsExactly(RU);
        assertThat(sourcesOf("language:ru")).containsExactly(RU);
        assertThat(sourcesOf("language:EN")).containsExactly(EN, NEWS);
        assertThat(sourcesOf("source:12")).containsExactly(EMOJI);
        assertThat(index.search("source:12 -NATO", 10).hits()).extracting(PassageHit::passage)
                .containsExactly(new Span(0, 23));
        // A metadata-only query matches passages but no words.
        assertThat(index.search("type:news", 10).totalMatches()).isZero();
    }

    @Test
    void codeFieldFindsCodedPassagesAndTheirParentCodes() throws Exception {
        assertThat(index.search("code:\"Power-political interests/NATO\"", 10).hits())
                .extracting(PassageHit::passage).containsExactly(new Span(30, 109));
        assertThat(index.search("code:\"power-political INTERESTS\"", 10).totalPassages()).isEqualTo(1);
        assertThat(index.search("code:\"Power-political interests / NATO\"", 10).totalPassages()).isEqualTo(1);
        assertThat(index.search("code:Power-political*", 10).totalPassages()).isEqualTo(1);
        assertThat(index.search("code:\"Power-political\"", 10).totalPassages()).isZero();
        assertThat(index.search("code:NATO", 10).totalPassages()).isZero(); // a sub-code is named by its path
    }

    @Test
    void updateCodingsChangesWhatCodeFinds() throws Exception {
        index.updateCodings(EN, List.of(new IndexedSource.CodedSpan(new Span(0, 5), "Bilateral relations"),
                new IndexedSource.CodedSpan(new Span(120, 130), "Bilateral relations")));

        assertThat(index.search("code:\"Power-political interests\"", 10).totalPassages()).isZero();
        assertThat(index.search("code:\"Bilateral relations\"", 10).hits()).extracting(PassageHit::passage)
                .containsExactly(new Span(0, 28), new Span(111, 178));
        // The rest of each passage is as it was.
        assertThat(matchedTexts("peacekeeping")).hasSize(3);
        assertThat(index.search("NATO", 10).hits().getFirst().page()).isEqualTo("7\u20138");
        assertThat(index.documentCount()).isEqualTo(9);
    }

    /** Each update rewrites only the passages whose codes change; the others keep theirs. */
    @Test
    void successiveCodingUpdatesLeaveEveryPassageWithExactlyTheCodesOverlappingIt() throws Exception {
        IndexedSource.CodedSpan first = new IndexedSource.CodedSpan(new Span(0, 5), "Bilateral relations");
        IndexedSource.CodedSpan acrossTwo = new IndexedSource.CodedSpan(new Span(20, 40), "Security interests");
        index.updateCodings(EN, List.of(first));
        index.updateCodings(EN, List.of(first, acrossTwo));

        assertThat(index.search("code:\"Security interests\"", 10).hits()).extracting(PassageHit::passage)
                .containsExactly(new Span(0, 28), new Span(30, 109));
        assertThat(index.search("code:\"Bilateral relations\"", 10).hits()).extracting(PassageHit::passage)
                .containsExactly(new Span(0, 28));

        index.updateCodings(EN, List.of(acrossTwo));
        index.updateCodings(EN, List.of());

        assertThat(index.search("code:\"Security interests\"", 10).totalPassages()).isZero();
        assertThat(index.search("code:\"Bilateral relations\"", 10).totalPassages()).isZero();
        assertThat(index.documentCount()).isEqualTo(9);
        assertThat(matchedTexts("peacekeeping")).hasSize(3);
    }

    @Test
    void aCodingAtOnePlaceUpdatesOnlyThePassagesItOverlaps() throws Exception {
        assertThat(index.passagesOverlapping(EN, new Span(20, 40))).containsExactly(new Span(0, 28), new Span(30, 109));
        assertThat(index.passagesOverlapping(EN, new Span(28, 30))).isEmpty(); // the blank line between them
        IndexedSource.CodedSpan coding = new IndexedSource.CodedSpan(new Span(20, 40), "Security interests");

        index.updateCodingsIn(EN, new Span(20, 40), List.of(coding));

        assertThat(index.search("code:\"Security interests\"", 10).hits()).extracting(PassageHit::passage)
                .containsExactly(new Span(0, 28), new Span(30, 109));
        index.updateCodingsIn(EN, new Span(20, 40), List.of());
        assertThat(index.search("code:\"Security interests\"", 10).totalPassages()).isZero();
        assertThat(index.documentCount()).isEqualTo(9);
    }

    @Test
    void addReplacesAndRemoveDeletesASource() throws Exception {
        assertThat(index.documentCount()).isEqualTo(9);
        index.add(en(List.of()));
        assertThat(index.documentCount()).isEqualTo(9);

        index.remove(EN);

        assertThat(index.contains(EN)).isFalse();
        assertThat(index.contains(NEWS)).isTrue();
        assertThat(sourcesOf("NATO")).containsExactly(EMOJI, NEWS);
        assertThat(index.documentCount()).isEqualTo(6);
    }

    @Test
    void pagesAreReportedForPassagesAndKwicLines() throws Exception {
        SearchResults results = index.search("NATO", 10);

        assertThat(results.hits().getFirst().page()).isEqualTo("7\u20138");
        assertThat(index.kwic("NATO type:article", 5, KwicSort.SOURCE)).extracting(KwicLine::page)
                .containsExactly("7", "8");
    }

    @Test
    void hitsComeInReadingOrderOrByScore() throws Exception {
        SearchResults reading = index.search("NATO OR peacekeeping", 10, HitOrder.SOURCE);
        SearchResults scored = index.search("NATO OR peacekeeping", 10, HitOrder.SCORE);

        assertThat(reading.hits()).extracting(PassageHit::source).containsExactly(EN, EN, EMOJI, NEWS);
        assertThat(reading.hits()).extracting(hit -> hit.passage().start()).containsExactly(30, 111, 25, 0);
        assertThat(scored.hits()).extracting(PassageHit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(scored.hits()).containsExactlyInAnyOrderElementsOf(reading.hits().stream()
                .map(hit -> scored.hits().stream().filter(s -> s.passage().equals(hit.passage())
                        && s.source().equals(hit.source())).findFirst().orElseThrow()).toList());
        assertThat(index.search("NATO OR peacekeeping", 2).hits()).hasSize(2);
        assertThat(index.search("NATO OR peacekeeping", 2).totalPassages()).isEqualTo(4);
        assertThat(index.search("NATO OR peacekeeping", 2).totalMatches()).isEqualTo(7);
    }
}
