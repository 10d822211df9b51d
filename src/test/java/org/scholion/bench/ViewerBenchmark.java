package org.scholion.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyledTextArea;
import org.scholion.codebook.Code;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.source.Source;
import org.scholion.source.Span;
import org.scholion.ui.task.ProjectThreadRunner;
import org.scholion.ui.task.TasksViewModel;
import org.scholion.ui.viewer.DocumentLayout;
import org.scholion.ui.viewer.DocumentView;
import org.scholion.ui.viewer.DocumentViewModel;
import org.scholion.ui.workbench.Session;

/**
 * The viewer's benchmark: the sample project with 3,000 codings on the 705 KB thesis (added through
 * the coding service, by two coders, 500 to a write), shown in the real view on JavaFX's headless platform. Prints
 * the time from asking for the thesis to the first layout pulse after the text and its styles and
 * margin are in the area, per run with median and max; the time of one scroll step (a screen
 * down), for 80 screens from the top; and the time from a quick key press to the coding being stored,
 * and to its stripe being drawn. A program, not a test.
 *
 * <pre>
 * ./mvnw -B -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -Dglass.platform=Headless -Dprism.order=sw -Xmx1g --enable-native-access=ALL-UNNAMED \
 *   -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.scholion.bench.ViewerBenchmark [RUNS] [CODINGS]
 * </pre>
 * (run in the repository's folder: the sample corpus is read from corpus/ and codebooks/).
 */
public final class ViewerBenchmark {

    private static final long TIMEOUT = 60;
    /** Screens scrolled down from the top: enough to see steady frames, without rendering all 300. */
    private static final int SCROLL_STEPS = 80;

    private ViewerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int codings = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        Path dir = Files.createTempDirectory("viewer-bench");
        long t = System.nanoTime();
        Project project = SampleCorpus.imported(dir);
        Source thesis = project.sources().list().stream().max(Comparator.comparingInt(Source::textLength)).orElseThrow();
        Source small = project.sources().list().stream().min(Comparator.comparingInt(Source::textLength)).orElseThrow();
        System.out.printf(Locale.ROOT, "sample project imported in %.1f s; thesis: %,d code points%n",
                (System.nanoTime() - t) / 1e9, thesis.textLength());
        t = System.nanoTime();
        addCodings(project, thesis, codings);
        System.out.printf(Locale.ROOT, "%,d codings added to the thesis through CodingService in %.1f s%n", codings,
                (System.nanoTime() - t) / 1e9);

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(TIMEOUT, TimeUnit.SECONDS);
        TasksViewModel status = new TasksViewModel();
        ProjectThreadRunner runner = ProjectThreadRunner.onOwnThread(Platform::runLater, status);
        Session session = new Session(runner, status, "anna");
        Code code = project.codebook().snapshot().roots().getFirst();
        Shown shown = onFx(() -> {
            session.setProject(project);
            session.quickKeys().put(1, code.id());
            DocumentViewModel model = new DocumentViewModel(session);
            DocumentView view = new DocumentView(model);
            Stage stage = new Stage();
            Scene scene = new Scene((javafx.scene.Parent) view.node(), 1200, 800);
            stage.setScene(scene);
            stage.show();
            @SuppressWarnings("unchecked")
            StyledTextArea<String, ?> area = (StyledTextArea<String, ?>) scene.lookup("#viewer-text");
            return new Shown(model, area, scene);
        });

        List<Double> opens = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            show(session, shown, small);
            opens.add(show(session, shown, thesis));
        }
        DocumentLayout layout = onFx(() -> shown.model().layoutProperty().get());
        System.out.printf(Locale.ROOT, "open the thesis (%,d runs, %,d stripes in %d lanes, %,d paragraphs): %s%n",
                layout.runs().size(), layout.stripes().size(), layout.lanes(),
                onFx(() -> shown.model().textProperty().get().paragraphs().count()), figures(opens));
        System.out.printf(Locale.ROOT, "  runs in order (ms): %s%n", opens.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());

        List<Double> steps = scrollThrough(shown);
        System.out.printf(Locale.ROOT, "scroll the thesis a screen at a time from the top (%d steps), per step: %s%n",
                steps.size(), figures(steps));

        List<Double> stored = new ArrayList<>();
        List<Double> drawn = new ArrayList<>();
        Random random = new Random(7);
        for (int run = 0; run < runs; run++) {
            int start = random.nextInt(thesis.textLength() - 500);
            double[] times = quickKey(session, shown, new Span(start, start + 200));
            stored.add(times[0]);
            drawn.add(times[1]);
        }
        System.out.printf(Locale.ROOT, "quick key press to the coding stored: %s%n", figures(stored));
        System.out.printf(Locale.ROOT, "quick key press to its stripe drawn:  %s%n", figures(drawn));

        // For the suite, which runs this in its own JVM: one line per figure, every run's value.
        System.out.println(ChildResult.line("open-ms", opens));
        System.out.println(ChildResult.line("scroll-ms", steps));
        System.out.println(ChildResult.line("key-stored-ms", stored));
        System.out.println(ChildResult.line("key-drawn-ms", drawn));
        System.out.println(ChildResult.line("rss-mb", List.of((double) MachineInfo.peakRssMb())));
        runner.drain(TIMEOUT, TimeUnit.SECONDS);
        runner.close();
        project.close();
        Platform.exit();
        System.exit(0);
    }

    private record Shown(DocumentViewModel model, StyledTextArea<String, ?> area, Scene scene) {
    }

    private static void addCodings(Project project, Source thesis, int count) {
        List<Code> codes = project.codebook().snapshot().depthFirst();
        Random random = new Random(42);
        // In writes of 500 codings each: one coding per write re-indexes the thesis's passages every
        // time (about half a second each), which would make the set-up take half an hour.
        for (int batch = 0; batch < count; batch += 500) {
            int first = batch;
            project.store().write("bench", () -> {
                for (int i = first; i < Math.min(count, first + 500); i++) {
                    int length = 40 + random.nextInt(1200);
                    int start = random.nextInt(thesis.textLength() - length);
                    project.codings().code(thesis.id(), new Span(start, start + length),
                            codes.get(random.nextInt(codes.size())).id(), i % 3 == 0 ? "nino" : "anna", null);
                }
            });
        }
    }

    /** Milliseconds from asking for a source to the first layout pulse with its text and codings in the area. */
    private static double show(Session session, Shown shown, Source source) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        long t0 = onFx(() -> {
            shown.model().layoutProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends DocumentLayout> obs,
                                    DocumentLayout was, DocumentLayout now) {
                    if (now != null && now.source().equals(source.id())) {
                        obs.removeListener(this);
                        afterNextPulse(shown.scene(), () -> done.complete(System.nanoTime()));
                    }
                }
            });
            long start = System.nanoTime();
            session.currentSourceProperty().set(source.id());
            return start;
        });
        return (done.get(TIMEOUT, TimeUnit.SECONDS) - t0) / 1e6;
    }

    private static List<Double> scrollThrough(Shown shown) throws Exception {
        List<Double> steps = new ArrayList<>();
        onFx(() -> {
            shown.area().scrollYToPixel(0);
            return null;
        });
        while (true) {
            CompletableFuture<Long> done = new CompletableFuture<>();
            long t0 = onFx(() -> {
                long start = System.nanoTime();
                shown.area().scrollYBy(shown.area().getHeight());
                afterNextPulse(shown.scene(), () -> done.complete(System.nanoTime()));
                return start;
            });
            steps.add((done.get(TIMEOUT, TimeUnit.SECONDS) - t0) / 1e6);
            boolean atEnd = onFx(() -> shown.area().getVisibleParagraphs().isEmpty()
                    || shown.area().lastVisibleParToAllParIndex() >= shown.area().getParagraphs().size() - 1);
            if (atEnd || steps.size() >= SCROLL_STEPS) {
                return steps;
            }
        }
    }

    /** Milliseconds from the key press to the coding stored, and to its stripe drawn. */
    private static double[] quickKey(Session session, Shown shown, Span span) throws Exception {
        CompletableFuture<Long> stored = new CompletableFuture<>();
        CompletableFuture<Long> drawn = new CompletableFuture<>();
        long t0 = onFx(() -> {
            shown.model().select(span.start(), span.end(), true);
            int before = shown.model().layoutProperty().get().stripes().size();
            session.codingsRevisionProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number was, Number now) {
                    obs.removeListener(this);
                    stored.complete(System.nanoTime());
                }
            });
            shown.model().layoutProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends DocumentLayout> obs,
                                    DocumentLayout was, DocumentLayout now) {
                    if (now != null && now.stripes().size() > before) {
                        obs.removeListener(this);
                        afterNextPulse(shown.scene(), () -> drawn.complete(System.nanoTime()));
                    }
                }
            });
            long start = System.nanoTime();
            shown.area().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "1", "1", KeyCode.DIGIT1, false, false, false, false));
            return start;
        });
        return new double[] {(stored.get(TIMEOUT, TimeUnit.SECONDS) - t0) / 1e6,
            (drawn.get(TIMEOUT, TimeUnit.SECONDS) - t0) / 1e6};
    }

    /** Runs once after the next layout pulse (the one that lays out what was just changed). */
    private static void afterNextPulse(Scene scene, Runnable action) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT, TimeUnit.SECONDS);
    }

    private static String figures(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        return String.format(Locale.ROOT, "median %.0f ms, max %.0f ms (n=%d)", median, sorted.getLast(), sorted.size());
    }
}
