package org.scholion.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.index.KwicSort;
import org.scholion.project.AutocodePreview;
import org.scholion.project.AutocodeScope;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.project.SearchSemantics;
import org.scholion.project.SearchSemantics.Located;
import org.scholion.source.SourceId;
import org.scholion.source.TextOffsets;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Jump;
import org.scholion.ui.workbench.Session;

/** The search tab without a window, on the imported sample corpus: KWIC lines, totals, sorting, errors, jumps, auto-coding. */
class SearchViewModelTest {

    @TempDir
    static Path dir;
    static Project project;
    static final Map<SourceId, TextOffsets> texts = new HashMap<>();

    private final TasksViewModel status = new TasksViewModel();
    private final Session session = new Session(ProjectThreadRunner.direct(status), status, "nino");
    private SearchViewModel model;

    @BeforeAll
    static void importTheCorpus() {
        project = SampleCorpus.imported(dir);
        project.sources().list().forEach(s -> texts.put(s.id(), TextOffsets.of(project.sources().text(s.id()))));
    }

    @AfterAll
    static void close() {
        project.close();
    }

    @BeforeEach
    void openTheProject() {
        session.setProject(project);
        model = new SearchViewModel(session);
    }

    private void search(String query) {
        model.queryProperty().set(query);
        model.search();
    }

    @Test
    void peacekeepingListsEveryMatchAsAKwicLineWhoseSpanHoldsTheWord() {
        search("peacekeeping");

        List<KwicRow> rows = model.rows();
        assertThat(rows).hasSize(357);
        assertThat(model.countProperty().get()).isEqualTo("357 matches in 146 passages");
        assertThat(model.errorProperty().get()).isEmpty();
        List<Located> spans = rows.stream().map(r -> new Located(r.line().source(), r.line().match())).toList();
        assertThat(new HashSet<>(spans)).hasSize(357)
                .isEqualTo(new HashSet<>(SearchSemantics.expected(project, SearchSemantics.PEACEKEEPING)));
        for (KwicRow row : rows) {
            String stored = texts.get(row.line().source()).slice(row.line().match());
            assertThat(stored).matches(SearchSemantics.PEACEKEEPING);
            assertThat(SearchSemantics.flat(stored)).isEqualTo(row.line().keyword());
            assertThat(row.sourceTitle()).isEqualTo(project.sources().get(row.line().source()).title());
        }
    }

    @Test
    void sortingOrdersTheSameLinesByTheWordsLeftOrRightOfTheKeyword() {
        search("peacekeeping");
        List<KwicRow> bySource = List.copyOf(model.rows());

        model.sortProperty().set(KwicSort.LEFT);
        List<KwicRow> byLeft = List.copyOf(model.rows());
        model.sortProperty().set(KwicSort.RIGHT);
        List<KwicRow> byRight = List.copyOf(model.rows());

        assertThat(byLeft).hasSize(357).containsExactlyInAnyOrderElementsOf(bySource).isNotEqualTo(bySource);
        assertThat(byRight).containsExactlyInAnyOrderElementsOf(bySource).isNotEqualTo(byLeft);
        assertThat(bySource).isSortedAccordingTo((a, b) -> a.line().source().value() != b.line().source().value()
                ? Long.compare(a.line().source().value(), b.line().source().value())
                : a.line().match().compareTo(b.line().match()));
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        assertThat(byLeft.stream().map(r -> lastWord(r.line().left())).toList()).isSortedAccordingTo(collator::compare);
        assertThat(byRight.stream().map(r -> firstWord(r.line().right())).toList()).isSortedAccordingTo(collator::compare);
        assertThat(model.countProperty().get()).isEqualTo("357 matches in 146 passages");
    }

    private static String lastWord(String text) {
        String[] words = text.strip().split("[^\\p{L}\\p{N}]+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    private static String firstWord(String text) {
        String[] words = text.strip().split("[^\\p{L}\\p{N}]+");
        for (String word : words) {
            if (!word.isEmpty()) {
                return word;
            }
        }
        return "";
    }

    @Test
    void aBadQueryShowsItsOneLineMessageAndNoResults() {
        search("peacekeeping");
        assertThat(model.rows()).isNotEmpty();

        search("\"NATO enlargement");

        assertThat(model.rows()).isEmpty();
        assertThat(model.countProperty().get()).isEmpty();
        assertThat(model.errorProperty().get()).isNotBlank().doesNotContain("\n").doesNotContain("Exception")
                .containsIgnoringCase("column");
        assertThat(status.noticeProperty().get()).isEmpty();

        search("NATO");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.rows()).isNotEmpty();
    }

    @Test
    void openingALineJumpsToItsSourceWithExactlyTheMatchSelected() {
        List<Jump> jumps = new ArrayList<>();
        session.onJump(jumps::add);
        search("\"NATO enlargement\"");
        KwicRow row = model.rows().get(model.rows().size() / 2);

        model.open(row);

        assertThat(jumps).containsExactly(new Jump(row.line().source(), row.line().match()));
        assertThat(session.currentSourceProperty().get()).isEqualTo(row.line().source());
        assertThat(texts.get(row.line().source()).slice(jumps.getFirst().span()).replaceAll("\\s+", " "))
                .isEqualToIgnoringCase("NATO enlargement");
    }

    @Test
    void codingAllHitsPreviewsThenStoresOneCodingPerMatchAsOneUndoableAction() {
        CodeChoice code = model.codes().stream().filter(c -> c.path().equals(SampleCorpus.POWER_POLITICAL_INTERESTS))
                .findFirst().orElseThrow();
        search("peacekeeping");
        Set<Located> matches = new HashSet<>(model.rows().stream()
                .map(r -> new Located(r.line().source(), r.line().match())).toList());
        int before = codingsOf(code.id()).size();
        long revision = session.codingsRevisionProperty().get();

        model.previewAutocode(code, AutocodeScope.MATCH);

        AutocodePlan plan = model.planProperty().get();
        assertThat(plan).isNotNull();
        assertThat(plan.segments()).isEqualTo(357);
        assertThat(plan.preview().perSource().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(357);
        assertThat(plan.preview().perSource().keySet()).isEqualTo(new HashSet<>(matches.stream().map(Located::source).toList()));
        assertThat(plan.perSource()).hasSize(plan.preview().perSource().size());
        assertThat(plan.summary()).startsWith("Code 357 segments (each a match) in " + plan.preview().perSource().size()
                + " sources with \"" + SampleCorpus.POWER_POLITICAL_INTERESTS + "\"");
        assertThat(codingsOf(code.id())).hasSize(before);

        model.applyAutocode();

        List<Coding> coded = codingsOf(code.id());
        assertThat(coded).hasSize(before + 357);
        assertThat(new HashSet<>(coded.stream().map(c -> new Located(c.source(), c.span())).toList())).containsAll(matches);
        assertThat(coded).allSatisfy(c -> assertThat(c.coder().name()).isEqualTo("nino"));
        assertThat(model.planProperty().get()).isNull();
        assertThat(session.codingsRevisionProperty().get()).isGreaterThan(revision);
        assertThat(status.noticeProperty().get()).startsWith("Auto-coded 357 segments");
        assertThat(status.busyProperty().get()).isFalse();

        project.codings().undo("nino");

        assertThat(codingsOf(code.id())).hasSize(before);
    }

    @Test
    void aSentencePreviewCodesEachSentenceWithAMatchOnceAndDiscardingItStoresNothing() {
        CodeChoice code = model.codes().getFirst();
        search("\"power political\"");
        int matches = model.rows().size();
        int before = project.codings().list(CodingFilter.ALL).size();

        model.previewAutocode(code, AutocodeScope.SENTENCE);
        AutocodePreview preview = model.planProperty().get().preview();

        assertThat(preview.segments()).isNotEmpty().hasSizeLessThanOrEqualTo(matches);
        for (KwicRow row : model.rows()) {
            assertThat(preview.segments()).anySatisfy(s -> {
                assertThat(s.source()).isEqualTo(row.line().source());
                assertThat(s.span().start() <= row.line().match().start() && row.line().match().end() <= s.span().end()).isTrue();
            });
        }
        model.discardAutocode();
        model.applyAutocode();
        assertThat(model.planProperty().get()).isNull();
        assertThat(project.codings().list(CodingFilter.ALL)).hasSize(before);
    }

    @Test
    void anEmptyQueryClearsTheResults() {
        search("peacekeeping");
        search("   ");
        assertThat(model.rows()).isEmpty();
        assertThat(model.countProperty().get()).isEmpty();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    private static List<Coding> codingsOf(CodeId code) {
        return project.codings().list(new CodingFilter(Set.of(code), Set.of(), null));
    }

}
