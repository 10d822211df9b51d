package org.scholion.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodeId;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.project.TestProjects;
import org.scholion.source.PageMap;
import org.scholion.source.Source;
import org.scholion.source.SourceType;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Jump;
import org.scholion.ui.workbench.Session;
import org.scholion.source.Span;

/** The sources table without a window, over the sample corpus imported into a project. */
class SourcesViewModelTest {

    @TempDir
    static Path dir;
    private static Path original;

    private final TasksViewModel status = new TasksViewModel();
    private final Session session = new Session(ProjectThreadRunner.direct(status), status, "nino");
    private Project project;
    private SourcesViewModel model;

    /** The corpus is imported once (Tika takes seconds); each test works on its own copy of the folder. */
    @BeforeAll
    static void importSample() {
        try (Project sample = SampleCorpus.imported(dir.resolve("original"))) {
            original = sample.info().folder();
        }
    }

    @BeforeEach
    void openSample() throws IOException {
        Path copy = Files.createTempDirectory(dir, "copy").resolve(original.getFileName().toString());
        try (Stream<Path> files = Files.walk(original)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(original.relativize(file).toString()));
            }
        }
        project = Project.open(copy);
        model = new SourcesViewModel(session);
        session.setProject(project);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private SourceRow row(String titleStart) {
        return model.allRows().stream().filter(r -> r.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    @Test
    void everySourceIsAListedRowWithItsMetadataLengthAndCodings() {
        Source kuzio = project.sources().list().stream().filter(s -> s.title().startsWith("Why Russian")).findFirst().orElseThrow();
        CodeId code = TestProjects.code(project, TestProjects.PEACEKEEPING).id();
        project.codings().code(kuzio.id(), TestProjects.spanOf(project, kuzio, "Russian peacekeepers"), code, "nino", null);
        project.codings().code(kuzio.id(), TestProjects.spanOf(project, kuzio, "South Caucasus"), code, "nino", null);
        session.codingsChanged();

        assertThat(model.rows()).hasSize(5);
        SourceRow row = row("Why Russian");
        assertThat(row.type()).isEqualTo(SourceType.NEWS);
        assertThat(row.year()).isEqualTo(2021);
        assertThat(row.authors()).isEqualTo("Taras Kuzio");
        assertThat(row.language()).isEqualTo("en");
        assertThat(row.length()).isEqualTo(kuzio.textLength()).isPositive();
        assertThat(row.codings()).isEqualTo(2);
        assertThat(row("Russia's policies").year()).isNull();
        assertThat(row("Russia's policies").codings()).isZero();
        assertThat(SourceRow.Column.LENGTH.text(row)).isEqualTo(String.format("%,d", kuzio.textLength()));
    }

    @Test
    void theFilterMatchesTitleAuthorTypeAndYearIgnoringCaseAndAccents() {
        TestProjects.addSource(project, "Südossetien nach dem Krieg", "Ein kurzer Text.", PageMap.NONE);
        session.sourcesChanged();
        assertThat(model.rows()).hasSize(6);

        model.filterProperty().set("SUDOSSETIEN");
        assertThat(model.rows()).extracting(SourceRow::title).containsExactly("Südossetien nach dem Krieg");

        model.filterProperty().set("miholjčić");
        assertThat(model.rows()).extracting(SourceRow::authors).containsExactly("Nina Miholjcic");

        model.filterProperty().set("article");
        assertThat(model.rows()).hasSize(3).allSatisfy(r -> assertThat(r.type()).isEqualTo(SourceType.ARTICLE));

        model.filterProperty().set("2012");
        assertThat(model.rows()).extracting(SourceRow::title).singleElement().asString().startsWith("Assessing Russia's role");

        model.filterProperty().set("karabakh");
        assertThat(model.rows()).hasSize(3);

        model.filterProperty().set("  ");
        assertThat(model.rows()).hasSize(6);
    }

    @Test
    void eachColumnSortsItsWayAndSortingKeepsTheFilter() {
        model.rows().setComparator(SourceRow.Column.YEAR.order());
        assertThat(model.rows()).extracting(SourceRow::year).containsExactly(null, 2012, 2020, 2021, 2022);

        model.rows().setComparator(SourceRow.Column.YEAR.order().reversed());
        assertThat(model.rows()).extracting(SourceRow::year).containsExactly(2022, 2021, 2020, 2012, null);

        model.rows().setComparator(SourceRow.Column.TYPE.order());
        assertThat(model.rows()).extracting(SourceRow::type).containsExactly(SourceType.THESIS, SourceType.ARTICLE,
                SourceType.ARTICLE, SourceType.ARTICLE, SourceType.NEWS);

        model.rows().setComparator(SourceRow.Column.LENGTH.order());
        assertThat(model.rows()).extracting(SourceRow::length).isSorted();
        assertThat(model.rows().getLast().type()).isEqualTo(SourceType.THESIS);

        model.filterProperty().set("article");
        model.rows().setComparator(SourceRow.Column.TITLE.order());
        assertThat(model.rows()).extracting(SourceRow::title).containsExactly(
                "Assessing Russia's role in efforts to resolve the Nagorno-Karabakh conflict: From perception to reality",
                "Role of Russia's Peacekeeping Missions in its Foreign Policy toward the South Caucasus",
                "Russia's Foreign Policy Towards and Influence on the Nagorno-Karabakh Conflict");
    }

    @Test
    void selectingARowShowsThatSourceAndAJumpElsewhereIsSeenAsTheCurrentSource() {
        SourceRow kuzio = row("Why Russian");

        model.select(kuzio);
        assertThat(session.currentSourceProperty().get()).isEqualTo(kuzio.id());

        SourceRow thesis = row("Russia's policies");
        session.jumpTo(new Jump(thesis.id(), new Span(0, 10)));
        assertThat(model.currentSourceProperty().get()).isEqualTo(thesis.id());
    }

    @Test
    void closingTheProjectEmptiesTheTable() {
        session.setProject(null);
        assertThat(model.rows()).isEmpty();
    }
}
