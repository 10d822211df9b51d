package org.scholion.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.scholion.ui.main.Workbench;
import org.scholion.ui.workbench.WorkbenchSettings;

/**
 * The workbench in a JVM of its own, for {@link WorkbenchBenchmark}: starts the real window on the
 * headless platform with a project, waits until it is usable (the project open and every view's
 * first load done, the last frame's events handled), then prints one line of figures and exits.
 *
 * <pre>WorkbenchProbe PROJECT DATA_FOLDER</pre>
 * prints {@code USABLE ms=<since JVM start> heapMb=<used after GC> rssMb=<resident set>}.
 */
public final class WorkbenchProbe {

    private WorkbenchProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path data = Path.of(args[1]);
        WorkbenchSettings.in(data).setCoder("bench");
        CompletableFuture<Workbench> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(Workbench.start(new Stage(), data, Optional.of(project))));
        Workbench workbench = started.get(60, TimeUnit.SECONDS);
        opened(workbench).get(60, TimeUnit.SECONDS);
        workbench.awaitProjectThread(60, TimeUnit.SECONDS);
        CompletableFuture<Void> frame = new CompletableFuture<>();
        Platform.runLater(() -> frame.complete(null));
        frame.get(60, TimeUnit.SECONDS);
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf("USABLE ms=%d heapMb=%d rssMb=%d%n", sinceStart, heap / (1024 * 1024), rssMb());
        System.out.flush();
        System.exit(0); // a normal exit, so the JVM writes the class-data archive as ./scholion's would
    }

    /** Completes when the workbench shows its project. */
    private static CompletableFuture<Void> opened(Workbench workbench) {
        CompletableFuture<Void> open = new CompletableFuture<>();
        Platform.runLater(() -> {
            if (workbench.session().project() != null) {
                open.complete(null);
            }
            workbench.session().projectProperty().addListener((obs, was, now) -> {
                if (now != null) {
                    open.complete(null);
                }
            });
        });
        return open;
    }

    private static long rssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            }
        }
        return -1;
    }
}
