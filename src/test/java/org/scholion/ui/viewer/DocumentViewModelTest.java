package org.scholion.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.Code;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.json.CodebookJson;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;
import org.scholion.source.PageMap;
import org.scholion.source.Source;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Jump;
import org.scholion.ui.workbench.Session;
import org.scholion.ui.workbench.TextSelection;

/** The viewer without a window: what it highlights, where brackets go, how it selects and codes. */
class DocumentViewModelTest {

    /**
     * Three paragraphs; the first starts with characters outside the Basic Multilingual Plane (two
     * UTF-16 units each), so any offset counted in chars instead of code points shows.
     */
    static final String TEXT = "\uD835\uDD04\uD835\uDD05 \uD83D\uDE00 Russia's peacekeepers guard the corridor.\n"
            + "Moscow mediates between Baku and Yerevan.\n"
            + "The power-political interests of Russia prevail.";

    @TempDir
    Path dir;

    private final TasksViewModel status = new TasksViewModel();
    private final Session session = new Session(ProjectThreadRunner.direct(status), status, "anna");
    private Project project;
    private Source source;
    private Code security;
    private Code power;
    private DocumentViewModel model;

    @BeforeEach
    void open() {
        project = TestProjects.emptyProject(dir);
        project.codebook().importSpec(CodebookJson.read(TestProjects.STUDY_CODEBOOK), TestProjects.CODER);
        int thirdParagraph = TEXT.codePointCount(0, TEXT.lastIndexOf('\n') + 1);
        source = TestProjects.addSource(project, "Peacekeeping", TEXT,
                PageMap.of(List.of(new PageMap.PageStart("12", 0), new PageMap.PageStart("13", thirdParagraph))));
        security = project.codebook().snapshot().roots().get(0);
        power = project.codebook().snapshot().roots().get(1);
        session.setProject(project);
        model = new DocumentViewModel(session);
        session.currentSourceProperty().set(source.id());
    }

    @AfterEach
    void close() {
        project.close();
    }

    private Span span(String passage) {
        return TestProjects.spanOf(TEXT, passage);
    }

    private Coding code(String passage, Code code, String coder) {
        Coding coding = project.codings().code(source.id(), span(passage), code.id(), coder, null);
        session.codingsChanged();
        return coding;
    }

    @Test
    void theTextIsShownWithItsParagraphsAndTitle() {
        LoadedText shown = model.textProperty().get();

        assertThat(shown.text()).isEqualTo(TEXT);
        assertThat(shown.title()).isEqualTo("Peacekeeping");
        assertThat(shown.paragraphs().count()).isEqualTo(3);
        assertThat(shown.paragraphs().start(1)).isEqualTo(TEXT.codePointCount(0, TEXT.indexOf("Moscow")));
        assertThat(model.layoutProperty().get().runs()).singleElement()
                .satisfies(run -> assertThat(run.isCoded()).isFalse());
    }

    @Test
    void overlappingCodingsGiveExactRunsInCodePointsAfterNonBmpCharacters() {
        Coding guard = code("peacekeepers guard the corridor", security, "anna");
        Coding corridor = code("the corridor.\nMoscow mediates", power, "anna");

        List<HighlightRun> runs = model.layoutProperty().get().runs();

        TextOffsets offsets = TextOffsets.of(TEXT);
        assertThat(runs).extracting(run -> offsets.slice(run.start(), run.end())).containsExactly(
                "\uD835\uDD04\uD835\uDD05 \uD83D\uDE00 Russia's ", "peacekeepers guard ", "the corridor",
                ".\nMoscow mediates", TEXT.substring(TEXT.indexOf(" between")));
        assertThat(runs.get(1).start()).isEqualTo(TEXT.indexOf("peacekeepers") - 3);
        assertThat(runs).extracting(run -> run.codings().stream().map(ShownCoding::id).toList()).containsExactly(
                List.of(), List.of(guard.id()), List.of(guard.id(), corridor.id()), List.of(corridor.id()), List.of());
        Shade single = runs.get(1).shade();
        Shade both = runs.get(2).shade();
        assertThat(single.rgb()).isEqualTo(ShownCodings.colourOf(project.codebook().snapshot(), security.id()).rgb());
        assertThat(both.depth()).isEqualTo(2);
        assertThat(both.opacity()).isGreaterThan(single.opacity());
        assertThat(both.rgb()).isNotEqualTo(single.rgb());
        assertThat(runs.getLast().end()).isEqualTo(offsets.codePointLength());
    }

    @Test
    void bracketsOfCodingsSharingAParagraphTakeSeparateLanesAndLaterOnesReuseThem() {
        Coding guard = code("peacekeepers guard", security, "anna");
        Coding corridor = code("the corridor", power, "anna");
        Coding russia = code("Russia's", power, "anna");
        Coding moscow = code("Moscow mediates", security, "anna");
        Coding wide = code("corridor.\nMoscow", security, "anna");

        DocumentLayout layout = model.layoutProperty().get();

        assertThat(layout.stripes()).extracting(s -> s.coding().id(), Stripe::lane).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(russia.id(), 0),
                org.assertj.core.groups.Tuple.tuple(guard.id(), 1),
                org.assertj.core.groups.Tuple.tuple(corridor.id(), 2),
                org.assertj.core.groups.Tuple.tuple(wide.id(), 3),
                org.assertj.core.groups.Tuple.tuple(moscow.id(), 0));
        assertThat(layout.lanes()).isEqualTo(4);
        assertThat(layout.row(0).parts()).hasSize(4);
        MarginRow.Part wideInSecond = layout.row(1).parts().stream()
                .filter(p -> p.stripe().coding().id().equals(wide.id())).findFirst().orElseThrow();
        assertThat(wideInSecond.opens()).isFalse();
        assertThat(wideInSecond.closes()).isTrue();
        assertThat(layout.row(2).parts()).isEmpty();
    }

    @Test
    void pagesStartInTheMarginBesideTheirParagraphs() {
        DocumentLayout layout = model.layoutProperty().get();

        assertThat(layout.pageStarts()).containsExactly(0, TEXT.codePointCount(0, TEXT.lastIndexOf('\n') + 1));
        assertThat(layout.row(0).pageLabel()).isEqualTo("12");
        assertThat(layout.row(1).pageLabel()).isNull();
        assertThat(layout.row(2).pageLabel()).isEqualTo("13");
    }

    @Test
    void aSelectionSnapsToWholeWordsUnlessExact() {
        int start = span("peacekeepers").start() + 4;
        int end = span("guard").start() + 2;

        model.select(start - 6, end, false);
        assertThat(session.selectionProperty().get())
                .isEqualTo(new TextSelection(source.id(), span("Russia's peacekeepers guard")));

        model.select(start, end + 4, false);
        assertThat(model.shownSelectionProperty().get()).isEqualTo(span("peacekeepers guard"));

        model.select(start, end, true);
        assertThat(session.selectionProperty().get().span()).isEqualTo(new Span(start, end));

        model.select(end, end, false);
        assertThat(session.selectionProperty().get()).isNull();
    }

    @Test
    void aJumpOpensTheSourceAndSelectsTheExactSpan() {
        Source other = TestProjects.addSource(project, "Other", "Nothing here.", PageMap.NONE);
        session.currentSourceProperty().set(other.id());
        Span target = new Span(span("peacekeepers").start() + 2, span("guard").start() + 1);

        session.jumpTo(new Jump(source.id(), target));

        assertThat(model.textProperty().get().source()).isEqualTo(source.id());
        assertThat(session.selectionProperty().get()).isEqualTo(new TextSelection(source.id(), target));
        assertThat(model.shownSelectionProperty().get()).isEqualTo(target);
        assertThat(model.revealProperty().get().span()).isEqualTo(target);
    }

    @Test
    void aQuickKeyCodesTheSelectionAndTheCodingIsShownAtTheCaret() {
        session.quickKeys().put(3, power.id());
        model.select(span("Moscow mediates").start(), span("Moscow mediates").end(), false);

        assertThat(model.quickKey(3)).isTrue();

        Coding stored = TestProjects.onlyCoding(project);
        assertThat(stored.span()).isEqualTo(span("Moscow mediates"));
        assertThat(stored.code()).isEqualTo(power.id());
        assertThat(stored.coder().name()).isEqualTo("anna");
        assertThat(model.layoutProperty().get().stripes()).extracting(s -> s.coding().id()).containsExactly(stored.id());
        model.caretMoved(span("mediates").start());
        assertThat(session.codingsAtCaret()).containsExactly(stored.id());
        model.caretMoved(span("between").start());
        assertThat(session.codingsAtCaret()).isEmpty();
        assertThat(model.codeChoices()).filteredOn(c -> c.id().equals(power.id())).singleElement()
                .satisfies(c -> assertThat(c.label()).endsWith("(3)"));
    }

    @Test
    void aKeyWithoutACodeCodesNothingAndSaysSo() {
        model.select(span("Moscow").start(), span("Moscow").end(), false);

        assertThat(model.quickKey(7)).isFalse();

        assertThat(project.codings().list(CodingFilter.ALL)).isEmpty();
        assertThat(status.noticeProperty().get()).contains("key 7");
    }

    @Test
    void removeRecodeResizeAndMemoChangeTheStore() {
        Coding coding = code("Moscow mediates", security, "anna");

        model.recode(coding.id(), power.id());
        assertThat(project.codings().get(coding.id()).code()).isEqualTo(power.id());
        assertThat(model.layoutProperty().get().coding(coding.id()).codeName()).isEqualTo(power.name());

        model.resize(coding.id(), span("Moscow mediates between Baku"));
        assertThat(project.codings().get(coding.id()).span()).isEqualTo(span("Moscow mediates between Baku"));

        model.dragEnd(coding.id(), false, span("Yerevan").start() + 3, false);
        assertThat(project.codings().get(coding.id()).span()).isEqualTo(span("Moscow mediates between Baku and Yerevan"));

        model.dragEnd(coding.id(), true, span("mediates").start() + 2, true);
        assertThat(project.codings().get(coding.id()).span().start()).isEqualTo(span("mediates").start() + 2);

        model.setMemo(coding.id(), "mediation as leverage");
        assertThat(project.codings().get(coding.id()).memo()).isEqualTo("mediation as leverage");

        model.remove(coding.id());
        assertThat(project.codings().list(CodingFilter.ALL)).isEmpty();
        assertThat(model.layoutProperty().get().stripes()).isEmpty();
    }

    @Test
    void hiddenCodersDisappearAndSeveralCodersAreToldApart() {
        Coding mine = code("Moscow mediates", security, "anna");
        Coding theirs = code("mediates between", power, "nino");

        DocumentLayout both = model.layoutProperty().get();
        assertThat(both.coders()).containsExactly("anna", "nino");
        assertThat(both.coding(mine.id()).coderStyle()).isNotEqualTo(both.coding(theirs.id()).coderStyle());
        assertThat(both.runAt(span("Moscow").start()).shade().coderStyle()).isEqualTo(0);
        assertThat(both.runAt(span("mediates").start()).shade().coderStyle()).isEqualTo(Shade.MIXED);

        session.hiddenCoders().add("nino");

        DocumentLayout annaOnly = model.layoutProperty().get();
        assertThat(annaOnly.stripes()).extracting(s -> s.coding().id()).containsExactly(mine.id());
        assertThat(annaOnly.codingsAt(span("between").start())).isEmpty();
        assertThat(annaOnly.runAt(span("Moscow").start()).shade().coderStyle()).isEqualTo(Shade.NO_UNDERLINE);

        session.hiddenCoders().remove("nino");
        assertThat(model.layoutProperty().get().stripes()).hasSize(2);
    }

    @Test
    void clickingAStripeSelectsItsCodingForTheInspector() {
        Coding coding = code("Moscow mediates", security, "anna");

        model.selectCoding(coding.id());

        assertThat(session.selectedCodingProperty().get()).isEqualTo(coding.id());
    }

    @Test
    void theQuickCodeBoxCompletesNamesBeforePathsThatMerelyContainTheFragment() {
        List<CodeChoice> completed = model.complete("secu");

        assertThat(completed).isNotEmpty();
        assertThat(completed.getFirst().path()).startsWith("Security");
        assertThat(completed).allSatisfy(c -> assertThat(c.path().toLowerCase()).contains("secu"));
        assertThat(model.complete("")).hasSize(project.codebook().snapshot().size());
    }
}
