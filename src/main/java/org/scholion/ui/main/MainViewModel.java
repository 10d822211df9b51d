package org.scholion.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scholion.project.ImportListener;
import org.scholion.project.ImportOutcome;
import org.scholion.project.ImportReport;
import org.scholion.project.ImportRequest;
import org.scholion.project.Project;
import org.scholion.source.SourceId;
import org.scholion.ui.task.TaskProgress;
import org.scholion.ui.workbench.Session;
import org.scholion.ui.workbench.WorkbenchSettings;

/**
 * The window's own actions: projects (new, open, recent, close), importing, undo and redo, the
 * theme; and its title. Opening and importing run on the project thread with progress.
 */
public final class MainViewModel {

    private final Session session;
    private final WorkbenchSettings settings;
    private final StringProperty title = new SimpleStringProperty("Scholion");
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final StringProperty nextUndo = new SimpleStringProperty("");
    private final StringProperty nextRedo = new SimpleStringProperty("");

    public MainViewModel(Session session, WorkbenchSettings settings) {
        this.session = session;
        this.settings = settings;
        recentProjects.setAll(settings.recentProjects());
        darkTheme.set(settings.darkTheme());
        darkTheme.addListener((obs, was, dark) -> settings.setDarkTheme(dark));
        session.projectProperty().addListener((obs, was, now) -> title.set(now == null ? "Scholion"
                : now.info().name() + " - Scholion"));
        session.codingsRevisionProperty().addListener((obs, was, now) -> {
            loadCoders();
            loadHistory();
        });
        session.memosRevisionProperty().addListener((obs, was, now) -> loadHistory());
        session.currentSourceProperty().addListener((obs, was, now) -> {
            if (now != null && session.project() != null) {
                settings.setLastSource(session.project().info().folder(), now.value());
            }
        });
    }

    private record Opened(Project project, SourceId lastSource) {
    }

    /** Everyone who has coded in the open project: the View menu shows or hides each one's codings. */
    public ObservableList<String> coders() {
        return coders;
    }

    /** Shows or hides the codings of one coder in the viewer. */
    public void showCoder(String coder, boolean shown) {
        if (shown) {
            session.hiddenCoders().remove(coder);
        } else {
            session.hiddenCoders().add(coder);
        }
    }

    /** Changes the name new codings are made under; remembered for the next start. */
    public void setCoder(String name) {
        if (name != null && !name.isBlank()) {
            session.coderProperty().set(name.strip());
            settings.setCoder(name.strip());
        }
    }

    private void loadCoders() {
        Project project = session.project();
        if (project == null) {
            coders.clear();
            return;
        }
        session.tasks().quick(progress -> project.coders().stream().map(c -> c.name()).sorted().toList(),
                names -> {
                    if (session.project() == project && !names.equals(coders)) {
                        coders.setAll(names);
                    }
                }, e -> session.fail("Coders could not be listed", e));
    }

    public Session session() {
        return session;
    }

    public WorkbenchSettings settings() {
        return settings;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ObservableList<Path> recentProjects() {
        return recentProjects;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** Opens a project folder (closing the one open) on the project thread, showing the source last shown in it. */
    public void open(Path folder) {
        Project previous = session.project();
        java.util.Optional<Long> lastSource = settings.lastSource(folder);
        session.tasks().submit("Opening " + folder.getFileName(), progress -> {
            if (previous != null) {
                previous.close();
            }
            Project project = Project.open(folder);
            SourceId last = lastSource.map(SourceId::new)
                    .filter(id -> project.sources().list().stream().anyMatch(s -> s.id().equals(id))).orElse(null);
            return new Opened(project, last);
        }, opened -> {
            show(opened.project());
            if (opened.lastSource() != null) {
                session.currentSourceProperty().set(opened.lastSource());
            }
        }, e -> {
            if (previous != null) {
                session.setProject(null);
            }
            session.fail("Could not open " + folder, e);
        });
    }

    /** Creates a project in an empty or new folder and opens it. */
    public void create(Path folder, String name) {
        Project previous = session.project();
        session.tasks().submit("Creating " + folder.getFileName(), progress -> {
            if (previous != null) {
                previous.close();
            }
            return Project.create(folder, name);
        }, this::show, e -> session.fail("Could not create a project in " + folder, e));
    }

    /** Closes the open project; everything in it is already stored. */
    public void close() {
        Project open = session.project();
        if (open == null) {
            return;
        }
        String name = open.info().name();
        session.setProject(null);
        session.tasks().quick(progress -> {
            open.close();
            return null;
        }, done -> session.status().notify("Closed " + name), e -> session.fail("Closing", e));
    }

    /** Imports files and folders (folders recursively) into the open project, with progress and cancel. */
    public void importFiles(List<Path> paths) {
        Project project = session.project();
        if (project == null || paths.isEmpty()) {
            return;
        }
        String coder = session.coder();
        session.tasks().submit("Importing " + describe(paths), progress -> project.imports().importPaths(paths,
                ImportRequest.defaults(), coder, listener(progress), progress), report -> {
            session.sourcesChanged();
            session.status().notify(summary(report));
        }, e -> session.fail("Import failed", e));
    }

    /**
     * Makes an automatic backup if one is due (the newest is 10 minutes old and the project changed
     * since), on the project thread; the workbench calls this every minute. A failure is reported,
     * never fatal: the project itself is untouched by a backup.
     */
    public void backUpIfDue() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        session.tasks().quick(progress -> project.store().backupIfDue(),
                made -> made.ifPresent(backup -> session.status().notify("Backed up: " + backup.describe())),
                e -> session.fail("The automatic backup failed", e));
    }

    /** Rebuilds the search index from the store (it is derived; this never changes a coding). */
    public void reindex() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        session.tasks().submit("Rebuilding the search index", progress -> project.search().reindex(),
                passages -> session.status().notify("Search index rebuilt: " + passages + " passages"),
                e -> session.fail("The search index was not rebuilt", e));
    }

    /** Reverses the latest coding, codebook or memo action not yet undone (an auto-coding run is one). */
    public void undo() {
        step(true);
    }

    /** Does again what was last undone, unless something new was done since. */
    public void redo() {
        step(false);
    }

    /** What Edit > Undo would do, for its label; empty when there is nothing to undo. */
    public ReadOnlyStringProperty nextUndoProperty() {
        return nextUndo;
    }

    public ReadOnlyStringProperty nextRedoProperty() {
        return nextRedo;
    }

    private void step(boolean back) {
        Project project = session.project();
        if (project == null) {
            return;
        }
        String coder = session.coder();
        session.tasks().quick(progress -> back ? project.history().undo(coder) : project.history().redo(coder),
                result -> {
                    session.codebookChanged();
                    session.status().notify(result.description());
                }, e -> session.fail(back ? "Nothing undone" : "Nothing redone", e));
    }

    /** Reads what undo and redo would do; after every change, so the Edit menu always says. */
    private void loadHistory() {
        Project project = session.project();
        if (project == null) {
            nextUndo.set("");
            nextRedo.set("");
            return;
        }
        session.tasks().quick(progress -> new String[] {project.history().nextUndo().orElse(""),
                project.history().nextRedo().orElse("")}, labels -> {
                    if (session.project() == project) {
                        nextUndo.set(labels[0]);
                        nextRedo.set(labels[1]);
                    }
                }, e -> session.fail("The history could not be read", e));
    }

    private void show(Project project) {
        session.setProject(project);
        Path folder = project.info().folder();
        settings.opened(folder);
        recentProjects.setAll(settings.recentProjects());
        session.status().notify("Opened " + project.info().name() + " (" + folder + ")");
    }

    private static ImportListener listener(TaskProgress progress) {
        return new ImportListener() {
            private int files;

            @Override
            public void started(int fileCount, long bytes) {
                files = fileCount;
                progress.update(0, fileCount, fileCount + " files");
            }

            @Override
            public void fileDone(ImportOutcome outcome, int filesDone, long bytesDone) {
                progress.update(filesDone, files, outcome.file().getFileName() + " " + outcome.status().name().toLowerCase(java.util.Locale.ROOT));
            }
        };
    }

    private static String describe(List<Path> paths) {
        return paths.size() == 1 ? String.valueOf(paths.getFirst().getFileName()) : paths.size() + " items";
    }

    private static String summary(ImportReport report) {
        List<ImportOutcome> failed = report.with(ImportOutcome.Status.FAILED);
        return report.summary() + (failed.isEmpty() ? "" : "; first problem: " + failed.getFirst().line());
    }

    /** True if a folder can hold a new project: missing, or an empty directory. */
    public static boolean canHoldNewProject(Path folder) {
        try (var entries = Files.isDirectory(folder) ? Files.list(folder) : java.util.stream.Stream.<Path>empty()) {
            return !Files.exists(folder) || entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
