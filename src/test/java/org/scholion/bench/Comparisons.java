package org.scholion.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.scholion.corpus.CancellationSignal;
import org.scholion.corpus.ExtractionOptions;
import org.scholion.index.HitOrder;
import org.scholion.index.KwicSort;
import org.scholion.json.SourceMetadataJson;
import org.scholion.project.ImportListener;
import org.scholion.project.ImportOutcome;
import org.scholion.project.ImportReport;
import org.scholion.project.ImportRequest;
import org.scholion.project.Project;
import org.scholion.project.SampleProject;
import org.scholion.source.MetadataPatch;
import org.scholion.source.Source;

/**
 * The comparisons of issue 8, same data, same run, as ratios: Scholion's PDF import against
 * pdftotext alone; Scholion's query latency against QualCoder's regular-expression scan of every
 * text in SQLite (bench/qualcoder_scan.py) and against ripgrep over the texts as files; the
 * viewer against QualCoder's paging. A program, not a test: it prints a table and asserts nothing.
 *
 * <p>{@code bench/compare [--scale small|medium] [--runs N] [--out FILE]}; the suite can call
 * {@link #run(Path, Settings)} with a work folder and take the rows.
 */
public final class Comparisons {

    /** One line of the comparison table; ratio says which way it divides. */
    public record Row(String comparison, String item, String scholion, String alternative, String ratio, String goal) {
    }

    /**
     * What to run: {@code home} is the Scholion folder (corpus/, bench/), {@code scale} small or
     * medium, {@code runs} the timed runs of each import and of each scanner query,
     * {@code queryRuns} the timed runs of each Scholion query (after 20 warm-up runs).
     */
    public record Settings(Path home, String scale, int runs, int queryRuns, int sources, int extraPdfs) {

        public static Settings of(Path home, String scale, int runs) {
            return new Settings(home, scale, runs, 100, 10_000, 200);
        }

        boolean medium() {
            return scale.equals("medium");
        }
    }

    private static final String ACTOR = "bench";
    private static final int WARMUP = 20;

    private final Settings settings;
    private final Path work;
    private final List<Row> rows = new ArrayList<>();

    private Comparisons(Settings settings, Path work) {
        this.settings = settings;
        this.work = work;
    }

    /** Runs every comparison in {@code work} (generated inputs and projects are left there) and returns the rows. */
    public static List<Row> run(Path work, Settings settings) throws Exception {
        Comparisons comparisons = new Comparisons(settings, Files.createDirectories(work));
        comparisons.all();
        return List.copyOf(comparisons.rows);
    }

    private void all() throws Exception {
        Path corpus = settings.home().resolve(SampleProject.CORPUS);
        Map<String, MetadataPatch> metadata = SourceMetadataJson.read(corpus.resolve("sources.json"));
        CorpusGenerator generator = new CorpusGenerator(corpus, metadata);
        Map<String, MetadataPatch> synthetic = settings.medium()
                ? generator.writeSynthetic(work.resolve("inputs/synthetic"), settings.sources(), 5_000) : Map.of();

        extraction(generator, synthetic);

        Path sample = importProject("sample", List.of(corpus),
                new ImportRequest(metadata, null, ExtractionOptions.defaults(), Set.of(corpus.resolve("sources.json"))));
        search("sample corpus (5 sources)", sample);
        if (settings.medium()) {
            Path project = importProject("synthetic", List.of(work.resolve("inputs/synthetic")),
                    new ImportRequest(synthetic, null, ExtractionOptions.defaults(), Set.of()));
            search(settings.sources() + " synthetic sources", project);
        }
        rows.add(new Row("search", "large scale (100,000 sources)", "not run", "not run", "-",
                "p95 < 50 ms; 100x the scan; 10x ripgrep"));
        viewer();
    }

    // ---- text extraction ------------------------------------------------------------------

    private void extraction(CorpusGenerator generator, Map<String, MetadataPatch> synthetic) throws Exception {
        List<Path> pdfs = new ArrayList<>(generator.writePdfs(work.resolve("inputs/pdf")));
        Map<String, MetadataPatch> metadata = new LinkedHashMap<>(generator.metadataFor("pdf"));
        String set = "5 corpus PDFs";
        if (settings.medium()) {
            Path dir = work.resolve("inputs/pdf");
            int n = 0;
            for (String name : synthetic.keySet()) {
                if (n++ == settings.extraPdfs()) {
                    break;
                }
                Path pdf = dir.resolve(CorpusGenerator.baseName(name) + ".pdf");
                CorpusGenerator.writePdf(Files.readString(work.resolve("inputs/synthetic").resolve(name)), pdf);
                pdfs.add(pdf);
            }
            set = "5 corpus PDFs + " + settings.extraPdfs() + " synthetic";
        }
        long bytes = 0;
        for (Path pdf : pdfs) {
            bytes += Files.size(pdf);
        }
        set += ", " + pdfs.size() + " files, " + fmt(bytes / 1e6, 2) + " MB";
        if (ExternalTools.find("pdftotext").isEmpty()) {
            rows.add(skipped("text extraction", set, "pdftotext"));
            return;
        }
        ImportRequest request = new ImportRequest(metadata, null, ExtractionOptions.defaults(), Set.of());
        List<Double> scholion = new ArrayList<>();
        List<Double> poppler = new ArrayList<>();
        for (int run = 0; run <= settings.runs(); run++) { // run 0 warms both up (JIT, page cache)
            Path folder = work.resolve("extract-" + run + ".scholion");
            double seconds;
            try (Project project = Project.create(folder, "extract")) {
                project.imports().prepare();
                long t0 = System.nanoTime();
                ImportReport report = project.imports().importPaths(pdfs, request, ACTOR, ImportListener.NONE,
                        CancellationSignal.NONE);
                seconds = (System.nanoTime() - t0) / 1e9;
                requireAll(report, pdfs.size());
            }
            ImportSearchBenchmark.deleteTree(folder);
            double p = ExternalTools.pdftotext(pdfs, work.resolve("pdftotext-" + run));
            log("extraction run %d: Scholion %.2f s, pdftotext %.2f s".formatted(run, seconds, p));
            if (run > 0) {
                scholion.add(seconds);
                poppler.add(p);
            }
        }
        double s = median(scholion);
        double p = median(poppler);
        rows.add(new Row("text extraction", set, "import (extract, normalise, store, index) " + spread(scholion) + " s",
                "pdftotext, one process per file " + spread(poppler) + " s",
                "Scholion / pdftotext = " + fmt(s / p, 2) + "x", "within 2x: " + (s / p <= 2 ? "met" : "missed")));
    }

    // ---- search ---------------------------------------------------------------------------

    private Path importProject(String name, List<Path> inputs, ImportRequest request) throws IOException {
        Path folder = work.resolve(name + ".scholion");
        long t0 = System.nanoTime();
        try (Project project = Project.create(folder, name)) {
            project.imports().importPaths(inputs, request, ACTOR, ImportListener.NONE, CancellationSignal.NONE);
        }
        log("%s project imported in %.1f s".formatted(name, (System.nanoTime() - t0) / 1e9));
        return folder;
    }

    private void search(String corpus, Path folder) throws Exception {
        Path texts = work.resolve(folder.getFileName() + "-texts");
        Files.createDirectories(texts);
        try (Project project = Project.open(folder)) {
            for (Source source : project.sources().list()) {
                Files.writeString(texts.resolve("source-" + source.id().value() + ".txt"),
                        project.sources().text(source.id()), StandardCharsets.UTF_8);
            }
        }
        Optional<Path> python = ExternalTools.find("python3");
        Optional<Path> rg = ExternalTools.find("rg");
        Path script = settings.home().resolve("bench/qualcoder_scan.py");
        for (ComparisonQuery query : ComparisonQuery.ALL) {
            Timing search;
            Timing kwic;
            long matches;
            try (Project project = Project.open(folder)) {
                matches = project.search().search(query.scholion(), 20, HitOrder.SCORE).totalMatches();
                search = time(() -> project.search().search(query.scholion(), 20, HitOrder.SCORE));
                kwic = time(() -> project.search().kwic(query.scholion(), 40, KwicSort.SOURCE));
            }
            String item = corpus + ", " + query.kind() + " `" + query.scholion() + "`";
            String ours = "search " + search + "; KWIC (every match) " + kwic + "; " + matches + " matches";
            log(item + ": " + ours);
            if (python.isEmpty()) {
                rows.add(skipped("search vs QualCoder scan", item, "python3"));
            } else {
                ExternalTools.Scan scan = ExternalTools.qualcoderScan(script, folder.resolve("project.db"), query.regex(),
                        scannerRuns(), 1);
                rows.add(compare("search vs QualCoder scan", item, ours, "re.finditer", scan, search, kwic,
                        "100x (large scale)"));
            }
            if (rg.isEmpty()) {
                rows.add(skipped("search vs ripgrep", item, "rg"));
            } else {
                ExternalTools.Scan scan = ExternalTools.ripgrep(texts, query.regex(), query.pcre(), scannerRuns(), 1);
                rows.add(compare("search vs ripgrep", item, ours, "rg" + (query.pcre() ? " -P" : ""), scan, search, kwic,
                        "10x (large scale)"));
            }
        }
    }

    private int scannerRuns() {
        return Math.max(settings.runs(), 10);
    }

    private Row compare(String comparison, String item, String ours, String tool, ExternalTools.Scan scan,
            Timing search, Timing kwic, String goal) {
        Timing theirs = Timing.of(scan.millis());
        log("  %s: %s, %d matches".formatted(tool, theirs, scan.matches()));
        return new Row(comparison, item, ours, tool + " " + theirs + "; " + scan.matches() + " matches",
                "p50 " + fmt(theirs.median() / search.median(), 1) + "x, p95 " + fmt(theirs.p95() / search.p95(), 1)
                        + "x the search; p95 " + fmt(theirs.p95() / kwic.p95(), 1) + "x the KWIC",
                goal + ", search p95 < 50 ms: " + (search.p95() < 50 ? "yes" : "no"));
    }

    private Timing time(Supplier<?> call) {
        for (int i = 0; i < WARMUP; i++) {
            call.get();
        }
        List<Double> millis = new ArrayList<>();
        long budget = System.nanoTime() + 30_000_000_000L;
        while (millis.size() < settings.queryRuns() && (millis.size() < 20 || System.nanoTime() < budget)) {
            long t0 = System.nanoTime();
            call.get();
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        return Timing.of(millis);
    }

    // ---- viewer ---------------------------------------------------------------------------

    private void viewer() {
        // The viewer's figure needs the JavaFX platform and its own JVM options; bench/viewer
        // measures it and docs/benchmarks.md records the run this row cites.
        rows.add(new Row("viewer", "the 705 KB thesis (678,992 code points) with 3,000 codings",
                "whole document open: median 154 ms, max 314 ms, 7 runs (bench/viewer 7 3000, recorded 2026-11-22; not rerun here)",
                "QualCoder: 50-60k-character pages, the thesis in 12-14 pages", "-", "under 1 s: met"));
    }

    // ---- helpers --------------------------------------------------------------------------

    /** Median, 95th percentile (nearest rank) and number of runs, in milliseconds. */
    record Timing(double median, double p95, int runs) {
        static Timing of(List<Double> millis) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Timing(BenchStats.percentile(sorted, 50), BenchStats.percentile(sorted, 95),
                    sorted.length);
        }

        @Override
        public String toString() {
            return "p50 " + fmt(median, 2) + " / p95 " + fmt(p95, 2) + " ms (n=" + runs + ")";
        }
    }

    private static Row skipped(String comparison, String item, String tool) {
        return new Row(comparison, item, "-", "skipped: " + tool + " not installed", "-", "-");
    }

    private static void requireAll(ImportReport report, int expected) {
        if (report.with(ImportOutcome.Status.IMPORTED).size() != expected) {
            throw new IllegalStateException("expected " + expected + " files imported, got: " + report.summary());
        }
    }

    private static double median(List<Double> values) {
        return BenchStats.median(values);
    }

    private static String spread(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return fmt(median(values), 2) + " (" + fmt(sorted[0], 2) + " - " + fmt(sorted[sorted.length - 1], 2) + ")";
    }

    static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    static void log(String message) {
        System.err.println("[compare] " + message);
    }

    /** The rows as a markdown table. */
    public static String markdown(List<Row> rows) {
        StringBuilder text = new StringBuilder("| comparison | data, query | Scholion | alternative | ratio | goal |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        for (Row r : rows) {
            text.append("| ").append(String.join(" | ", Stream.of(r.comparison(), r.item(), r.scholion(), r.alternative(),
                    r.ratio(), r.goal()).map(c -> c.replace("|", "\\|")).toList())).append(" |\n");
        }
        return text.toString();
    }

    public static void main(String[] args) throws Exception {
        ComparisonsCommand.main(args);
    }
}
