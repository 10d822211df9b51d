package org.scholion.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.analysis.AgreementReport;
import org.scholion.analysis.AgreementUnit;
import org.scholion.analysis.CohenKappa;
import org.scholion.codebook.CodeId;
import org.scholion.project.CodedSample;
import org.scholion.project.DisagreementRow;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;
import org.scholion.source.Source;
import org.scholion.source.Span;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Jump;
import org.scholion.ui.workbench.Session;

/** The agreement window's model without a window, on the corpus coded by ana, ben and cleo. */
class AgreementViewModelTest {

    @TempDir
    Path dir;

    private final TasksViewModel status = new TasksViewModel();
    private final Session session = new Session(ProjectThreadRunner.direct(status), status, "ana");
    private Project project;
    private AgreementViewModel model;

    @BeforeEach
    void open() {
        project = CodedSample.coded(dir);
        session.setProject(project);
        model = new AgreementViewModel(session);
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void offersTheCodersWithCodingsAndComputesTheirAgreement() {
        assertThat(model.coders()).containsExactly("ana", "ben", "cleo"); // not the one who only imported
        model.chosen().remove("cleo");

        model.compute();

        AgreementReport expected = project.agreement().compare(List.of("ana", "ben"), AgreementUnit.SENTENCE, Set.of());
        assertThat(model.statistics()).contains(CohenKappa.NAME);
        assertThat(model.lines()).hasSize(expected.perCode().size() + 1);
        assertThat(model.lines().getLast().isOverall()).isTrue();
        AgreementLine nato = model.lines().stream().filter(l -> l.code().equals(CodedSample.NATO)).findFirst().orElseThrow();
        int cohen = model.statistics().indexOf(CohenKappa.NAME);
        double kappa = expected.perCode().stream().filter(l -> l.label().equals(CodedSample.NATO)).findFirst()
                .orElseThrow().statistic(CohenKappa.NAME).orElseThrow().value().getAsDouble();
        assertThat(nato.values().get(cohen)).isEqualTo(String.format(Locale.ROOT, "%.3f", kappa));
        assertThat(model.markedHeadingProperty().get()).isEqualTo("Marked (ana / ben)");
        assertThat(model.places()).hasSize(expected.disagreements().size());
        assertThat(model.summaryProperty().get()).endsWith(expected.disagreements().size() + " places where ana and ben differ");
    }

    @Test
    void aCodeLineListsItsOwnPlacesAndEachJumpsToItsText() {
        model.chosen().remove("cleo");
        model.compute();
        AgreementLine nato = model.lines().stream().filter(l -> l.code().equals(CodedSample.NATO)).findFirst().orElseThrow();

        model.selectedLineProperty().set(nato);

        assertThat(model.places()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.codePath()).isEqualTo(CodedSample.NATO);
            assertThat(row.place().marked()).containsExactly("ben");
        });
        List<Jump> jumps = new ArrayList<>();
        session.onJump(jumps::add);
        DisagreementRow first = model.places().getFirst();
        model.open(first);
        assertThat(jumps).containsExactly(new Jump(first.place().source(), first.place().span()));
        String text = project.sources().text(first.place().source());
        assertThat(first.quote()).isNotBlank();
        assertThat(text.replaceAll("\\s+", " ")).contains(first.quote().replace("…", ""));

        model.selectedLineProperty().set(model.lines().getLast());
        assertThat(model.places().size()).isGreaterThan(model.lines().size() - 1);
    }

    @Test
    void aPlaceSideBySideShowsWhatEachCoderMarkedThere() {
        model.chosen().remove("cleo");
        model.compute();
        AgreementLine nato = model.lines().stream().filter(l -> l.code().equals(CodedSample.NATO)).findFirst().orElseThrow();
        model.selectedLineProperty().set(nato);
        DisagreementRow place = model.places().getFirst();

        model.selectedPlaceProperty().set(place);

        assertThat(model.sides()).extracting(SideText::coder).containsExactly("ana", "ben");
        SideText ana = model.sides().getFirst();
        SideText ben = model.sides().get(1);
        assertThat(ana.applied()).isFalse();
        assertThat(ana.text()).isEqualTo("ana did not apply the code here.");
        assertThat(ben.applied()).isTrue();
        // ben coded the whole paragraph: his coding starts at or before the place and holds its text
        String text = project.sources().text(place.place().source());
        assertThat(ben.text()).startsWith("[").contains(text.substring(
                text.offsetByCodePoints(0, place.place().span().start()),
                text.offsetByCodePoints(0, place.place().span().end())).strip().lines().findFirst().orElseThrow());

        model.selectedPlaceProperty().set(null);
        assertThat(model.sides()).isEmpty();
    }

    @Test
    void onlyTheSelectedCodesWhenAsked() {
        model.onlySelectedCodesProperty().set(true);
        model.compute();
        assertThat(model.lines()).isEmpty();
        assertThat(model.summaryProperty().get()).contains("Select the codes");

        CodeId turkey = TestProjects.code(project, CodedSample.TURKEY).id();
        session.selectedCodes().setAll(turkey);
        model.compute();

        assertThat(model.lines()).extracting(AgreementLine::code).containsExactly(CodedSample.TURKEY, "all codes");
        // only ben coded Turkey: every place is his
        assertThat(model.places()).isNotEmpty().allSatisfy(row -> assertThat(row.place().marked()).containsExactly("ben"));
    }

    @Test
    void newCodingsRecomputeAShownResult() {
        model.chosen().remove("cleo");
        model.compute();
        AgreementLine before = model.lines().getLast();
        Source source = project.sources().list().getFirst();
        CodeId turkey = TestProjects.code(project, CodedSample.TURKEY).id();

        project.codings().code(source.id(), new Span(0, 40), turkey, "ana", "");
        session.codingsChanged();

        AgreementLine after = model.lines().getLast();
        assertThat(after.marked()).isNotEqualTo(before.marked());
    }

    @Test
    void theTableShownIsSavedAsCsv() throws Exception {
        assertThat(model.hasResultProperty().get()).isFalse();
        model.chosen().remove("cleo");
        model.compute();
        assertThat(model.hasResultProperty().get()).isTrue();
        Path file = dir.resolve("appendix.csv");

        model.saveCsv(file);

        List<String> lines = java.nio.file.Files.readAllLines(file);
        assertThat(lines).hasSize(model.lines().size() + 1);
        assertThat(lines.getLast()).startsWith("\"all codes\"");
        assertThat(status.noticeProperty().get()).isEqualTo("Saved the agreement table to " + file);
    }

    @Test
    void oneCoderIsNotEnough() {
        model.chosen().retainAll(Set.of("ana"));
        model.compute();
        assertThat(model.lines()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("Choose two or more coders to compare.");
    }
}
