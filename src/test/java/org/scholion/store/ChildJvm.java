package org.scholion.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a second Scholion process: the JVM running the tests, with the same class path. Locks and
 * crashes are only real across processes, so the tests that need them run one.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * A process builder for {@code mainClass} with {@code args}; its stderr goes to a file in
     * {@code workDir}, which {@link #stderr} reads when a test needs to say why the child failed.
     */
    public static ProcessBuilder of(Path workDir, String name, Class<?> mainClass, String... args) {
        return of(workDir, name, List.of(), mainClass, args);
    }

    /** As {@link #of(Path, String, Class, String...)}, with more JVM options (e.g. a heap limit). */
    public static ProcessBuilder of(Path workDir, String name, List<String> jvmOptions, Class<?> mainClass,
                                    String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java runs the tests")));
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1"); // starts faster; the child does little work
        // sqlite-jdbc unpacks its native library into this folder; a killed child cannot delete its copy.
        command.add("-Dorg.sqlite.tmpdir=" + workDir);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectError(stderrFile(workDir, name).toFile());
    }

    public static String stderr(Path workDir, String name) {
        try {
            Path file = stderrFile(workDir, name);
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read the child's stderr: " + e.getMessage() + ")";
        }
    }

    private static Path stderrFile(Path workDir, String name) {
        return workDir.resolve(name + ".stderr.txt");
    }
}
