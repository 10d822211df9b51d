package org.scholion.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.scholion.cli.ScholionCli;
import org.scholion.ui.main.WorkbenchApplication;
import org.scholion.ui.workbench.WorkbenchSettings;

/**
 * Opens the workbench on the project asked for, else the last one, else the sample. Where no
 * window can be shown (no display), says so in one line and points to the command line.
 */
final class WorkbenchStarter {

    private WorkbenchStarter() {
    }

    static int run(Path dataFolder, Path project, Path sample) {
        if (!displayAvailable()) {
            System.err.println("scholion: no display here (DISPLAY and WAYLAND_DISPLAY are unset), so no workbench window;"
                    + " the command line works without one:");
            return ScholionCli.run(new String[] {"--help"});
        }
        Path toOpen = project != null ? project
                : WorkbenchSettings.in(dataFolder).lastProject().filter(p -> Files.isRegularFile(p.resolve("project.db")))
                        .orElse(Files.isRegularFile(sample.resolve("project.db")) ? sample : null);
        try {
            WorkbenchApplication.launch(dataFolder, toOpen);
            return 0;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // JavaFX throws plain runtime exceptions when there is no display or graphics stack.
            System.err.println("scholion: the workbench cannot open a window here (" + oneLine(e)
                    + "); the command line works without one: ./scholion --help");
            return 1;
        }
    }

    /** On Linux and other X11/Wayland systems a window needs a display; macOS and Windows always have one. */
    static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("mac") || os.contains("win") || System.getProperty("glass.platform") != null) {
            return true;
        }
        return !blank(System.getenv("DISPLAY")) || !blank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
