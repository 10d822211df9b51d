package org.scholion.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.project.TestProjects;
import org.scholion.ui.main.MainViewModel;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Session;
import org.scholion.ui.workbench.WorkbenchSettings;

/**
 * REFI-QDA exchange from the File menu without a window: a project out as QDPX and back in as a new
 * project that the workbench opens, a codebook out as QDC and into another project, and broken files
 * that leave one status line and the open project as it was.
 */
class ExchangeViewModelTest {

    @TempDir
    Path dir;

    private final TasksViewModel status = new TasksViewModel();
    private final Session session = new Session(ProjectThreadRunner.direct(status), status, "nino");
    private MainViewModel main;
    private ExchangeViewModel model;
    private Project sample;
    private int sampleSources;
    private int sampleCodes;

    @BeforeEach
    void openTheSample() throws Exception {
        main = new MainViewModel(session, WorkbenchSettings.in(dir.resolve("data")));
        model = new ExchangeViewModel(session, main::open);
        sample = SampleCorpus.imported(Files.createDirectories(dir.resolve("sample")));
        sampleSources = sample.sources().list().size();
        sampleCodes = sample.codebook().snapshot().size();
        session.setProject(sample);
    }

    /** The open project; the sample was closed already if an import opened another in its place. */
    @AfterEach
    void closeProjects() {
        if (session.project() != null) {
            session.project().close();
        }
    }

    @Test
    void aProjectExportedAsQdpxComesBackAsANewProjectThatIsOpenedWithItsReport() throws Exception {
        Path qdpx = dir.resolve("thesis.qdpx");

        model.exportProject(qdpx);

        assertThat(qdpx).isNotEmptyFile();
        assertThat(status.noticeProperty().get()).startsWith("Exported the project to " + qdpx + ": " + sampleCodes
                + " codes, " + sampleSources + " sources, ");

        Path parent = Files.createDirectories(dir.resolve("projects"));
        long sourcesRevision = session.sourcesRevisionProperty().get();
        model.importProject(qdpx, parent);

        Project opened = session.project();
        assertThat(opened).isNotSameAs(sample);
        assertThat(opened.info().folder()).isEqualTo(parent.resolve("thesis.scholion").toAbsolutePath().normalize());
        assertThat(opened.sources().list()).hasSize(sampleSources);
        assertThat(opened.codebook().snapshot().size()).isEqualTo(sampleCodes);
        assertThat(session.sourcesRevisionProperty().get()).isGreaterThan(sourcesRevision);
        assertThat(main.recentProjects()).contains(opened.info().folder());
        ExchangeReport report = model.reportProperty().get();
        assertThat(report.title()).contains("thesis.qdpx");
        assertThat(report.lines().getFirst()).startsWith("imported ").contains(sampleCodes + " codes, "
                + sampleSources + " sources");
        assertThat(report.text()).contains(report.lines().getFirst());
        assertThat(status.busyProperty().get()).isFalse();

        model.reportShown();
        assertThat(model.reportProperty().get()).isNull();
    }

    @Test
    void aSecondImportOfTheSameFileGetsANewFolderInsteadOfOverwritingTheFirst() throws Exception {
        Path parent = Files.createDirectories(dir.resolve("projects"));
        Path qdpx = dir.resolve("thesis.qdpx");
        assertThat(ExchangeViewModel.newProjectFolder(qdpx, parent)).isEqualTo(parent.resolve("thesis.scholion"));
        Files.createDirectories(parent.resolve("thesis.scholion"));

        assertThat(ExchangeViewModel.newProjectFolder(qdpx, parent)).isEqualTo(parent.resolve("thesis-2.scholion"));
        assertThat(ExchangeViewModel.newProjectFolder(Path.of("no-extension"), parent))
                .isEqualTo(parent.resolve("no-extension.scholion"));
    }

    @Test
    void aCodebookExportedAsQdcIsAddedToAnotherProjectWithItsReport() throws Exception {
        Path qdc = dir.resolve("codebook.qdc");

        model.exportCodebook(qdc);

        assertThat(status.noticeProperty().get()).isEqualTo("Exported the codebook to " + qdc + ": " + sampleCodes
                + " codes, 0 sources, 0 notes");

        Project other = TestProjects.emptyProject(dir.resolve("other"));
        session.setProject(other);
        try {
            long codebookRevision = session.codebookRevisionProperty().get();

            model.importCodebook(qdc);

            assertThat(other.codebook().snapshot().size()).isEqualTo(sampleCodes);
            assertThat(session.codebookRevisionProperty().get()).isGreaterThan(codebookRevision);
            assertThat(model.reportProperty().get().lines().getFirst())
                    .isEqualTo(sampleCodes + " codes added, 0 already in the project and kept as they were");
            assertThat(status.noticeProperty().get()).startsWith("Codebook codebook.qdc: " + sampleCodes + " codes added");

            model.reportShown();
            model.importCodebook(qdc);

            assertThat(other.codebook().snapshot().size()).isEqualTo(sampleCodes);
            assertThat(model.reportProperty().get().lines().getFirst())
                    .isEqualTo("0 codes added, " + sampleCodes + " already in the project and kept as they were");
        } finally {
            session.setProject(sample);
            other.close();
        }
    }

    @Test
    void aQdpxThatIsJustTextLeavesOneStatusLineNoFolderAndTheOpenProject() throws Exception {
        Path qdpx = Files.writeString(dir.resolve("thesis.qdpx"), "this is not a zip archive\nsecond line\n");
        Path parent = Files.createDirectories(dir.resolve("projects"));

        model.importProject(qdpx, parent);

        assertThat(session.project()).isSameAs(sample);
        assertThat(status.noticeProperty().get()).startsWith("Could not import thesis.qdpx: ").doesNotContain("\n");
        assertThat(model.reportProperty().get()).isNull();
        try (var left = Files.list(parent)) {
            assertThat(left).isEmpty();
        }
        assertThat(status.busyProperty().get()).isFalse();
    }

    @Test
    void aBrokenQdcLeavesOneStatusLineAndTheCodebookAsItWas() throws Exception {
        Path qdc = Files.writeString(dir.resolve("codes.qdc"), "<?xml version=\"1.0\"?><CodeBook><Codes><Code");
        long codebookRevision = session.codebookRevisionProperty().get();

        model.importCodebook(qdc);

        assertThat(status.noticeProperty().get()).startsWith("Could not import codes.qdc: ").doesNotContain("\n");
        assertThat(sample.codebook().snapshot().size()).isEqualTo(sampleCodes);
        assertThat(session.codebookRevisionProperty().get()).isEqualTo(codebookRevision);
        assertThat(model.reportProperty().get()).isNull();
    }
}
