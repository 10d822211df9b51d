package org.scholion.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.project.TestProjects;
import org.scholion.ui.main.MainViewModel;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Session;
import org.scholion.ui.workbench.WorkbenchSettings;

/**
 * File > Merge Codings without a window: the form says what is missing, a colleague's copy is merged
 * under the name typed (the views reload codings and codebook, the report is offered), and a broken
 * file leaves one status line and the project as it was.
 */
class MergeViewModelTest {

    @TempDir
    Path dir;

    private final TasksViewModel status = new TasksViewModel();
    private final Session session = new Session(ProjectThreadRunner.direct(status), status, "nino");
    private ExchangeViewModel exchange;
    private MergeViewModel form;
    private Path theirs;

    @BeforeEach
    void openMineAndCodeTheirs() throws Exception {
        exchange = new ExchangeViewModel(session, new MainViewModel(session, WorkbenchSettings.in(dir.resolve("data")))::open);
        form = new MergeViewModel(session, exchange::mergeCodings);
        try (Project other = SampleCorpus.imported(Files.createDirectories(dir.resolve("theirs")))) {
            theirs = other.info().folder();
            var parent = TestProjects.code(other, SampleCorpus.POWER_POLITICAL_INTERESTS);
            var arctic = other.codebook().add(parent.id(), "Arctic route", CodeColor.parse("#336699"), CodeGuidance.NONE, "x");
            var kuzio = other.sources().list().stream().filter(s -> s.original() != null
                    && s.original().fileName().equals(SampleCorpus.KUZIO)).findFirst().orElseThrow();
            other.codings().code(kuzio.id(), TestProjects.spanOf(other, kuzio, TestProjects.PEACEKEEPERS_PASSAGE),
                    arctic.id(), "x", "");
        }
    }

    @AfterEach
    void closeTheProject() {
        if (session.project() != null) {
            session.project().close();
        }
    }

    @Test
    void theFormSaysWhatIsMissingUntilItCanStart() {
        assertThat(form.problemProperty().get()).isEqualTo("Open the project to merge into first.");
        session.setProject(SampleCorpus.imported(mkdir("mine")));
        assertThat(form.problemProperty().get()).isEqualTo("Choose a project folder or a .qdpx file.");
        form.otherProperty().set(theirs.toString());
        assertThat(form.problemProperty().get()).isEqualTo("Name the coder whose codings these are.");
        assertThat(form.readyProperty().get()).isFalse();
        assertThat(form.merge()).isFalse();
        form.coderProperty().set("  ben ");
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.readyProperty().get()).isTrue();
    }

    @Test
    void aColleaguesCopyIsMergedAndTheViewsReloadAndTheReportIsOffered() {
        Project mine = SampleCorpus.imported(mkdir("mine"));
        session.setProject(mine);
        long codings = session.codingsRevisionProperty().get();
        long codebook = session.codebookRevisionProperty().get();
        form.otherProperty().set(theirs.toString());
        form.coderProperty().set("ben");

        assertThat(form.merge()).isTrue();

        assertThat(mine.codings().list(new CodingFilter(Set.of(), Set.of(), "ben"))).hasSize(1);
        assertThat(session.codingsRevisionProperty().get()).isGreaterThan(codings);
        assertThat(session.codebookRevisionProperty().get()).as("a code was created").isGreaterThan(codebook);
        assertThat(status.noticeProperty().get()).startsWith("Merged " + theirs.getFileName() + ": merged 1 coding as 'ben'");
        ExchangeReport report = exchange.reportProperty().get();
        assertThat(report.title()).isEqualTo("Merged " + theirs.getFileName() + " as coder 'ben'");
        assertThat(report.lines()).contains("1 code created: 'Power-political interests/Arctic route'");
    }

    @Test
    void onlyTheCodingsOfTheCoderNamedThereAreMerged() {
        Project mine = SampleCorpus.imported(mkdir("mine"));
        session.setProject(mine);
        form.otherProperty().set(theirs.toString());
        form.coderProperty().set("ben");
        form.onlyByProperty().set("nobody");

        form.merge();

        assertThat(status.noticeProperty().get()).isEqualTo("Cannot merge " + theirs
                + ": it has no codings by 'nobody' (its codings are by 'x')");
        form.onlyByProperty().set(" X ");
        form.merge();
        assertThat(exchange.reportProperty().get().lines()).contains("codings there by 'x' (1); only those by 'X' merged");
    }

    @Test
    void aBrokenFileLeavesOneStatusLineAndNoReport() throws Exception {
        Project mine = SampleCorpus.imported(mkdir("mine"));
        session.setProject(mine);
        TestProjects.State before = TestProjects.State.of(mine);
        Path junk = Files.writeString(dir.resolve("junk.qdpx"), "not an archive");
        form.otherProperty().set(junk.toString());
        form.coderProperty().set("ben");

        form.merge();

        assertThat(status.noticeProperty().get()).startsWith("Cannot merge " + junk + ": ").doesNotContain("\n");
        assertThat(exchange.reportProperty().get()).isNull();
        assertThat(TestProjects.State.of(mine)).isEqualTo(before);
    }

    private Path mkdir(String name) {
        try {
            return Files.createDirectories(dir.resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
