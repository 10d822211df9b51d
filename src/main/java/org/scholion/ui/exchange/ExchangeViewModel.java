package org.scholion.ui.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.scholion.exchange.WriteReport;
import org.scholion.project.CodingMergeException;
import org.scholion.project.Project;
import org.scholion.project.RefiFiles;
import org.scholion.ui.workbench.Session;

/**
 * REFI-QDA exchange from the File menu: a QDPX project made into a new Scholion project (then opened
 * as File > Open opens one), the open project written as QDPX, a QDC codebook added to the open
 * project or written from it, a second coder's codings merged in from another copy of the project
 * or a QDPX file. Every file operation is a long task on the project thread. What an
 * import brought in and left out is offered as a {@link ExchangeReport} for the view to show; an
 * export ends with one status line; a failure with one status line and nothing changed.
 */
public final class ExchangeViewModel {

    /** A project folder's name ending (the store's own; the ui does not reach into the store for it). */
    static final String PROJECT_EXTENSION = ".scholion";

    private final Session session;
    private final Consumer<Path> openProject;
    private final ObjectProperty<ExchangeReport> report = new SimpleObjectProperty<>();

    /**
     * @param openProject opens a project folder the way File > Open does (closing the one open,
     *                    remembering it among the recent projects); in the workbench MainViewModel::open
     */
    public ExchangeViewModel(Session session, Consumer<Path> openProject) {
        this.session = session;
        this.openProject = openProject;
    }

    /** The report of the latest import, until the view has shown it and called {@link #reportShown()}. */
    public ReadOnlyObjectProperty<ExchangeReport> reportProperty() {
        return report;
    }

    public void reportShown() {
        report.set(null);
    }

    /**
     * Where a QDPX import into {@code parent} puts its project: named after the file (thesis.qdpx
     * becomes thesis.scholion), with a number added when that name is taken, so nothing is overwritten.
     */
    public static Path newProjectFolder(Path qdpx, Path parent) {
        String file = qdpx.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        Path folder = parent.resolve(stem + PROJECT_EXTENSION);
        for (int n = 2; Files.exists(folder); n++) {
            folder = parent.resolve(stem + "-" + n + PROJECT_EXTENSION);
        }
        return folder;
    }

    /** Makes the QDPX file into a new project in {@code parent}, opens it and offers the import report. */
    public void importProject(Path qdpx, Path parent) {
        Path target = newProjectFolder(qdpx, parent);
        String actor = session.coder();
        session.tasks().submit("Importing " + qdpx.getFileName(), progress -> {
            progress.update(0, 1, "reading " + qdpx.getFileName());
            return RefiFiles.importProject(qdpx, target, actor, progress);
        }, imported -> {
            openProject.accept(imported.project());
            report.set(new ExchangeReport("Imported " + qdpx.getFileName() + " into " + imported.project(),
                    imported.report().lines()));
        }, e -> session.fail("Could not import " + qdpx.getFileName(), e));
    }

    /** Writes the open project as a QDPX archive. */
    public void exportProject(Path qdpx) {
        Project project = session.project();
        if (project == null) {
            return;
        }
        session.tasks().submit("Exporting to " + qdpx.getFileName(), progress -> RefiFiles.exportProject(project, qdpx),
                written -> session.status().notify("Exported the project to " + qdpx + ": " + counts(written)),
                e -> session.fail("Could not export to " + qdpx.getFileName(), e));
    }

    /** Adds a QDC codebook's codes to the open project (one undoable action) and offers its report. */
    public void importCodebook(Path qdc) {
        Project project = session.project();
        if (project == null) {
            return;
        }
        String actor = session.coder();
        session.tasks().submit("Importing codebook " + qdc.getFileName(),
                progress -> RefiFiles.importCodebook(project, qdc, actor), imported -> {
                    session.codebookChanged();
                    session.status().notify("Codebook " + qdc.getFileName() + ": " + imported.report().summary());
                    report.set(new ExchangeReport("Imported codebook " + qdc.getFileName(), imported.lines()));
                }, e -> session.fail("Could not import " + qdc.getFileName(), e));
    }

    /** Writes the open project's codebook as a QDC file. */
    public void exportCodebook(Path qdc) {
        Project project = session.project();
        if (project == null) {
            return;
        }
        session.tasks().submit("Exporting codebook to " + qdc.getFileName(),
                progress -> RefiFiles.exportCodebook(project, qdc),
                written -> session.status().notify("Exported the codebook to " + qdc + ": " + counts(written)),
                e -> session.fail("Could not export to " + qdc.getFileName(), e));
    }

    /**
     * Merges a second coder's work, from another copy of the project (a folder) or a QDPX file, into
     * the open project under {@code coder} (one undoable action), then offers the merge report.
     *
     * @param onlyBy the one coder there whose codings are merged; null or blank for all
     */
    public void mergeCodings(Path other, String coder, String onlyBy) {
        Project project = session.project();
        if (project == null) {
            return;
        }
        session.tasks().submit("Merging codings from " + other.getFileName(), progress -> {
            progress.update(0, 1, "reading " + other.getFileName());
            return project.merges().from(other, coder, onlyBy, progress);
        }, merged -> {
            session.codingsChanged();
            if (!merged.createdCodes().isEmpty()) {
                session.codebookChanged();
            }
            session.status().notify("Merged " + other.getFileName() + ": " + merged.summary());
            report.set(new ExchangeReport("Merged " + other.getFileName() + " as coder '" + merged.coder() + "'",
                    merged.lines()));
        }, e -> {
            if (e instanceof CodingMergeException refused) {
                // its message names the file and the problem already: "cannot merge FILE: ..."
                String line = refused.getMessage();
                session.status().notify(Character.toUpperCase(line.charAt(0)) + line.substring(1));
            } else {
                session.fail("Could not merge " + other.getFileName(), e);
            }
        });
    }

    private static String counts(WriteReport written) {
        String line = written.codes() + " code" + plural(written.codes()) + ", " + written.sources() + " source"
                + plural(written.sources()) + ", " + written.notes() + " note" + plural(written.notes());
        return written.replacedCharacters() == 0 ? line
                : line + "; " + written.replacedCharacters() + " character" + plural(written.replacedCharacters())
                        + " XML cannot carry replaced by \uFFFD";
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
