package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.project.ExportProjects.BORDER;
import static org.scholion.project.ExportProjects.GEORGIA;
import static org.scholion.project.ExportProjects.GREAT_POWER;
import static org.scholion.project.TestProjects.PEACEKEEPING;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coding;
import org.scholion.export.CitedSource;
import org.scholion.export.CodebookEntry;
import org.scholion.export.Excerpt;
import org.scholion.export.ExcerptOrder;
import org.scholion.export.ExcerptSelection;
import org.scholion.export.ExportContent;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;

class ExportServiceTest {

    @TempDir
    static Path dir;
    static ExportProjects fixture;

    @BeforeAll
    static void codeTheSampleProject() {
        fixture = ExportProjects.create(dir);
    }

    @AfterAll
    static void close() {
        fixture.project().close();
    }

    private static List<Excerpt> excerpts(ExcerptSelection selection) {
        return fixture.project().exports().excerpts(selection);
    }

    private static ExcerptSelection select(Set<CodeId> codes, boolean subCodes, Set<SourceId> sources, SourceType type,
                                           Integer from, Integer to, String coder, String memo) {
        return new ExcerptSelection(codes, subCodes, sources, type, from, to, coder, memo, ExcerptOrder.CODE_THEN_SOURCE, 0);
    }

    private static List<Long> codingsOf(List<Excerpt> excerpts) {
        return excerpts.stream().map(e -> e.coding().value()).toList();
    }

    private static List<Long> ids(Coding... codings) {
        return java.util.Arrays.stream(codings).map(c -> c.id().value()).toList();
    }

    private static CodeId code(String path) {
        return TestProjects.code(fixture.project(), path).id();
    }

    @Test
    void everyCodingBecomesAnExcerptQuotingTheStoredTextInCodebookOrder() {
        List<Excerpt> all = excerpts(ExcerptSelection.ALL);

        assertThat(all).extracting(Excerpt::codePath).containsExactly(BORDER, GREAT_POWER, PEACEKEEPING, PEACEKEEPING, GEORGIA);
        for (Excerpt e : all) {
            Coding coding = fixture.codings().stream().filter(c -> c.id().equals(e.coding())).findFirst().orElseThrow();
            assertThat(e.text()).isEqualTo(fixture.stored(coding));
            assertThat(e.span()).isEqualTo(coding.span());
        }
        assertThat(all.get(1).text()).isEqualTo(ExportProjects.ACROSS_PAGES);
        assertThat(all.get(2).source().value()).isLessThan(all.get(3).source().value());
        assertThat(all.get(1).coder()).isEqualTo("Олена");
        assertThat(all.get(1).memo()).isEqualTo(ExportProjects.UKRAINIAN_MEMO);
    }

    @Test
    void pagesAndCitationsComeFromThePageMapAndTheSourcesMetadata() {
        List<Excerpt> all = excerpts(ExcerptSelection.ALL);
        Excerpt across = all.get(1);
        Excerpt formula = all.get(0);

        assertThat(across.pages()).isEqualTo("12\u201313");
        assertThat(across.citation().inline(across.pages())).isEqualTo("(Петренко 2023, pp. 12\u201313)");
        assertThat(across.citation().pandoc(across.pages())).isEqualTo("[@petrenko2023, pp. 12\u201313]");
        assertThat(formula.pages()).isEqualTo("12");
        assertThat(formula.citation().inline(formula.pages())).isEqualTo("(Петренко 2023, p. 12)");
        Excerpt kuzio = all.stream().filter(e -> e.coding().equals(fixture.kuzioCoding().id())).findFirst().orElseThrow();
        assertThat(kuzio.pages()).isNull();
        assertThat(kuzio.citation().inline(kuzio.pages())).isEqualTo("(Kuzio 2021)");
        assertThat(kuzio.citation().pandoc(null)).isEqualTo("[@kuzio2021]");
        Excerpt thesis = all.getLast();
        assertThat(thesis.citation().inline(null)).isEqualTo("(\u201CRussia's policies towards the conflicts\u2026\u201D n.d.)");
    }

    @Test
    void selectsByCodeWithOrWithoutSubCodes() {
        CodeId power = code("Power-political interests");
        assertThat(codingsOf(excerpts(select(Set.of(power), true, null, null, null, null, null, null))))
                .containsExactlyInAnyOrderElementsOf(ids(fixture.acrossPages(), fixture.kuzioCoding(), fixture.miholjcicCoding()));
        assertThat(excerpts(select(Set.of(power), false, null, null, null, null, null, null))).isEmpty();
        assertThat(codingsOf(excerpts(select(Set.of(code(PEACEKEEPING), code(BORDER)), false, null, null, null, null, null, null))))
                .containsExactlyInAnyOrderElementsOf(ids(fixture.formula(), fixture.kuzioCoding(), fixture.miholjcicCoding()));
    }

    @Test
    void selectsBySourceTypeYearsCoderAndMemo() {
        assertThat(codingsOf(excerpts(select(null, true, Set.of(fixture.ukrainian().id()), null, null, null, null, null))))
                .containsExactlyInAnyOrderElementsOf(ids(fixture.acrossPages(), fixture.formula()));
        assertThat(codingsOf(excerpts(select(null, true, null, SourceType.ARTICLE, null, null, null, null))))
                .containsExactly(fixture.miholjcicCoding().id().value());
        assertThat(codingsOf(excerpts(select(null, true, null, null, 2022, 2023, null, null))))
                .containsExactlyInAnyOrderElementsOf(ids(fixture.acrossPages(), fixture.formula(), fixture.miholjcicCoding()));
        assertThat(codingsOf(excerpts(select(null, true, null, null, null, 2021, null, null))))
                .as("a source without a date is in no year range")
                .containsExactly(fixture.kuzioCoding().id().value());
        assertThat(codingsOf(excerpts(select(null, true, null, null, null, null, "boris", null))))
                .containsExactly(fixture.miholjcicCoding().id().value());
        assertThat(codingsOf(excerpts(select(null, true, null, null, null, null, "Олена", null))))
                .containsExactly(fixture.acrossPages().id().value());
        assertThat(codingsOf(excerpts(select(null, true, null, null, null, null, null, "ЦИТАТА"))))
                .as("memo text, ignoring case, Cyrillic too")
                .containsExactly(fixture.acrossPages().id().value());
    }

    @Test
    void ordersBySourceThenPosition() {
        List<Excerpt> bySource = excerpts(new ExcerptSelection(null, true, null, null, null, null, null, null,
                ExcerptOrder.SOURCE, 0));
        assertThat(bySource).extracting(e -> e.source().value()).isSorted();
        int across = codingsOf(bySource).indexOf(fixture.acrossPages().id().value());
        assertThat(codingsOf(bySource).get(across + 1)).isEqualTo(fixture.formula().id().value());
    }

    @Test
    void contextIsWholeWordsWithinTheParagraph() {
        List<Excerpt> all = excerpts(new ExcerptSelection(null, true, null, null, null, null, null, null,
                ExcerptOrder.CODE_THEN_SOURCE, 3));
        Excerpt formula = all.get(0);
        Excerpt across = all.get(1);
        assertThat(across.before()).isEqualTo("Заява:");
        assertThat(across.after()).isEqualTo("тексту, із лапками");
        assertThat(formula.before()).as("the excerpt starts its paragraph").isEmpty();
        assertThat(formula.after()).isEmpty();
        Excerpt kuzio = all.stream().filter(e -> e.coding().equals(fixture.kuzioCoding().id())).findFirst().orElseThrow();
        String tidy = fixture.project().sources().text(fixture.kuzio().id()).replaceAll("\\s+", " ");
        assertThat(kuzio.before().split(" ")).hasSize(3);
        assertThat(tidy).contains(kuzio.before() + " " + TestProjects.PEACEKEEPERS_PASSAGE);
        assertThat(tidy).containsAnyOf(TestProjects.PEACEKEEPERS_PASSAGE + " " + kuzio.after(),
                TestProjects.PEACEKEEPERS_PASSAGE + kuzio.after());
    }

    @Test
    void aWordCutByTheContextWindowIsLeftOutRatherThanShownInPart() {
        TextOffsets text = TextOffsets.of("x".repeat(200) + " target " + "y".repeat(200));
        Span target = new Span(201, 207);
        assertThat(ContextWords.before(text, target, 1)).isEmpty();
        assertThat(ContextWords.after(text, target, 1)).isEmpty();
        TextOffsets short_ = TextOffsets.of("one two 🙂 target four five");
        Span inShort = new Span(10, 16);
        assertThat(short_.slice(inShort)).isEqualTo("target");
        assertThat(ContextWords.before(short_, inShort, 2)).isEqualTo("two 🙂");
        assertThat(ContextWords.after(short_, inShort, 5)).isEqualTo("four five");
    }

    @Test
    void theCodebookHasEveryCodeWithItsDepthGuidanceAndCounts() {
        List<CodebookEntry> codebook = fixture.project().exports().codebook();
        assertThat(codebook).hasSize(fixture.project().codebook().snapshot().depthFirst().size());
        CodebookEntry top = codebook.getFirst();
        assertThat(top.path()).isEqualTo("Security interests");
        assertThat(top.depth()).isZero();
        CodebookEntry peacekeeping = codebook.stream().filter(c -> c.path().equals(PEACEKEEPING)).findFirst().orElseThrow();
        assertThat(peacekeeping.depth()).isEqualTo(1);
        assertThat(peacekeeping.segments()).isEqualTo(2);
        assertThat(peacekeeping.sources()).isEqualTo(2);
        assertThat(peacekeeping.definition()).isNotBlank();
        assertThat(codebook.stream().filter(c -> c.path().equals("Power-political interests")).findFirst().orElseThrow()
                .segments()).as("a parent counts its own codings, not its sub-codes'").isZero();
    }

    @Test
    void contentListsTheCitedSourcesOnceInTheOrderFirstCited() {
        ExportContent content = fixture.project().exports().content(ExcerptSelection.ALL);
        assertThat(content.projectName()).isEqualTo("Russia and the South Caucasus");
        assertThat(content.sources()).extracting(CitedSource::key).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("petrenko2023", "kuzio2021", "miholjcic2022", "thesisSouthCaucasus")
                .startsWith("petrenko2023").endsWith("thesisSouthCaucasus");
        CitedSource petrenko = content.sources().getFirst();
        assertThat(petrenko.authors()).containsExactly("Олена Петренко");
        assertThat(petrenko.date()).isEqualTo("2023-05");
        assertThat(petrenko.year()).isEqualTo(2023);
        assertThat(petrenko.publication()).isEqualTo("Дзеркало тижня");
        assertThat(petrenko.type()).isEqualTo(SourceType.NEWS);
    }
}
