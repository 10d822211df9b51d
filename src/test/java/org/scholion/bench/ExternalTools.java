package org.scholion.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The tools the comparisons measure Scholion against, each run as its own process: pdftotext
 * (poppler-utils), ripgrep, and bench/qualcoder_scan.py under python3. A tool not on PATH is
 * reported, not failed on: the comparison prints a "skipped" row.
 */
final class ExternalTools {

    /** What one scan found and how long each timed run took, in milliseconds. */
    record Scan(long matches, List<Double> millis) {
    }

    private ExternalTools() {
    }

    /** The tool's path if it is on PATH. */
    static Optional<Path> find(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, tool))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Which of the tools are on PATH, for the run's header. */
    static String describe() {
        return java.util.stream.Stream.of("pdftotext", "rg", "python3")
                .map(tool -> tool + (find(tool).isPresent() ? "" : " (missing: its rows are skipped)"))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** pdftotext on each PDF in turn, one process per file as a shell loop would; wall seconds. */
    static double pdftotext(List<Path> pdfs, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        long t0 = System.nanoTime();
        for (Path pdf : pdfs) {
            Path out = outDir.resolve(pdf.getFileName() + ".txt");
            run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), out.toString()));
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * ripgrep over a folder of text files, counting every match, {@code runs} timed runs after
     * {@code warmup}; each run is a new rg process (what a researcher at a shell pays), timed from
     * start to exit.
     */
    static Scan ripgrep(Path dir, String regex, boolean pcre, int runs, int warmup)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("rg", "--count-matches", "--no-filename", "--no-messages"));
        if (pcre) {
            command.add("-P");
        }
        command.addAll(List.of("-e", regex, dir.toString()));
        long matches = 0;
        for (int i = 0; i < warmup; i++) {
            matches = sumCounts(run(command));
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            String out = run(command);
            millis.add((System.nanoTime() - t0) / 1e6);
            matches = sumCounts(out);
        }
        return new Scan(matches, millis);
    }

    /** bench/qualcoder_scan.py on the project's database: it times itself, from the SELECT to the last match. */
    static Scan qualcoderScan(Path script, Path projectDb, String regex, int runs, int warmup)
            throws IOException, InterruptedException {
        String out = run(List.of("python3", script.toString(), projectDb.toString(), regex,
                Integer.toString(runs), Integer.toString(warmup))).strip();
        String[] parts = out.split("\\s+");
        List<Double> millis = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            millis.add(Double.parseDouble(parts[i]));
        }
        return new Scan(Long.parseLong(parts[0]), millis);
    }

    private static long sumCounts(String out) {
        return out.lines().filter(l -> !l.isBlank()).mapToLong(l -> Long.parseLong(l.strip())).sum();
    }

    /** Runs a command; its output, or an exception with its error output if it fails (rg's 1 means "no match"). */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        int code = process.waitFor();
        boolean noMatch = command.getFirst().equals("rg") && code == 1;
        if (code != 0 && !noMatch) {
            throw new IOException(command.getFirst() + " exited with " + code + ": "
                    + new String(err, StandardCharsets.UTF_8).strip());
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
