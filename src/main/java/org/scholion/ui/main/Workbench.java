package org.scholion.ui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.scholion.project.Project;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.workbench.Session;
import org.scholion.ui.workbench.WorkbenchSettings;

/**
 * The workbench put together on a stage: settings, the project thread, the session, the main
 * window, the theme; then the last project (or the one given) opened. Used by
 * {@link WorkbenchApplication} and by the tests that drive the real window.
 */
public final class Workbench {

    private final Stage stage;
    private final WorkbenchSettings settings;
    private final ProjectThreadRunner runner;
    private final Session session;
    private final MainViewModel model;
    private final MainWindow window;
    private Scene scene;
    /** Every minute, an automatic backup if one is due (MainViewModel#backUpIfDue). */
    private final javafx.animation.Timeline backups;

    private Workbench(Stage stage, Path dataFolder) {
        this.stage = stage;
        this.settings = WorkbenchSettings.in(dataFolder);
        TasksViewModel status = new TasksViewModel();
        this.runner = ProjectThreadRunner.onOwnThread(Platform::runLater, status);
        this.session = new Session(runner, status, settings.coder().orElse(Project.defaultCoder()));
        session.coderProperty().addListener((obs, was, now) -> settings.setCoder(now));
        this.model = new MainViewModel(session, settings);
        this.window = new MainWindow(stage, model);
        this.backups = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(javafx.util.Duration.minutes(1), e -> model.backUpIfDue()));
    }

    /**
     * Builds the workbench on a stage (on the JavaFX thread), shows it and opens a project: the
     * one given, else the last one, else none.
     */
    public static Workbench start(Stage stage, Path dataFolder, Optional<Path> project) {
        Workbench workbench = new Workbench(stage, dataFolder);
        workbench.scene = workbench.window.show();
        workbench.scene.getStylesheets().add(Workbench.class.getResource("/org/scholion/ui/workbench.css").toExternalForm());
        workbench.applyTheme(workbench.model.darkThemeProperty().get());
        workbench.model.darkThemeProperty().addListener((obs, was, dark) -> workbench.applyTheme(dark));
        stage.setOnCloseRequest(e -> workbench.shutDown());
        workbench.backups.setCycleCount(javafx.animation.Animation.INDEFINITE);
        workbench.backups.play();
        if (workbench.settings.coder().isEmpty()) {
            workbench.window.askCoderName();
            workbench.model.setCoder(workbench.session.coder());
        }
        project.or(workbench.settings::lastProject)
                .filter(p -> Files.isRegularFile(p.resolve("project.db")))
                .ifPresent(workbench.model::open);
        return workbench;
    }

    /**
     * Waits until the work queued on the project thread so far is done (the views' loads after an
     * open, say). For benchmarks and tests; never call it on the JavaFX thread.
     */
    public boolean awaitProjectThread(long timeout, TimeUnit unit) throws InterruptedException {
        return runner.drain(timeout, unit);
    }

    public Session session() {
        return session;
    }

    public MainViewModel model() {
        return model;
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    /**
     * Closes the project after the work queued for it, and stops the project thread. Nothing is
     * saved here because everything is stored when it happens.
     */
    public void shutDown() {
        backups.stop();
        window.remember();
        Project open = session.project();
        session.setProject(null);
        if (open != null) {
            runner.quick(progress -> {
                open.close();
                return null;
            }, done -> { }, e -> { });
        }
        try {
            runner.drain(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runner.close();
    }

    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getRoot().getStyleClass().removeAll("theme-dark", "theme-light");
        scene.getRoot().getStyleClass().add(dark ? "theme-dark" : "theme-light");
    }
}
