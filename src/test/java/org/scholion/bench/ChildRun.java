package org.scholion.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A benchmark program run in its own JVM (same java, same class path), for figures that need a
 * fresh process or JavaFX's platform: its whole output, and a one-line failure if it did not end
 * well. Figures come from its {@link ChildResult} lines.
 */
record ChildRun(String output, String failure) {

    private static final long TIMEOUT_MINUTES = 15;

    static ChildRun of(Class<?> program, Path home, List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "--enable-native-access=ALL-UNNAMED",
                "-Dglass.platform=Headless", "-Dprism.order=sw", "-Dscholion.home=" + home,
                "-Dorg.slf4j.simpleLogger.log.org.apache.pdfbox=error",
                "-cp", System.getProperty("java.class.path"), program.getName()));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process));
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new ChildRun(output.getNow(""), program.getSimpleName() + " did not end within "
                        + TIMEOUT_MINUTES + " minutes");
            }
            String text = output.get(1, TimeUnit.MINUTES);
            return new ChildRun(text, process.exitValue() == 0 ? "" : program.getSimpleName() + " exited with "
                    + process.exitValue() + ": " + lastLine(text));
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return new ChildRun("", program.getSimpleName() + " could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ChildRun("", program.getSimpleName() + " interrupted");
        }
    }

    Map<String, List<Double>> figures() {
        return ChildResult.parse(output);
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        return lines.isEmpty() ? "(no output)" : lines.getLast().strip();
    }
}
