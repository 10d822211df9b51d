package org.scholion.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.scholion.codebook.CodebookSpec;
import org.scholion.corpus.CancellationSignal;
import org.scholion.corpus.ExtractionOptions;
import org.scholion.index.HitOrder;
import org.scholion.index.KwicSort;
import org.scholion.index.SearchResults;
import org.scholion.json.CodebookJson;
import org.scholion.json.SourceMetadataJson;
import org.scholion.project.ImportListener;
import org.scholion.project.ImportOutcome;
import org.scholion.project.ImportReport;
import org.scholion.project.ImportRequest;
import org.scholion.project.Project;
import org.scholion.project.SampleProject;
import org.scholion.source.MetadataPatch;

/**
 * The benchmark of the issue "Ingestion and search": import throughput by format, the sample
 * corpus imported and indexed, query and KWIC latency on the sample corpus and on a synthetic
 * corpus of 10,000 news-length sources, index and database size, peak heap. A program, not a
 * test: it prints figures (and writes them as markdown with --out), and asserts nothing.
 *
 * <p>Run it with {@code bench/import-search [--scale small|medium] [--out FILE]}; see
 * docs/benchmarks.md.
 */
public final class ImportSearchBenchmark {

    static final List<String> QUERIES = List.of(
            "peacekeeping",
            "\"power political\"",
            "\"NATO enlargement\"~5",
            "Russia AND Georgia NOT Abkhazia",
            "negotiat*",
            "type:news peacekeepers",
            "year:[2008 TO 2021] NATO");

    private static final String ACTOR = "bench";
    private static final int KWIC_WIDTH = 40;

    private final Options options;
    private final Path corpus;
    private final Path work;
    private final HeapWatch heap = new HeapWatch();
    private final Markdown report = new Markdown();

    private ImportSearchBenchmark(Options options) throws IOException {
        this.options = options;
        this.corpus = options.home.resolve(SampleProject.CORPUS);
        this.work = options.work != null ? Files.createDirectories(options.work)
                : Files.createTempDirectory("scholion-bench-");
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("import-search: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(Options.USAGE);
            return;
        }
        new ImportSearchBenchmark(options).run();
    }

    private void run() throws Exception {
        heap.start();
        Instant started = Instant.now();
        report.line("# Import and search benchmark");
        report.line("");
        report.line("- date: " + started.truncatedTo(ChronoUnit.SECONDS));
        report.line("- scale: " + options.scale + (options.scale.equals("medium") ? " (" + options.sources + " synthetic sources)" : ""));
        report.line("- machine: " + Runtime.getRuntime().availableProcessors() + " processors, "
                + mb(totalMemory()) + " MB memory, max heap " + mb(Runtime.getRuntime().maxMemory()) + " MB, JDK "
                + System.getProperty("java.vm.vendor") + " " + Runtime.version() + " on " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch"));
        report.line("- load average at start: " + loadAverage());
        report.line("- runs per import figure: " + options.runs + "; timed runs per query: " + options.queryRuns
                + " after " + options.warmup + " warm-up runs");
        report.line("");
        log("work folder: " + work);

        Map<String, MetadataPatch> metadata = SourceMetadataJson.read(corpus.resolve("sources.json"));
        CodebookSpec codebook = CodebookJson.read(options.home.resolve(SampleProject.CODEBOOK));
        CorpusGenerator generator = new CorpusGenerator(corpus, metadata);

        long textBytes = totalSize(generator.textFiles());
        log("rendering the corpus as PDF and DOCX...");
        List<Path> pdfs = generator.writePdfs(work.resolve("inputs/pdf"));
        List<Path> docx = generator.writeDocx(work.resolve("inputs/docx"));

        // (b) the sample corpus, as `scholion demo` builds it: codebook, then the five sources
        heap.reset();
        List<Double> sampleSeconds = new ArrayList<>();
        Path sampleProject = null;
        List<String> coldSteps = List.of();
        for (int run = 1; run <= options.runs; run++) {
            Path folder = work.resolve("sample-" + run + ".scholion");
            long t0 = System.nanoTime();
            List<String> steps = new ArrayList<>();
            try (Project project = Project.create(folder, "sample")) {
                project.imports().prepare(); // as `scholion demo` does
                steps.add("project created " + fmt((System.nanoTime() - t0) / 1e9, 2) + " s");
                long c0 = System.nanoTime();
                project.codebook().importSpec(codebook, ACTOR);
                steps.add("codebook " + fmt((System.nanoTime() - c0) / 1e9, 2) + " s");
                long[] last = {System.nanoTime()};
                ImportRequest request = new ImportRequest(metadata, null, ExtractionOptions.defaults(),
                        Set.of(corpus.resolve("sources.json")));
                ImportReport imported = project.imports().importPaths(List.of(corpus), request, ACTOR,
                        new ImportListener() {
                            @Override
                            public void fileDone(ImportOutcome outcome, int filesDone, long bytesDone) {
                                long now = System.nanoTime();
                                steps.add(outcome.file().getFileName() + " " + fmt((now - last[0]) / 1e9, 2) + " s");
                                last[0] = now;
                            }
                        }, CancellationSignal.NONE);
                checkAllImported(imported, 5);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (run == 1) {
                coldSteps = steps;
            }
            sampleSeconds.add(seconds);
            log("sample corpus run %d: %.2f s".formatted(run, seconds));
            if (sampleProject == null) {
                sampleProject = folder;
            } else {
                deleteTree(folder);
            }
        }
        long samplePeak = heap.peak();
        log("sample run 1 steps: " + coldSteps);

        // (a) import throughput by format, each on a fresh project
        List<String[]> importRows = new ArrayList<>();
        importRows.add(importFormat("plain text", generator.textFiles(), metadata, textBytes));
        importRows.add(importFormat("PDF", pdfs, generator.metadataFor("pdf"), textBytes));
        importRows.add(importFormat("DOCX", docx, generator.metadataFor("docx"), textBytes));

        report.line("## Import throughput by format (five corpus texts, fresh project each run)");
        report.line("");
        report.line("Whole pipeline: hash, detect, extract (Tika), normalise, store (SQLite), index (Lucene). "
                + "File MB/min counts the input files' bytes; text MB/min counts the UTF-8 bytes of the five corpus texts "
                + "(" + fmt(textBytes / 1e6, 2) + " MB), the same for every format. Median over the runs, (min - max).");
        report.line("");
        report.table(List.of("format", "files", "input MB", "wall s, median (min - max)", "file MB/min, median (min - max)",
                "text MB/min, median (min - max)", "peak heap MB"), importRows);

        report.line("## Sample corpus imported and indexed (target: under 5 s)");
        report.line("");
        report.line("Project created, codebook imported, the five sources imported and indexed, project closed: what "
                + "`scholion demo` does, in the benchmark's JVM. Run 1 is the first in it (Tika, OpenNLP and the import path loading, JIT cold).");
        report.line("");
        List<String[]> sampleRows = new ArrayList<>();
        sampleRows.add(new String[] {"run 1 (first in this JVM)", fmt(sampleSeconds.getFirst(), 2)});
        List<Double> warm = sampleSeconds.size() > 1 ? sampleSeconds.subList(1, sampleSeconds.size()) : sampleSeconds;
        sampleRows.add(new String[] {"runs 2-" + sampleSeconds.size() + " (warm JVM), median (min - max)", spread(warm, 2)});
        sampleRows.add(new String[] {"peak heap during these runs", mb(samplePeak) + " MB"});
        report.table(List.of("", "wall s"), sampleRows);
        report.line("Run 1, step by step (each file: hash, extract, store, index): " + String.join("; ", coldSteps) + ".");
        report.line("");
        List<Double> cold = new ColdDemoRuns(options.home, work).run(options.runs);
        log("scholion demo in a new JVM: " + cold);
        report.line("`scholion demo DIR` in a new JVM each run, as `./scholion` starts it (with its class-data archive), "
                + "process start to exit, JVM start-up included:");
        report.line("");
        report.table(List.of("", "wall s"), List.of(
                new String[] {"first run (writes the class-data archive)", fmt(cold.getFirst(), 2)},
                new String[] {"runs 2-" + cold.size() + ", median (min - max)", spread(cold.subList(1, cold.size()), 2)}));

        // (c) queries on the sample corpus
        List<String[]> sizeRows = new ArrayList<>();
        sizeRows.add(sizeRow("sample corpus (5 sources)", sampleProject, textBytes));
        try (Project project = Project.open(sampleProject)) {
            queryTable("Query latency, sample corpus (5 sources)", project);
        }

        // (c, d) the synthetic corpus
        if (options.scale.equals("medium")) {
            synthetic(generator, sizeRows);
        }

        report.line("## Size on disk");
        report.line("");
        report.table(List.of("project", "sources text MB", "index/ MB", "project.db MB (with -wal)", "originals/ MB"), sizeRows);

        report.line("## Memory");
        report.line("");
        report.line("Peak heap used over the whole run (highest of: heap just before each GC, from the GC "
                + "notifications; heap sampled every 10 ms): **" + mb(heap.overallPeak()) + " MB** of a "
                + mb(Runtime.getRuntime().maxMemory()) + " MB maximum heap. GC: " + gcSummary() + ".");
        report.line("");
        report.line("- load average at end: " + loadAverage());
        report.line("- total benchmark wall time: " + fmt((Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0, 0) + " s");
        heap.stop();

        String markdown = report.toString();
        System.out.println();
        System.out.println(markdown);
        if (options.out != null) {
            Files.createDirectories(options.out.toAbsolutePath().getParent());
            Files.writeString(options.out, markdown, StandardCharsets.UTF_8);
            log("results written to " + options.out);
        }
        if (!options.keep) {
            deleteTree(work);
        } else {
            log("kept " + work);
        }
    }

    private String[] importFormat(String format, List<Path> files, Map<String, MetadataPatch> metadata, long textBytes)
            throws IOException {
        heap.reset();
        long bytes = totalSize(files);
        List<Double> seconds = new ArrayList<>();
        for (int run = 1; run <= options.runs; run++) {
            Path folder = work.resolve("import-" + format.replace(' ', '-') + "-" + run + ".scholion");
            ImportRequest request = new ImportRequest(metadata, null, ExtractionOptions.defaults(), Set.of());
            long t0 = System.nanoTime();
            try (Project project = Project.create(folder, format)) {
                ImportReport imported = project.imports().importPaths(files, request, ACTOR, ImportListener.NONE,
                        CancellationSignal.NONE);
                checkAllImported(imported, files.size());
            }
            double s = (System.nanoTime() - t0) / 1e9;
            seconds.add(s);
            log("%s run %d: %.2f s".formatted(format, run, s));
            deleteTree(folder);
        }
        List<Double> fileRate = seconds.stream().map(s -> bytes / 1e6 / (s / 60)).toList();
        List<Double> textRate = seconds.stream().map(s -> textBytes / 1e6 / (s / 60)).toList();
        return new String[] {format, Integer.toString(files.size()), fmt(bytes / 1e6, 2), spread(seconds, 2),
                spread(fileRate, 1), spread(textRate, 1), Long.toString(mb(heap.peak()))};
    }

    private void synthetic(CorpusGenerator generator, List<String[]> sizeRows) throws IOException {
        Path inputs = work.resolve("inputs/synthetic");
        log("writing " + options.sources + " synthetic sources...");
        Map<String, MetadataPatch> metadata = generator.writeSynthetic(inputs, options.sources, options.sourceBytes);
        List<Path> files;
        try (Stream<Path> list = Files.list(inputs)) {
            files = list.sorted().toList();
        }
        long bytes = totalSize(files);
        Path folder = work.resolve("synthetic.scholion");
        ImportRequest request = new ImportRequest(metadata, null, ExtractionOptions.defaults(), Set.of());
        heap.reset();
        long[] lastLog = {System.nanoTime()};
        long t0 = System.nanoTime();
        List<double[]> progress = new ArrayList<>();
        ImportReport imported;
        try (Project project = Project.create(folder, "synthetic")) {
            imported = project.imports().importPaths(List.of(inputs), request, ACTOR, new ImportListener() {
                @Override
                public void fileDone(ImportOutcome outcome, int filesDone, long bytesDone) {
                    long now = System.nanoTime();
                    if (filesDone % 1000 == 0) {
                        progress.add(new double[] {filesDone, (now - t0) / 1e9});
                    }
                    if (now - lastLog[0] > 15e9 || filesDone == files.size()) {
                        lastLog[0] = now;
                        log("synthetic import: %d / %d files, %.0f s".formatted(filesDone, files.size(), (now - t0) / 1e9));
                    }
                }
            }, CancellationSignal.NONE);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long importPeak = heap.peak();
        checkAllImported(imported, files.size());

        report.line("## Import at scale: " + files.size() + " synthetic sources");
        report.line("");
        report.line("Generated with seed " + CorpusGenerator.SEED + " from the corpus paragraphs (about "
                + options.sourceBytes / 1000 + " KB each, types news/article/interview/other, years 1991-2021), "
                + "written as .txt files and imported as one folder through `ImportService` (one transaction and one "
                + "index commit per file, as the product does).");
        report.line("");
        report.table(List.of("files", "input MB", "wall s", "files/s", "MB/min", "peak heap MB"), List.<String[]>of(
                new String[] {Integer.toString(files.size()), fmt(bytes / 1e6, 1), fmt(seconds, 1),
                        fmt(files.size() / seconds, 1), fmt(bytes / 1e6 / (seconds / 60), 1), Long.toString(mb(importPeak))}));
        if (!progress.isEmpty()) {
            report.line("Import rate as the project grows (each 1,000 files):");
            report.line("");
            List<String[]> rows = new ArrayList<>();
            double prevFiles = 0;
            double prevSeconds = 0;
            for (double[] p : progress) {
                rows.add(new String[] {"%.0f - %.0f".formatted(prevFiles + 1, p[0]), fmt(p[1] - prevSeconds, 1),
                        fmt((p[0] - prevFiles) / (p[1] - prevSeconds), 1)});
                prevFiles = p[0];
                prevSeconds = p[1];
            }
            report.table(List.of("files", "s", "files/s"), rows);
        }

        sizeRows.add(sizeRow("synthetic (" + files.size() + " sources)", folder, bytes));
        heap.reset();
        long open0 = System.nanoTime();
        try (Project project = Project.open(folder)) {
            int passages = project.search().search("year:[1991 TO 2021]", 0, HitOrder.SCORE).totalPassages();
            log("synthetic project opened in %.2f s (index %s), %d passages".formatted((System.nanoTime() - open0) / 1e9,
                    project.indexStatus().state(), passages));
            queryTable("Query latency, synthetic corpus (" + files.size() + " sources, " + passages
                    + " passages; target: 95th percentile under 50 ms)", project);
        }
        report.line("Peak heap during the synthetic queries: " + mb(heap.peak()) + " MB.");
        report.line("");
    }

    private void queryTable(String title, Project project) {
        List<String[]> rows = new ArrayList<>();
        for (String query : QUERIES) {
            SearchResults results = project.search().search(query, 20, HitOrder.SCORE);
            int kwicLines = project.search().kwic(query, KWIC_WIDTH, KwicSort.SOURCE).size();
            Timing search = time(() -> project.search().search(query, 20, HitOrder.SCORE));
            Timing kwic = time(() -> project.search().kwic(query, KWIC_WIDTH, KwicSort.SOURCE));
            log("%-36s %6d passages %7d matches | search p50 %7.2f p95 %7.2f ms (n=%d) | kwic p50 %7.2f p95 %7.2f ms (n=%d)"
                    .formatted(query, results.totalPassages(), results.totalMatches(), search.median(), search.p95(),
                            search.runs(), kwic.median(), kwic.p95(), kwic.runs()));
            rows.add(new String[] {"`" + query.replace("|", "\\|") + "`", Integer.toString(results.totalPassages()),
                    Integer.toString(results.totalMatches()), fmt(search.median(), 2), fmt(search.p95(), 2),
                    fmt(search.max(), 1), Integer.toString(search.runs()), Integer.toString(kwicLines),
                    fmt(kwic.median(), 2), fmt(kwic.p95(), 2), Integer.toString(kwic.runs())});
        }
        report.line("## " + title);
        report.line("");
        report.line("`SearchService.search(query, 20, HitOrder.SCORE)` and `SearchService.kwic(query, " + KWIC_WIDTH
                + ", KwicSort.SOURCE)`, milliseconds, after warm-up.");
        report.line("");
        report.table(List.of("query", "passages", "matches", "search p50", "search p95", "search max", "n",
                "KWIC lines", "KWIC p50", "KWIC p95", "n"), rows);
    }

    private record Timing(double median, double p95, double max, int runs) {
    }

    /**
     * Times a call: warm-up runs first, then up to {@code queryRuns} timed runs, fewer (but at
     * least 20) when a call is so slow that they would take more than the time budget.
     */
    private Timing time(Runnable call) {
        long budget0 = System.nanoTime();
        int warm = 0;
        while (warm < options.warmup && (warm < 3 || System.nanoTime() - budget0 < options.budgetSeconds * 0.25e9)) {
            call.run();
            warm++;
        }
        List<Double> millis = new ArrayList<>();
        long t0 = System.nanoTime();
        while (millis.size() < options.queryRuns
                && (millis.size() < 20 || System.nanoTime() - t0 < options.budgetSeconds * 1e9)) {
            long s = System.nanoTime();
            call.run();
            millis.add((System.nanoTime() - s) / 1e6);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Timing(BenchStats.percentile(sorted, 50), BenchStats.percentile(sorted, 95), sorted[sorted.length - 1], sorted.length);
    }

    static void checkAllImported(ImportReport report, int expected) {
        List<ImportOutcome> imported = report.with(ImportOutcome.Status.IMPORTED);
        if (imported.size() != expected) {
            throw new IllegalStateException("expected " + expected + " files imported, got: " + report.summary() + "; "
                    + report.with(ImportOutcome.Status.FAILED).stream().map(ImportOutcome::line).limit(3).toList());
        }
    }

    private static String[] sizeRow(String name, Path project, long inputBytes) throws IOException {
        long db = size(project.resolve("project.db")) + size(project.resolve("project.db-wal"));
        return new String[] {name, fmt(inputBytes / 1e6, 1), fmt(treeSize(project.resolve("index")) / 1e6, 1),
                fmt(db / 1e6, 1), fmt(treeSize(project.resolve("originals")) / 1e6, 1)};
    }

    static long size(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    static long treeSize(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    static long totalSize(List<Path> files) throws IOException {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        return total;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String spread(List<Double> values, int decimals) {
        return BenchStats.spread(values, decimals);
    }

    private static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    static long totalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return fmt(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2);
        }
    }

    private static String gcSummary() {
        List<String> parts = new ArrayList<>();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            parts.add(gc.getName() + " " + gc.getCollectionCount() + " collections, " + fmt(gc.getCollectionTime() / 1000.0, 1) + " s");
        }
        return String.join("; ", parts);
    }

    private static void log(String message) {
        System.err.println("[bench] " + message);
    }

    /** A markdown document. */
    private static final class Markdown {
        private final StringBuilder text = new StringBuilder();

        void line(String line) {
            text.append(line).append('\n');
        }

        void table(List<String> header, List<String[]> rows) {
            line("| " + String.join(" | ", header) + " |");
            line("|" + " --- |".repeat(header.size()));
            for (String[] row : rows) {
                line("| " + String.join(" | ", Arrays.asList(row)) + " |");
            }
            line("");
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** The command-line options. */
    private static final class Options {
        static final String USAGE = """
                usage: bench/import-search [--scale small|medium] [--out FILE] [--runs N] [--query-runs N]
                                           [--sources N] [--work DIR] [--keep]
                  --scale small     the sample corpus only (default)
                  --scale medium    also a synthetic corpus of --sources news-length sources (default 10000)
                  --out FILE        also write the results as markdown to FILE
                  --runs N          repeated runs per import figure (default 5)
                  --query-runs N    timed runs per query after warm-up (default 200)
                  --sources N       synthetic sources at medium scale (default 10000)
                  --work DIR        folder for generated inputs and projects (default: a new temp folder)
                  --keep            keep the work folder afterwards""";

        Path home = Path.of(System.getProperty("scholion.home", "."));
        String scale = "small";
        Path out;
        Path work;
        int runs = 5;
        int queryRuns = 200;
        int warmup = 20;
        int sources = 10_000;
        int sourceBytes = 5_000;
        double budgetSeconds = 30;
        boolean keep;
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--scale" -> {
                        o.scale = BenchArgs.value(args, ++i, arg);
                        if (!o.scale.equals("small") && !o.scale.equals("medium")) {
                            throw new IllegalArgumentException("--scale is small or medium, not " + o.scale);
                        }
                    }
                    case "--out" -> o.out = Path.of(BenchArgs.value(args, ++i, arg));
                    case "--work" -> o.work = Path.of(BenchArgs.value(args, ++i, arg));
                    case "--runs" -> o.runs = BenchArgs.positive(BenchArgs.value(args, ++i, arg), arg);
                    case "--query-runs" -> o.queryRuns = BenchArgs.positive(BenchArgs.value(args, ++i, arg), arg);
                    case "--sources" -> o.sources = BenchArgs.positive(BenchArgs.value(args, ++i, arg), arg);
                    case "--keep" -> o.keep = true;
                    case "-h", "--help" -> o.help = true;
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            return o;
        }

    }
}
