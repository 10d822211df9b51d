package org.scholion.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code bench/compare}'s command line: parses the options, runs {@link Comparisons} in a work
 * folder, prints the table with the run's date, commit, machine and load, and writes it with --out.
 */
final class ComparisonsCommand {

    static final String USAGE = """
            usage: bench/compare [--scale small|medium] [--runs N] [--out FILE] [--work DIR] [--keep]
              --scale small     the five corpus sources and their PDFs (default)
              --scale medium    also 10,000 synthetic sources, and 200 of them as PDFs
              --runs N          timed runs of each import and each scanner query (default 5; scanners at least 10)
              --out FILE        also write the results as markdown to FILE
              --work DIR        folder for generated inputs and projects (default: a new temp folder)
              --keep            keep the work folder afterwards""";

    private ComparisonsCommand() {
    }

    static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("scholion.home", "."));
        String scale = "small";
        int runs = 5;
        Path out = null;
        Path work = null;
        boolean keep = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--scale" -> {
                        scale = value(args, ++i);
                        if (!scale.equals("small") && !scale.equals("medium")) {
                            throw new IllegalArgumentException("--scale is small or medium, not " + scale);
                        }
                    }
                    case "--runs" -> runs = Integer.parseInt(value(args, ++i));
                    case "--out" -> out = Path.of(value(args, ++i));
                    case "--work" -> work = Path.of(value(args, ++i));
                    case "--keep" -> keep = true;
                    case "-h", "--help" -> {
                        System.out.println(USAGE);
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (runs < 1) {
                throw new IllegalArgumentException("--runs must be at least 1");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("compare: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("scholion-compare-");
        Comparisons.log("work folder: " + folder);
        Instant started = Instant.now();
        String loadAtStart = loadAverage();
        List<Comparisons.Row> rows = Comparisons.run(folder, Comparisons.Settings.of(home, scale, runs));
        String markdown = "- date: " + started.truncatedTo(ChronoUnit.SECONDS) + ", wall " + Comparisons.fmt((Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0, 0) + " s\n"
                + "- scale: " + scale + "; runs: " + runs + "\n"
                + "- commit: " + commit(home) + "\n"
                + "- machine: " + Runtime.getRuntime().availableProcessors() + " processors, JDK "
                + System.getProperty("java.vm.vendor") + " " + Runtime.version() + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + "\n"
                + "- load average at start: " + loadAtStart + "; at end: " + loadAverage() + "\n\n"
                + Comparisons.markdown(rows);
        System.out.println();
        System.out.println(markdown);
        if (out != null) {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(out, markdown, StandardCharsets.UTF_8);
            Comparisons.log("results written to " + out);
        }
        if (keep) {
            Comparisons.log("kept " + folder);
        } else {
            ImportSearchBenchmark.deleteTree(folder);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static String commit(Path home) {
        try {
            Process git = new ProcessBuilder("git", "-C", home.toString(), "log", "-1", "--format=%h %s").start();
            String line = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 && !line.isEmpty() ? line : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return Comparisons.fmt(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2);
        }
    }
}
