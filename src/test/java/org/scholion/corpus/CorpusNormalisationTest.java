package org.scholion.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The user's corpus (corpus/*.txt), extracted from PDFs and web pages, comes out clean. */
class CorpusNormalisationTest {

    private static final TikaDocumentExtractor EXTRACTOR = new TikaDocumentExtractor();
    private static final Path CORPUS = Path.of("corpus");

    private static ExtractedDocument extract(String name, ExtractionOptions options) throws Exception {
        return EXTRACTOR.extract(CORPUS.resolve(name), options, CancellationSignal.NONE);
    }

    private static int count(String text, String what) {
        return (int) Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }

    @Test
    void miholjcicHyphenatedLineEndsJoinAndRunningHeadsGo() throws Exception {
        String raw = Files.readString(CORPUS.resolve("article-miholjcic-russian-peacekeeping.txt"));
        assertThat(raw).contains("peace-\nkeeping", "\nCAUCASUS STRATEGIC PERSPECTIVES\n", "\nARTICLES\n", "\n102\n");

        ExtractedDocument doc = extract("article-miholjcic-russian-peacekeeping.txt", ExtractionOptions.defaults());

        String text = doc.text();
        assertThat(doc.appliedSteps()).contains("drop-page-furniture", "join-hyphenated-words", "unwrap-lines");
        assertThat(text).doesNotContain("peace-\nkeeping", "peace-keeping", "peace- keeping")
                .contains("Russia’s peacekeeping deployment in Georgia’s separatist region of Abkhazia and Azerbaijan’s "
                        + "Karabakh region in order to draw conclusions")
                .doesNotContain("CAUCASUS STRATEGIC PERSPECTIVES", "\nARTICLES\n", "\n102\n")
                .contains("Role of Russia’s Peacekeeping Missions in its Foreign Policy toward the South Caucasus\n\nIntroduction\n\n")
                // a compound the article writes with a hyphen keeps it; "self-" is a prefix English hyphenates
                .contains("non-UN peacekeeping missions", "except in self-defence and defence of the mandate");
        assertThat(text.lines().filter(line -> line.matches("\\d{1,3}"))).isEmpty();
        assertThat(doc.pages().isEmpty()).isTrue();
        assertThat(doc.metadata().language()).isEqualTo("en");
        assertThat(doc.mediaType()).isEqualTo("text/plain");
    }

    @Test
    void thesisKeepsPowerPoliticalAndLosesBarePageNumbers() throws Exception {
        String raw = Files.readString(CORPUS.resolve("thesis-russia-conflicts-south-caucasus.txt"));
        assertThat(raw).contains("power-\n\npolitical");
        int compounds = count(raw, "power-political") + count(raw, "power-\n\npolitical") + count(raw, "power-\npolitical");

        ExtractedDocument doc = extract("thesis-russia-conflicts-south-caucasus.txt", ExtractionOptions.defaults());

        assertThat(count(doc.text(), "power-political")).isEqualTo(compounds);
        assertThat(doc.text()).doesNotContain("powerpolitical", "power- political");
        assertThat(doc.text()).doesNotContain("\n36\n", "\n114\n");
        assertThat(doc.text()).contains("Russia has declared the South Caucasus a region of its strategic interests.");
        assertThat(doc.metadata().language()).isEqualTo("en");
    }

    @Test
    void kuzioPolishCookieNoticeGoesWithTrimmingAndStaysWithout() throws Exception {
        String polish = "Poniższa Polityka Prywatności";
        Set<NormalisationStep> trimming = NormalisationStep.forWebText();
        Set<NormalisationStep> noTrimming = EnumSet.copyOf(trimming);
        noTrimming.remove(NormalisationStep.TRIM_WEB_BOILERPLATE);

        ExtractedDocument trimmed = extract("news-kuzio-russian-peacekeepers-2021.txt", ExtractionOptions.defaults().withSteps(trimming));
        ExtractedDocument kept = extract("news-kuzio-russian-peacekeepers-2021.txt", ExtractionOptions.defaults().withSteps(noTrimming));

        assertThat(kept.text()).contains(polish, "We use cookies", "Text resize: A A");
        assertThat(kept.appliedSteps()).doesNotContain("trim-web-boilerplate");
        assertThat(trimmed.text()).doesNotContain(polish, "We use cookies", "Cookies settings", "Text resize", "Change contrast")
                .startsWith("Why Russian peacekeepers are a threat to peace in the South Caucasus\n\n")
                .endsWith("is to be published by Routledge in January.");
        assertThat(trimmed.appliedSteps()).contains("trim-web-boilerplate");
        assertThat(trimmed.metadata().language()).isEqualTo("en");
    }

    @Test
    void webArticleTextIsRecognisedAndItsTeasersCut() throws Exception {
        ExtractedDocument doc = extract("article-russia-foreign-policy-nagorno-karabakh-2020.txt", ExtractionOptions.defaults());

        assertThat(doc.appliedSteps()).contains("trim-web-boilerplate").doesNotContain("unwrap-lines");
        assertThat(doc.text()).doesNotContain("Connect with us", "Continue Reading", "An Impending Revolution", "hours ago")
                .contains("Russia’s Foreign Policy Towards and Influence on the Nagorno-Karabakh Conflict");
    }

    @Test
    void pdfTextFlagForcesThePdfStepsOnTextThatDoesNotLookWrapped() throws Exception {
        Path file = Files.createTempFile("short", ".txt");
        try {
            Files.writeString(file, "A peace-\nkeeping force.\n");
            assertThat(EXTRACTOR.extract(file, ExtractionOptions.defaults(), CancellationSignal.NONE).text())
                    .isEqualTo("A peace-\nkeeping force.");
            assertThat(EXTRACTOR.extract(file, ExtractionOptions.defaults().asPdfText(), CancellationSignal.NONE).text())
                    .isEqualTo("A peacekeeping force.");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void sameFileSameHash() throws Exception {
        ExtractedDocument first = extract("news-kuzio-russian-peacekeepers-2021.txt", ExtractionOptions.defaults());
        ExtractedDocument again = extract("news-kuzio-russian-peacekeepers-2021.txt", ExtractionOptions.defaults());
        ExtractedDocument other = extract("article-miholjcic-russian-peacekeeping.txt", ExtractionOptions.defaults());
        assertThat(first.sha256()).hasSize(64).isEqualTo(again.sha256()).isNotEqualTo(other.sha256());
    }
}
