package org.scholion.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholion.corpus.CancellationSignal;
import org.scholion.corpus.ExtractionOptions;
import org.scholion.json.CodebookJson;
import org.scholion.json.SourceMetadataJson;
import org.scholion.project.ImportListener;
import org.scholion.project.ImportRequest;
import org.scholion.project.Project;
import org.scholion.project.SampleProject;
import org.scholion.source.MetadataPatch;

/**
 * The workbench's start-up and memory (docs/benchmarks.md): each figure from a new JVM running
 * {@link WorkbenchProbe}, the real window on JavaFX's headless platform, started as `./scholion`
 * starts it (class-data archive, default heap). Prints figures; asserts nothing.
 *
 * <pre>bench/workbench [--runs N] [--sources N] [--project DIR] [--work DIR] [--out FILE]</pre>
 * --project reuses a synthetic project (e.g. one kept by bench/import-search --keep) instead of
 * importing --sources new ones.
 */
public final class WorkbenchBenchmark {

    private static final Pattern USABLE = Pattern.compile("USABLE ms=(\\d+) heapMb=(\\d+) rssMb=(-?\\d+)");

    private final Path home = Path.of(System.getProperty("scholion.home", "."));
    private final Path work;
    private final Path archive;

    WorkbenchBenchmark(Path work) {
        this.work = work;
        this.archive = work.resolve("scholion.jsa");
    }

    record Probe(double wallSeconds, long sinceJvmStartMs, long heapMb, long rssMb) {
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        int sources = 10_000;
        Path project = null;
        Path work = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--sources" -> sources = Integer.parseInt(args[++i]);
                case "--project" -> project = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: bench/workbench [--runs N] [--sources N] [--project DIR] [--work DIR] [--out FILE]");
            }
        }
        WorkbenchBenchmark bench = new WorkbenchBenchmark(work != null ? Files.createDirectories(work)
                : Files.createTempDirectory("scholion-workbench-bench"));
        StringBuilder report = new StringBuilder("# Workbench benchmark\n\n- date: " + Instant.now() + "\n- machine: "
                + Runtime.getRuntime().availableProcessors() + " processors, JDK " + System.getProperty("java.vm.vendor")
                + " " + System.getProperty("java.vm.version") + "\n- load average at start: "
                + Files.readString(Path.of("/proc/loadavg")).strip() + "\n\n");
        bench.run(runs, sources, project, report);
        System.out.println(report);
        if (out != null) {
            Files.writeString(out, report);
        }
    }

    /**
     * Starts of the workbench on the sample project, each in a new JVM: the first (which writes
     * the class-data archive, as a user's first start does) and then {@code runs} more.
     */
    List<Probe> startUps(int runs) throws Exception {
        Path sample = sampleProject();
        List<Probe> starts = new ArrayList<>();
        starts.add(probe(sample));
        log("first start (writes the class-data archive): " + starts.getFirst());
        for (int i = 0; i < runs; i++) {
            starts.add(probe(sample));
            log("start " + (i + 1) + ": " + starts.getLast());
        }
        return starts;
    }

    private void run(int runs, int sources, Path synthetic, StringBuilder report) throws Exception {
        List<Probe> all = startUps(runs);
        Probe first = all.getFirst();
        List<Probe> starts = all.subList(1, all.size());
        report.append("## Start to usable window (sample project; target: under 3 s)\n\n")
                .append("A new JVM each run, from process start until the window shows the project and every view has ")
                .append("loaded it (the project thread idle, the next frame's events handled).\n\n")
                .append("| | wall s, process start to usable | ms since JVM start (JVM's own clock) | heap MB after GC | RSS MB |\n")
                .append("| --- | --- | --- | --- | --- |\n")
                .append(row("first start (writes the class-data archive)", List.of(first)))
                .append(row("later starts, median (min - max), " + runs + " runs", starts)).append('\n');

        Path big = synthetic != null ? synthetic : syntheticProject(sources);
        Probe opened = probe(big);
        log("synthetic project: " + opened);
        report.append("## Memory after opening the synthetic project (target: under 1 GB)\n\n")
                .append(big.getFileName()).append(", the workbench started on it as above, figures once usable.\n\n")
                .append("| | wall s | heap MB after GC | RSS MB |\n| --- | --- | --- | --- |\n")
                .append("| ").append(big.getFileName()).append(" | ").append(fmt(opened.wallSeconds())).append(" | ")
                .append(opened.heapMb()).append(" | ").append(opened.rssMb()).append(" |\n\n");
    }

    private Path sampleProject() throws IOException {
        Path folder = work.resolve("sample.scholion");
        if (!Files.exists(folder.resolve("project.db"))) {
            try (Project project = Project.create(folder, "Sample: Russia and the conflicts of the South Caucasus")) {
                Path metadata = home.resolve(SampleProject.METADATA);
                SampleProject.fill(project, CodebookJson.read(home.resolve(SampleProject.CODEBOOK)),
                        home.resolve(SampleProject.CORPUS), metadata, SourceMetadataJson.read(metadata), "bench");
            }
        }
        return folder;
    }

    private Path syntheticProject(int sources) throws IOException {
        Path folder = work.resolve("synthetic-" + sources + ".scholion");
        if (Files.exists(folder.resolve("project.db"))) {
            return folder;
        }
        Path corpus = home.resolve("corpus");
        CorpusGenerator generator = new CorpusGenerator(corpus, SourceMetadataJson.read(corpus.resolve("sources.json")));
        Path inputs = work.resolve("inputs/synthetic-" + sources);
        log("writing " + sources + " synthetic sources...");
        Map<String, MetadataPatch> metadata = generator.writeSynthetic(inputs, sources, 5_000);
        log("importing them...");
        try (Project project = Project.create(folder, "synthetic " + sources)) {
            project.imports().importPaths(List.of(inputs), new ImportRequest(metadata, null, ExtractionOptions.defaults(),
                    Set.of()), "bench", ImportListener.NONE, CancellationSignal.NONE);
        }
        return folder;
    }

    private Probe probe(Path project) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path data = Files.createTempDirectory(work, "data");
        Process process = new ProcessBuilder(java, "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive,
                "--enable-native-access=ALL-UNNAMED", "-Dglass.platform=Headless", "-Dprism.order=sw",
                "-Dscholion.home=" + home, "-cp", System.getProperty("scholion.bench.classpath", System.getProperty("java.class.path")),
                WorkbenchProbe.class.getName(), project.toString(), data.toString())
                .redirectErrorStream(true).start();
        long t0 = System.nanoTime();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = lines.readLine()) != null) {
                Matcher m = USABLE.matcher(line);
                if (m.find()) {
                    double wall = (System.nanoTime() - t0) / 1e9;
                    process.waitFor();
                    return new Probe(wall, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
                }
                seen.append(line).append('\n');
            }
            throw new IllegalStateException("the workbench did not become usable; it printed:\n" + seen);
        } finally {
            process.destroyForcibly();
        }
    }

    private static String row(String label, List<Probe> probes) {
        return "| " + label + " | " + spread(probes.stream().map(Probe::wallSeconds).toList()) + " | "
                + spread(probes.stream().map(p -> (double) p.sinceJvmStartMs()).toList()) + " | "
                + spread(probes.stream().map(p -> (double) p.heapMb()).toList()) + " | "
                + spread(probes.stream().map(p -> (double) p.rssMb()).toList()) + " |\n";
    }

    private static String spread(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return sorted.size() == 1 ? fmt(median) : fmt(median) + " (" + fmt(sorted.getFirst()) + " - " + fmt(sorted.getLast()) + ")";
    }

    private static String fmt(double value) {
        return value >= 100 ? String.format("%.0f", value) : String.format("%.2f", value);
    }

    private static void log(String message) {
        System.err.println("[bench] " + message);
    }
}
