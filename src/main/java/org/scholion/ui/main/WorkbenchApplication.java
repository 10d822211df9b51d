package org.scholion.ui.main;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: the workbench in its own window. Started by {@link #launch(Path, Path)}. */
public final class WorkbenchApplication extends Application {

    // JavaFX creates the application by reflection, so what it needs is handed over here.
    private static volatile Path dataFolder;
    private static volatile Path project;

    /**
     * Starts the workbench and returns when its window is closed.
     *
     * @param data Scholion's data folder (settings)
     * @param projectToOpen a project to open, or null for the last one
     */
    public static void launch(Path data, Path projectToOpen) {
        dataFolder = data;
        project = projectToOpen;
        Application.launch(WorkbenchApplication.class);
    }

    @Override
    public void start(Stage stage) {
        Workbench.start(stage, dataFolder, Optional.ofNullable(project));
    }
}
