package org.scholion.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.export.CitationStyle;
import org.scholion.export.ExportFormat;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Session;

/** The export dialog's model without a window: the preview as the chapter will quote it, and the files written. */
class ExportViewModelTest {

    @TempDir
    Path dir;

    private final TasksViewModel status = new TasksViewModel();
    private final Session session = new Session(ProjectThreadRunner.direct(status), status, "anna");
    private Project project;

    @BeforeEach
    void open() {
        project = TestProjects.studyProject(dir); // Kuzio's commentary with one coding
        session.setProject(project);
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void thePreviewQuotesTheFirstExcerptsWithTheirCitations() {
        ExportViewModel model = new ExportViewModel(session);

        model.refresh();

        assertThat(model.summaryProperty().get()).isEqualTo("1 excerpt");
        assertThat(model.preview()).singleElement().satisfies(line -> assertThat(line)
                .startsWith(TestProjects.PEACEKEEPING + "\n\u201C")
                .endsWith("\u201D (Kuzio 2021)"));

        model.citationProperty().set(CitationStyle.FOOTNOTE);

        assertThat(model.preview().getFirst()).endsWith("[footnote: Kuzio 2021]");
    }

    @Test
    void onlyTheSelectedCodesAreExportedWhenAsked() {
        session.selectedCodes().setAll(TestProjects.code(project, "Security interests").id());
        ExportViewModel model = new ExportViewModel(session);

        model.refresh();

        assertThat(model.selectedCodesOnlyProperty().get()).isTrue();
        assertThat(model.summaryProperty().get()).isEqualTo("0 excerpts of the selected codes");
        model.selectedCodesOnlyProperty().set(false);
        assertThat(model.summaryProperty().get()).isEqualTo("1 excerpt");
    }

    @Test
    void markdownIsWrittenWithItsBibliographyAndTheStatusBarSaysWhere() throws Exception {
        ExportViewModel model = new ExportViewModel(session);
        model.formatProperty().set(ExportFormat.MD);
        Path file = dir.resolve("chapter.md");

        model.export(file);

        assertThat(Files.readString(file)).contains("[@kuzio2021]").contains(TestProjects.PEACEKEEPERS_PASSAGE.substring(0, 30));
        assertThat(Files.readString(dir.resolve("chapter.bib"))).contains("kuzio2021").contains("Kuzio");
        assertThat(status.noticeProperty().get()).isEqualTo("Exported 1 excerpt to " + file + " and " + dir.resolve("chapter.bib"));
        assertThat(status.busyProperty().get()).isFalse();
    }

    @Test
    void everyFilterOfTheCommandLineNarrowsThePreviewToo() {
        ExportViewModel model = new ExportViewModel(session);
        model.refresh();
        assertThat(model.summaryProperty().get()).isEqualTo("1 excerpt");

        model.typeProperty().set(org.scholion.source.SourceType.ARTICLE);
        assertThat(model.summaryProperty().get()).isEqualTo("0 excerpts");
        model.typeProperty().set(org.scholion.source.SourceType.NEWS);
        assertThat(model.summaryProperty().get()).isEqualTo("1 excerpt");

        model.fromYearProperty().set(2022);
        assertThat(model.summaryProperty().get()).isEqualTo("0 excerpts");
        model.fromYearProperty().set(2021);
        model.toYearProperty().set(2021);
        assertThat(model.summaryProperty().get()).isEqualTo("1 excerpt");

        model.coderProperty().set("someone else");
        assertThat(model.summaryProperty().get()).isEqualTo("0 excerpts");
        model.coderProperty().set(TestProjects.CODER);
        model.memoContainsProperty().set("INSTRUMENT");
        assertThat(model.summaryProperty().get()).isEqualTo("1 excerpt");
        model.memoContainsProperty().set("not in any memo");
        assertThat(model.summaryProperty().get()).isEqualTo("0 excerpts");
        model.memoContainsProperty().set("");

        session.currentSourceProperty().set(project.sources().list().getFirst().id());
        model.chooseCurrentSource();
        assertThat(model.summaryProperty().get()).isEqualTo("1 excerpt");
        assertThat(model.selection().sources()).containsExactly(project.sources().list().getFirst().id());
        assertThat(model.sources()).filteredOn(c -> c.chosenProperty().get()).extracting(SourceChoice::id)
                .containsExactly(project.sources().list().getFirst().id());
    }
}
