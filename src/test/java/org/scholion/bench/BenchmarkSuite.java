package org.scholion.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.scholion.analysis.AgreementUnit;
import org.scholion.analysis.CoOccurrenceScope;
import org.scholion.analysis.ReportRequest;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodebookSpec;
import org.scholion.corpus.CancellationSignal;
import org.scholion.corpus.ExtractionOptions;
import org.scholion.export.CsvWriter;
import org.scholion.export.DocxWriter;
import org.scholion.export.ExcerptSelection;
import org.scholion.export.ExcerptWriter;
import org.scholion.export.ExportContent;
import org.scholion.export.ExportOptions;
import org.scholion.index.HitOrder;
import org.scholion.index.KwicSort;
import org.scholion.json.CodebookJson;
import org.scholion.json.SourceMetadataJson;
import org.scholion.project.AutocodePreview;
import org.scholion.project.AutocodeScope;
import org.scholion.project.ImportListener;
import org.scholion.project.ImportRequest;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.project.SampleProject;
import org.scholion.source.MetadataPatch;

/**
 * The benchmark suite of issue 8: at a chosen scale, every figure the issue lists, each over
 * repeated runs, through the product's services on real projects, and the comparisons with
 * pdftotext, a QualCoder-style scan and ripgrep on the same data in the same run
 * ({@link Comparisons}); printed as two markdown tables under the machine and the commit. The
 * viewer and start-up figures need a JavaFX platform and a new JVM per start: the suite runs
 * {@link ViewerBenchmark} and {@link WorkbenchProbe} as child processes and reads their figures.
 * A program, not a test: it asserts nothing, and nothing in {@code ./mvnw verify} runs it.
 *
 * <pre>bench/suite [--scale small|medium|large] [--runs N] [--out FILE]</pre>
 */
public final class BenchmarkSuite {

    /** Candidates for the KWIC and auto-code figures: the one with most matches up to 10,000 is taken. */
    private static final List<String> BROAD_QUERIES = List.of("peacekeeping", "Russia", "NATO", "Georgia", "Karabakh",
            "Russia AND Georgia NOT Abkhazia", "negotiat*", "Abkhazia", "Ossetia", "Armenia", "Azerbaijan");
    private static final int UP_TO = 10_000;
    private static final int WARM_UP = 10;
    private static final String ACTOR = "bench";

    /** Synthetic sources rendered as PDFs for the extraction comparison, beside the five sample ones (medium and large). */
    private static final int EXTRA_PDFS = 200;
    private static final int VIEWER_CODINGS = 3_000;
    private static final Goal QUERY_P95 = Goal.atMost(50, "p95 < 50 ms (large scale)");
    private static final Goal UNDER_ONE_SECOND = Goal.atMost(1, "< 1 s");

    private final SuiteOptions options;
    private final Path work;
    private final SuiteTable table;
    private final Comparisons comparisons;
    private final HeapWatch heap = new HeapWatch();
    private final List<String> skipped = new ArrayList<>();

    private BenchmarkSuite(SuiteOptions options) throws IOException {
        this.options = options;
        this.work = options.work != null ? Files.createDirectories(options.work) : Files.createTempDirectory("scholion-suite-");
        String goalNote = options.scale == SuiteOptions.Scale.LARGE ? "" : "(the goal is set for the large scale)";
        this.table = new SuiteTable(goalNote);
        this.comparisons = new Comparisons(new Comparisons.Settings(options.home, options.runs, options.scanRuns(),
                options.queryRuns, goalNote), work);
    }

    public static void main(String[] args) throws Exception {
        SuiteOptions options;
        try {
            options = SuiteOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("suite: " + e.getMessage());
            System.err.println(SuiteOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(SuiteOptions.USAGE);
            return;
        }
        new BenchmarkSuite(options).run(String.join(" ", args));
    }

    private void run(String arguments) throws Exception {
        heap.start();
        long started = System.nanoTime();
        List<String> header = new ArrayList<>();
        header.add("- command: `bench/suite" + (arguments.isEmpty() ? "" : " " + arguments) + "`");
        header.add("- date: " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        header.add("- commit: " + MachineInfo.commit(options.home));
        header.add("- machine: " + MachineInfo.machine());
        header.add("- load average at start: " + ImportSearchBenchmark.loadAverage());
        header.forEach(line -> System.err.println("[suite] " + line));

        header.add("- scanner runs per query: " + options.scanRuns() + "; tools: " + ExternalTools.describe());
        Path corpus = options.home.resolve(SampleProject.CORPUS);
        Map<String, MetadataPatch> sample = SourceMetadataJson.read(corpus.resolve("sources.json"));
        CodebookSpec codebook = CodebookJson.read(options.home.resolve(SampleProject.CODEBOOK));
        CorpusGenerator generator = new CorpusGenerator(corpus, sample);
        log("writing the inputs in " + work);
        SuiteCorpus scaleCorpus = SuiteCorpus.write(options.scale, generator, sample, corpus, work.resolve("inputs/text"));

        List<Path> pdfs = importFormats(generator, sample);
        extractionComparison(generator, pdfs, scaleCorpus);
        Path project = importScale(scaleCorpus, codebook);
        String data = scaleCorpus.label();
        table.phase();
        for (Comparisons.QueryFigures query : comparisons.search(data, project)) {
            table.millis("query latency, " + query.query().kind() + " `" + query.query().scholion()
                    + "` (top 20 of %,d matches)".formatted(query.matches()), data, query.search().millis(), QUERY_P95, true);
        }
        try (Project opened = Project.open(project)) {
            String broad = broadestUpTo(opened);
            kwic(opened, broad, data);
            autocode(opened, broad, data);
        }
        export();
        agreementAndCoOccurrence(generator);
        viewer();
        startUp();
        table.add("peak heap used", "whole run", Long.toString(heap.overallPeak() / (1024 * 1024)), "", "MB",
                Goal.atMost(1024, "< 1 GB (workbench, 10,000 sources)"), heap.overallPeak() / (1024.0 * 1024));

        header.add("- load average at end: " + ImportSearchBenchmark.loadAverage());
        header.add("- wall time of the whole suite: " + BenchStats.fmt(BenchStats.seconds(started), 0) + " s");
        heap.stop();
        String markdown = "# Scholion benchmark suite, scale " + options.scale.word() + "\n\n"
                + String.join("\n", header) + "\n\n" + table.markdown()
                + "\n## Comparisons, same data, same run\n\n" + Comparisons.markdown(comparisons.rows());
        System.out.println();
        System.out.println(markdown);
        if (options.out != null) {
            Path parent = options.out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(options.out, markdown, StandardCharsets.UTF_8);
            log("written to " + options.out);
        }
        if (options.keep) {
            log("kept " + work);
        } else {
            ImportSearchBenchmark.deleteTree(work);
        }
    }

    /** The sample thesis and articles as .txt, as PDFs (PDFBox) and as DOCX (POI), each set into a fresh project. */
    private List<Path> importFormats(CorpusGenerator generator, Map<String, MetadataPatch> sample) throws IOException {
        Path inputs = work.resolve("inputs");
        importRuns("import throughput, txt", generator.textFiles(), sample);
        List<Path> pdfs = generator.writePdfs(inputs.resolve("pdf"));
        importRuns("import throughput, pdf", pdfs, generator.metadataFor("pdf"));
        importRuns("import throughput, docx", generator.writeDocx(inputs.resolve("docx")), generator.metadataFor("docx"));
        return pdfs;
    }

    /**
     * Scholion's PDF import against pdftotext: the five sample PDFs and, at medium and large scale,
     * 200 of the scale's synthetic sources rendered as PDFs too (many short files, as a folder of
     * downloaded articles).
     */
    private void extractionComparison(CorpusGenerator generator, List<Path> samplePdfs, SuiteCorpus corpus)
            throws Exception {
        List<Path> pdfs = new ArrayList<>(samplePdfs);
        String set = samplePdfs.size() + " sample PDFs";
        if (options.scale != SuiteOptions.Scale.SMALL) {
            Path dir = Files.createDirectories(work.resolve("inputs/pdf-synthetic"));
            List<Path> news;
            try (var files = Files.list(corpus.paths().getFirst())) {
                news = files.sorted().limit(EXTRA_PDFS).toList();
            }
            for (Path text : news) {
                Path pdf = dir.resolve(CorpusGenerator.baseName(text.getFileName().toString()) + ".pdf");
                CorpusGenerator.writePdf(Files.readString(text), pdf);
                pdfs.add(pdf);
            }
            set += " + " + news.size() + " synthetic";
        }
        set += ", %d files, %s MB".formatted(pdfs.size(), BenchStats.fmt(ImportSearchBenchmark.totalSize(pdfs) / 1e6, 2));
        comparisons.extraction(pdfs, generator.metadataFor("pdf"), set);
    }

    private void importRuns(String measure, List<Path> files, Map<String, MetadataPatch> metadata) throws IOException {
        table.phase();
        long bytes = ImportSearchBenchmark.totalSize(files);
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run <= options.runs; run++) {
            Path folder = work.resolve("format-" + run + ".scholion");
            long t = System.nanoTime();
            try (Project project = Project.create(folder, "format")) {
                ImportSearchBenchmark.checkAllImported(project.imports().importPaths(files,
                        new ImportRequest(metadata, null, ExtractionOptions.defaults(), Set.of()), ACTOR,
                        ImportListener.NONE, CancellationSignal.NONE), files.size());
            }
            double seconds = BenchStats.seconds(t);
            if (run > 0) { // run 0 loads Tika's parsers and warms the JIT
                rates.add(bytes / 1e6 / (seconds / 60));
            }
            ImportSearchBenchmark.deleteTree(folder);
        }
        table.add(measure, "%d files, %s MB".formatted(files.size(), BenchStats.fmt(bytes / 1e6, 2)),
                BenchStats.fmt(BenchStats.median(rates), 1),
                BenchStats.fmt(BenchStats.min(rates), 1) + " - " + BenchStats.fmt(BenchStats.max(rates), 1), "MB/min",
                Goal.NONE, Double.NaN);
    }

    /** The scale's corpus imported once, with the study codebook (auto-code needs codes): the project the queries run on. */
    private Path importScale(SuiteCorpus corpus, CodebookSpec codebook) throws IOException {
        Path folder = work.resolve("scale.scholion");
        heap.reset();
        table.phase();
        long t = System.nanoTime();
        int files;
        try (Project project = Project.create(folder, "suite " + options.scale.word())) {
            project.codebook().importSpec(codebook, ACTOR);
            var report = project.imports().importPaths(corpus.paths(), corpus.request(), ACTOR, ImportListener.NONE,
                    CancellationSignal.NONE);
            files = project.sources().list().size();
            log(report.summary());
        }
        double seconds = BenchStats.seconds(t);
        table.add("import throughput, txt, the scale's corpus (codebook, import, index, close)", corpus.label(),
                BenchStats.fmt(corpus.bytes() / 1e6 / (seconds / 60), 1), "one run: " + BenchStats.fmt(seconds, 1) + " s, "
                        + files + " sources, peak heap " + heap.peak() / (1024 * 1024) + " MB", "MB/min", Goal.NONE, Double.NaN);
        long db = ImportSearchBenchmark.size(folder.resolve("project.db")) + ImportSearchBenchmark.size(folder.resolve("project.db-wal"));
        table.add("index size on disk (index/)", corpus.label(),
                BenchStats.fmt(ImportSearchBenchmark.treeSize(folder.resolve("index")) / 1e6, 1), "", "MB", Goal.NONE, Double.NaN);
        table.add("database size (project.db with -wal)", corpus.label(), BenchStats.fmt(db / 1e6, 1), "", "MB", Goal.NONE,
                Double.NaN);
        return folder;
    }

    /** The candidate query with the most matches up to 10,000 (the fewest matches if every one has more). */
    private String broadestUpTo(Project project) {
        String best = null;
        int bestMatches = -1;
        String fewest = null;
        int fewestMatches = Integer.MAX_VALUE;
        for (String query : BROAD_QUERIES) {
            int matches = project.search().search(query, 0, HitOrder.SCORE).totalMatches();
            if (matches <= UP_TO && matches > bestMatches) {
                best = query;
                bestMatches = matches;
            }
            if (matches < fewestMatches) {
                fewest = query;
                fewestMatches = matches;
            }
        }
        return best != null ? best : fewest;
    }

    private void kwic(Project project, String query, String data) {
        table.phase();
        int lines = project.search().kwic(query, 40, KwicSort.SOURCE).size();
        List<Double> millis = timeMillis(() -> project.search().kwic(query, 40, KwicSort.SOURCE), Math.max(20, options.runs));
        table.millis("KWIC, `" + query + "`, %,d lines of 40 characters a side".formatted(lines), data, millis, Goal.NONE,
                false);
    }

    /** Preview and apply, each run with another code (a preview leaves out what the code already has). */
    private void autocode(Project project, String query, String data) {
        table.phase();
        List<Code> codes = project.codebook().snapshot().depthFirst();
        List<Double> previews = new ArrayList<>();
        List<Double> applies = new ArrayList<>();
        int hits = 0;
        for (int run = 0; run <= options.runs; run++) {
            Code code = codes.get(run % codes.size());
            long t = System.nanoTime();
            AutocodePreview preview = project.search().preview(query, code.id(), AutocodeScope.MATCH);
            double previewSeconds = BenchStats.seconds(t);
            t = System.nanoTime();
            project.search().applyAutocode(preview, code.id(), ACTOR);
            double applySeconds = BenchStats.seconds(t);
            hits = preview.segments().size();
            if (run > 0) {
                previews.add(previewSeconds);
                applies.add(applySeconds);
            }
        }
        String what = "`%s`, %,d hits".formatted(query, hits);
        table.seconds("auto-code preview, " + what, data, previews, Goal.NONE);
        table.seconds("auto-code apply (stored, logged, indexed), " + what, data, applies, Goal.NONE);
    }

    /** The sample project with 10,000 codings, as bench/export builds it; gathered, then written as CSV and DOCX. */
    private void export() throws IOException {
        Path dir = work.resolve("export");
        Files.createDirectories(dir);
        try (Project project = SampleCorpus.imported(dir)) {
            ExportBenchmark.addCodings(project, UP_TO);
            String data = "sample project, %,d excerpts".formatted(UP_TO);
            table.phase();
            table.seconds("export: gathering the excerpts", data,
                    timeSeconds(() -> project.exports().content(ExcerptSelection.ALL)), Goal.NONE);
            ExportContent content = project.exports().content(ExcerptSelection.ALL);
            table.phase();
            exportFormat("export to CSV", content, new CsvWriter(), dir.resolve("out.csv"), data, UNDER_ONE_SECOND);
            table.phase();
            exportFormat("export to DOCX", content, new DocxWriter(), dir.resolve("out.docx"), data,
                    Goal.atMost(5, "< 5 s"));
        }
    }

    private void exportFormat(String measure, ExportContent content, ExcerptWriter writer, Path file, String data,
                              Goal goal) {
        table.seconds(measure, data, timeSeconds(() -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                writer.write(content, ExportOptions.DEFAULT, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return file;
        }), goal);
    }

    /** Two coders with 20,000 codings each on 400 synthetic sources, as bench/analysis builds them. */
    private void agreementAndCoOccurrence(CorpusGenerator generator) throws IOException {
        Path dir = Files.createDirectories(work.resolve("analysis"));
        try (Project project = AnalysisBenchmark.build(dir, generator, options.home, 400, 20_000)) {
            String data = "400 sources, 2 coders x 20,000 codings";
            List<String> coders = List.of(AnalysisBenchmark.CODER_A, AnalysisBenchmark.CODER_B);
            for (AgreementUnit unit : AgreementUnit.values()) {
                table.phase();
                table.seconds("agreement, " + unit.word() + " units", data,
                        timeSeconds(() -> project.agreement().compare(coders, unit, Set.of())), UNDER_ONE_SECOND);
            }
            for (CoOccurrenceScope scope : List.of(CoOccurrenceScope.OVERLAP, CoOccurrenceScope.PARAGRAPH)) {
                table.phase();
                table.seconds("co-occurrence, " + scope.name().toLowerCase(java.util.Locale.ROOT), data,
                        timeSeconds(() -> project.analysis().coOccurrence(ReportRequest.ALL, scope)), UNDER_ONE_SECOND);
            }
        }
    }

    /**
     * The sample thesis with 3,000 codings opened in the real document view, in a child JVM on
     * JavaFX's headless platform ({@link ViewerBenchmark}); its figures come back as result lines.
     */
    private void viewer() {
        String data = "the 705 KB sample thesis with %,d codings".formatted(VIEWER_CODINGS);
        ChildRun child = ChildRun.of(ViewerBenchmark.class, options.home, List.of("-Xmx1g"),
                List.of(Integer.toString(Math.max(3, options.runs)), Integer.toString(VIEWER_CODINGS)));
        Map<String, List<Double>> figures = child.figures();
        List<Double> opens = figures.getOrDefault("open-ms", List.of());
        long rss = figures.containsKey("rss-mb") ? Math.round(figures.get("rss-mb").getFirst()) : -1;
        if (opens.isEmpty()) {
            table.addMeasuredElsewhere("open the thesis with 3,000 codings", data, "failed", child.failure(), "ms",
                    Goal.atMost(1000, "< 1 s"), Double.NaN, -1);
        } else {
            table.addMeasuredElsewhere("open the thesis with 3,000 codings (whole document in one view)", data,
                    BenchStats.fmt(BenchStats.median(opens), 0), BenchStats.fmt(BenchStats.min(opens), 0) + " - "
                            + BenchStats.fmt(BenchStats.max(opens), 0) + ", n " + opens.size(),
                    "ms", Goal.atMost(1000, "< 1 s"), BenchStats.median(opens), rss);
            addChildMillis("viewer: scroll one screen", data, figures.get("scroll-ms"), rss);
            addChildMillis("viewer: quick key to the coding stored", data, figures.get("key-stored-ms"), rss);
            addChildMillis("viewer: quick key to its stripe drawn", data, figures.get("key-drawn-ms"), rss);
        }
        comparisons.viewer(data, opens);
    }

    private void addChildMillis(String measure, String data, List<Double> millis, long rss) {
        if (millis != null && !millis.isEmpty()) {
            table.addMeasuredElsewhere(measure, data, BenchStats.fmt(BenchStats.median(millis), 0),
                    BenchStats.fmt(BenchStats.min(millis), 0) + " - " + BenchStats.fmt(BenchStats.max(millis), 0)
                            + ", n " + millis.size(), "ms", Goal.NONE, Double.NaN, rss);
        }
    }

    /** Start-up to a usable window on the sample project, each in a new JVM started as ./scholion starts it. */
    private void startUp() {
        String data = "sample project, new JVM per start, class-data archive";
        try {
            List<WorkbenchBenchmark.Probe> probes = new WorkbenchBenchmark(Files.createDirectories(work.resolve("startup")))
                    .startUps(options.runs);
            List<WorkbenchBenchmark.Probe> later = probes.subList(1, probes.size());
            List<Double> seconds = later.stream().map(WorkbenchBenchmark.Probe::wallSeconds).toList();
            long rss = later.stream().mapToLong(WorkbenchBenchmark.Probe::rssMb).max().orElse(-1);
            table.addMeasuredElsewhere("start-up to usable window (first start, writes the archive: "
                            + BenchStats.fmt(probes.getFirst().wallSeconds(), 2) + " s)", data,
                    BenchStats.fmt(BenchStats.median(seconds), 2), BenchStats.fmt(BenchStats.min(seconds), 2) + " - "
                            + BenchStats.fmt(BenchStats.max(seconds), 2), "s", Goal.atMost(3, "< 3 s"),
                    BenchStats.median(seconds), rss);
        } catch (Exception e) {
            table.addMeasuredElsewhere("start-up to usable window", data, "failed", Comparisons.oneLine(e), "s",
                    Goal.atMost(3, "< 3 s"), Double.NaN, -1);
        }
    }

    /** Seconds of {@code runs} timed runs after one untimed (cold) run. */
    private List<Double> timeSeconds(Supplier<?> work) {
        work.get();
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; run < options.runs; run++) {
            long t = System.nanoTime();
            work.get();
            seconds.add(BenchStats.seconds(t));
        }
        return seconds;
    }

    private static List<Double> timeMillis(Runnable call, int runs) {
        for (int i = 0; i < WARM_UP; i++) {
            call.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.run();
            millis.add((System.nanoTime() - t) / 1e6);
        }
        return millis;
    }

    private static void log(String message) {
        System.err.println("[suite] " + message);
    }
}
