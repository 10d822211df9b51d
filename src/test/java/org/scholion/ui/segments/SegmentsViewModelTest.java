package org.scholion.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.CodePath;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingId;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.source.Source;
import org.scholion.source.SourceType;
import org.scholion.source.Span;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Jump;
import org.scholion.ui.workbench.Session;

/** Retrieved segments without a window: the codings of the selected codes, their text and pages, each filter, reloads, jumps. */
class SegmentsViewModelTest {

    static final String POWER = SampleCorpus.POWER_POLITICAL_INTERESTS;
    static final String PEACEKEEPING = POWER + "/Exclusive peacekeeping and mediation";
    static final String BORDERS = "Security interests/Border security";

    @TempDir
    static Path dir;
    static Project project;
    static Source thesis;
    static Source miholjcic;
    static Source kuzio;
    static Source assessing;
    static Coding inThesis;
    static Coding inMiholjcic;
    static Coding inKuzio;
    static Coding inAssessing;

    private final TasksViewModel status = new TasksViewModel();
    private final Session session = new Session(ProjectThreadRunner.direct(status), status, "nino");
    private SegmentsViewModel model;

    @BeforeAll
    static void codeTheCorpus() {
        project = SampleCorpus.imported(dir);
        thesis = source(SourceType.THESIS, "Russia's policies");
        miholjcic = source(SourceType.ARTICLE, "Role of Russia's Peacekeeping");
        kuzio = source(SourceType.NEWS, "Why Russian peacekeepers");
        assessing = source(SourceType.ARTICLE, "Assessing Russia's role");
        inThesis = project.codings().code(thesis.id(), new Span(40_000, 40_180), code(POWER), "anna", null);
        inMiholjcic = project.codings().code(miholjcic.id(), new Span(5_000, 5_090), code(PEACEKEEPING), "lasha", null);
        inKuzio = project.codings().code(kuzio.id(), new Span(300, 420), code(PEACEKEEPING), "anna", null);
        inAssessing = project.codings().code(assessing.id(), new Span(1_000, 1_050), code(BORDERS), "anna", null);
    }

    @AfterAll
    static void close() {
        project.close();
    }

    @BeforeEach
    void openTheProject() {
        session.setProject(project);
        model = new SegmentsViewModel(session);
    }

    private static Source source(SourceType type, String titleStart) {
        return project.sources().list().stream()
                .filter(s -> s.metadata().type() == type && s.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private static CodeId code(String path) {
        return project.codebook().snapshot().resolve(CodePath.parse(path)).id();
    }

    private List<CodingId> shown() {
        return model.rows().stream().map(SegmentRow::coding).toList();
    }

    /** The text of a span, cut independently of TextOffsets: code points through the JDK. */
    private static String textOf(Coding coding) {
        String text = project.sources().text(coding.source());
        int from = text.offsetByCodePoints(0, coding.start());
        return text.substring(from, text.offsetByCodePoints(from, coding.span().length()));
    }

    @Test
    void aSelectedCodeRetrievesItsSegmentsAndThoseOfItsSubCodesWithTextAndPage() {
        session.selectedCodes().setAll(code(POWER));

        assertThat(shown()).containsExactlyInAnyOrder(inThesis.id(), inMiholjcic.id(), inKuzio.id());
        assertThat(model.countProperty().get()).isEqualTo("3 segments");
        for (SegmentRow row : model.rows()) {
            Coding coding = project.codings().get(row.coding());
            assertThat(row.text()).isEqualTo(textOf(coding)).hasSize(textOf(coding).length());
            assertThat(row.span()).isEqualTo(coding.span());
            assertThat(row.source()).isEqualTo(coding.source());
            assertThat(row.sourceTitle()).isEqualTo(project.sources().get(coding.source()).title());
            String pages = project.sources().pageMap(coding.source()).pagesOf(coding.span());
            assertThat(row.pages()).isEqualTo(pages == null ? "" : pages);
            assertThat(row.coder()).isEqualTo(coding.coder().name());
            assertThat(row.codePath()).isEqualTo(project.codebook().snapshot().pathOf(coding.code()).toString());
        }
        assertThat(model.rows()).extracting(SegmentRow::codePath).containsExactlyInAnyOrder(POWER, PEACEKEEPING, PEACEKEEPING);
        assertThat(model.rows()).as("in reading order: by source, then position")
                .isSortedAccordingTo((a, b) -> Long.compare(a.source().value(), b.source().value()));
        assertThat(model.coders()).containsExactly("anna", "lasha");

        model.includeSubcodesProperty().set(false);

        assertThat(shown()).containsExactly(inThesis.id());
        assertThat(model.countProperty().get()).isEqualTo("1 segment");
    }

    @Test
    void severalSelectedCodesRetrieveTheSegmentsOfEach() {
        session.selectedCodes().setAll(code(PEACEKEEPING), code(BORDERS));

        assertThat(shown()).containsExactlyInAnyOrder(inMiholjcic.id(), inKuzio.id(), inAssessing.id());
    }

    @Test
    void eachFilterKeepsOnlyTheSegmentsItNames() {
        session.selectedCodes().setAll(code(POWER));

        model.sourceFilterProperty().set(new SourceChoice(kuzio.id(), kuzio.title()));
        assertThat(shown()).containsExactly(inKuzio.id());
        assertThat(model.countProperty().get()).isEqualTo("1 of 3 segments (filtered)");
        model.clearFilters();

        model.typeFilterProperty().set(SourceType.ARTICLE);
        assertThat(shown()).containsExactly(inMiholjcic.id());
        model.typeFilterProperty().set(SourceType.THESIS);
        assertThat(shown()).containsExactly(inThesis.id());
        model.clearFilters();

        model.fromYearProperty().set(2021);
        assertThat(shown()).as("the thesis has no date, so a year range leaves it out")
                .containsExactlyInAnyOrder(inMiholjcic.id(), inKuzio.id());
        model.toYearProperty().set(2021);
        assertThat(shown()).containsExactly(inKuzio.id());
        model.fromYearProperty().set(null);
        model.toYearProperty().set(2020);
        assertThat(shown()).isEmpty();
        assertThat(model.countProperty().get()).isEqualTo("0 of 3 segments (filtered)");
        model.clearFilters();

        model.coderFilterProperty().set("lasha");
        assertThat(shown()).containsExactly(inMiholjcic.id());
        assertThat(model.coders()).as("the coder choices stay those of the selected codes").containsExactly("anna", "lasha");
        model.clearFilters();

        assertThat(shown()).containsExactlyInAnyOrder(inThesis.id(), inMiholjcic.id(), inKuzio.id());
        assertThat(model.sources()).extracting(SourceChoice::id)
                .containsExactlyElementsOf(project.sources().list().stream().map(Source::id).toList());
    }

    @Test
    void theListFollowsNewCodingsAndSaysWhatToDoWithNothingSelected() {
        assertThat(model.rows()).isEmpty();
        assertThat(model.countProperty().get()).isEqualTo("Select codes in the codebook to retrieve their segments");
        CodeId turkey = code("Bilateral relations/Relations with Turkey");
        session.selectedCodes().setAll(turkey);
        assertThat(model.rows()).isEmpty();
        assertThat(model.countProperty().get()).isEqualTo("0 segments");

        Coding made = project.codings().code(kuzio.id(), new Span(10, 60), turkey, "nino", null);
        session.codingsChanged();

        assertThat(shown()).containsExactly(made.id());
        assertThat(model.rows().getFirst().text()).isEqualTo(textOf(made));

        project.codings().remove(made.id(), "nino");
        session.codingsChanged();
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void openingASegmentJumpsToItsExactSpan() {
        List<Jump> jumps = new ArrayList<>();
        session.onJump(jumps::add);
        session.selectedCodes().setAll(code(PEACEKEEPING));

        model.open(model.rows().stream().filter(r -> r.source().equals(kuzio.id())).findFirst().orElseThrow());

        assertThat(jumps).containsExactly(new Jump(kuzio.id(), inKuzio.span()));
        assertThat(session.currentSourceProperty().get()).isEqualTo(kuzio.id());
    }
}
