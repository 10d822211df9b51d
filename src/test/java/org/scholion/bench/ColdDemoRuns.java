package org.scholion.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * `scholion demo` as a user starts it: a new JVM per run, with the class-data archive the
 * launcher uses, timed from process start to exit. The first run writes the archive (what the
 * very first start after an install or update costs); the later ones read it.
 */
final class ColdDemoRuns {

    private final Path home;
    private final Path work;

    ColdDemoRuns(Path home, Path work) {
        this.home = home;
        this.work = work;
    }

    /** Wall seconds of each run, the archive-writing one first. */
    List<Double> run(int runs) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path archive = work.resolve("scholion.jsa");
        Files.deleteIfExists(archive);
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            Path target = work.resolve("cold-demo-" + run + ".scholion");
            ProcessBuilder process = new ProcessBuilder(java, "-XX:+AutoCreateSharedArchive",
                    "-XX:SharedArchiveFile=" + archive, "--enable-native-access=ALL-UNNAMED",
                    "-Dscholion.home=" + home, "-cp", System.getProperty("scholion.bench.classpath", System.getProperty("java.class.path")),
                    "org.scholion.app.Main", "demo", target.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("cold-demo-" + run + ".log").toFile());
            long t0 = System.nanoTime();
            int exit = process.start().waitFor();
            seconds.add((System.nanoTime() - t0) / 1e9);
            if (exit != 0) {
                throw new IllegalStateException("scholion demo exited with " + exit + "; see "
                        + work.resolve("cold-demo-" + run + ".log"));
            }
        }
        return seconds;
    }
}
