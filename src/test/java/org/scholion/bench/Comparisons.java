package org.scholion.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.scholion.project.ImportListener;
import org.scholion.project.ImportOutcome;
import org.scholion.project.ImportReport;
import org.scholion.project.ImportRequest;
import org.scholion.project.Project;
import org.scholion.source.MetadataPatch;
import org.scholion.source.Source;

/**
 * The comparisons of issue 8, on the suite's data in the suite's run, as ratios: Scholion's PDF
 * import against pdftotext alone; Scholion's query latency against QualCoder's regular-expression
 * scan of every text in SQLite (bench/qualcoder_scan.py) and against ripgrep over the texts as
 * files; the viewer against QualCoder's paging. Part of {@link BenchmarkSuite}; asserts nothing.
 */
final class Comparisons {

    /** One line of the comparison table; ratio says which way it divides. */
    record Row(String comparison, String item, String scholion, String alternative, String ratio, String goal,
               String verdict) {
    }

    /**
     * What to run: {@code home} is the Scholion folder (bench/), {@code runs} the timed runs of
     * each import, {@code scanRuns} of each scanner query, {@code queryRuns} of each Scholion
     * query (after 20 warm-up runs); {@code goalNote} is added to verdicts of goals set for
     * another scale than this run's.
     */
    record Settings(Path home, int runs, int scanRuns, int queryRuns, String goalNote) {
    }

    /** Median, 95th percentile (nearest rank) and every run, in milliseconds. */
    record Timing(double median, double p95, List<Double> millis) {
        static Timing of(List<Double> millis) {
            return new Timing(BenchStats.median(millis), BenchStats.percentile(millis, 95), List.copyOf(millis));
        }

        @Override
        public String toString() {
            return "p50 " + fmt(median, 2) + " / p95 " + fmt(p95, 2) + " ms (n=" + millis.size() + ")";
        }
    }

    /** Scholion's figures for one query: the ranked search, the KWIC of every match, and the matches. */
    record QueryFigures(ComparisonQuery query, Timing search, Timing kwic, long matches) {
    }

    private static final String ACTOR = "bench";
    private static final int WARMUP = 20;
    private static final int MIN_RUNS = 10;
    private static final Goal WITHIN_TWICE = Goal.atMost(2, "within 2x of pdftotext");
    private static final Goal HUNDRED_TIMES = Goal.atLeast(100, ">= 100x the scan (p95, large scale)");
    private static final Goal TEN_TIMES = Goal.atLeast(10, ">= 10x ripgrep (p95, large scale)");
    private static final Goal VIEWER = Goal.atMost(1000, "whole thesis open < 1 s");

    private final Settings settings;
    private final Path work;
    private final List<Row> rows = new ArrayList<>();

    Comparisons(Settings settings, Path work) {
        this.settings = settings;
        this.work = work;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    // ---- text extraction ------------------------------------------------------------------

    /** Scholion's import of the PDFs into a fresh project against pdftotext on each, one warm-up run of both, then {@code runs}. */
    void extraction(List<Path> pdfs, Map<String, MetadataPatch> metadata, String set) throws Exception {
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
        double ratio = BenchStats.median(scholion) / BenchStats.median(poppler);
        rows.add(new Row("text extraction", set, "import (extract, normalise, store, index) " + spread(scholion) + " s",
                "pdftotext, one process per file " + spread(poppler) + " s",
                "Scholion / pdftotext = " + fmt(ratio, 2) + "x", WITHIN_TWICE.text(), WITHIN_TWICE.verdict(ratio)));
    }

    // ---- search ---------------------------------------------------------------------------

    /**
     * Each query of {@link ComparisonQuery#ALL} on the project: Scholion's search and KWIC timed,
     * then the scan and ripgrep on the same texts. Returns Scholion's figures, which the suite's
     * own table shows too (one measurement, two tables).
     */
    List<QueryFigures> search(String corpus, Path folder) throws Exception {
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
        List<QueryFigures> figures = new ArrayList<>();
        for (ComparisonQuery query : ComparisonQuery.ALL) {
            QueryFigures ours;
            try (Project project = Project.open(folder)) {
                long matches = project.search().search(query.scholion(), 20, HitOrder.SCORE).totalMatches();
                Timing search = time(() -> project.search().search(query.scholion(), 20, HitOrder.SCORE));
                Timing kwic = time(() -> project.search().kwic(query.scholion(), 40, KwicSort.SOURCE));
                ours = new QueryFigures(query, search, kwic, matches);
            }
            figures.add(ours);
            String item = corpus + ", " + query.kind() + " `" + query.scholion() + "`";
            String described = "search " + ours.search() + "; KWIC (every match) " + ours.kwic() + "; "
                    + ours.matches() + " matches";
            log(item + ": " + described);
            if (python.isEmpty()) {
                rows.add(skipped("search vs QualCoder scan", item, "python3"));
            } else {
                ExternalTools.Scan scan = ExternalTools.qualcoderScan(script, folder.resolve("project.db"), query.regex(),
                        settings.scanRuns(), 1);
                rows.add(compare("search vs QualCoder scan", item, described, "re.finditer", scan, ours, HUNDRED_TIMES));
            }
            if (rg.isEmpty()) {
                rows.add(skipped("search vs ripgrep", item, "rg"));
            } else {
                ExternalTools.Scan scan = ExternalTools.ripgrep(texts, query.regex(), query.pcre(), settings.scanRuns(), 1);
                rows.add(compare("search vs ripgrep", item, described, "rg" + (query.pcre() ? " -P" : ""), scan, ours,
                        TEN_TIMES));
            }
        }
        return figures;
    }

    private Row compare(String comparison, String item, String ours, String tool, ExternalTools.Scan scan,
                        QueryFigures figures, Goal goal) {
        Timing theirs = Timing.of(scan.millis());
        log("  %s: %s, %d matches".formatted(tool, theirs, scan.matches()));
        double ratio = theirs.p95() / figures.search().p95();
        String verdict = goal.verdict(ratio);
        return new Row(comparison, item, ours, tool + " " + theirs + "; " + scan.matches() + " matches",
                "p50 " + fmt(theirs.median() / figures.search().median(), 1) + "x, p95 " + fmt(ratio, 1)
                        + "x the search; p95 " + fmt(theirs.p95() / figures.kwic().p95(), 1) + "x the KWIC",
                goal.text(), verdict + (settings.goalNote().isEmpty() ? "" : " " + settings.goalNote()));
    }

    /**
     * Warm-up runs, then timed runs: {@code queryRuns} of them, but once past the minimum only
     * while a time budget lasts, so that a KWIC of half a million matches (seconds each) does not
     * take many minutes per query at the large scale.
     */
    private Timing time(Supplier<?> call) {
        long warmUpBudget = System.nanoTime() + 10_000_000_000L;
        for (int i = 0; i < WARMUP && (i < 2 || System.nanoTime() < warmUpBudget); i++) {
            call.get();
        }
        List<Double> millis = new ArrayList<>();
        long budget = System.nanoTime() + 30_000_000_000L;
        while (millis.size() < settings.queryRuns() && (millis.size() < MIN_RUNS || System.nanoTime() < budget)) {
            long t0 = System.nanoTime();
            call.get();
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        return Timing.of(millis);
    }

    // ---- viewer ---------------------------------------------------------------------------

    /** The viewer's open times, measured by the suite in its own JVM; QualCoder pages instead. */
    void viewer(String thesis, List<Double> openMillis) {
        if (openMillis.isEmpty()) {
            rows.add(new Row("viewer", thesis, "not measured (see the suite's table)", "-", "-", VIEWER.text(), ""));
            return;
        }
        Timing open = Timing.of(openMillis);
        rows.add(new Row("viewer", thesis, "whole document open: median " + fmt(open.median(), 0) + " ms, max "
                        + fmt(BenchStats.max(openMillis), 0) + " ms, " + openMillis.size() + " runs",
                "QualCoder: 50-60k-character pages, the thesis in 12-14 pages", "-", VIEWER.text(),
                VIEWER.verdict(open.median())));
    }

    // ---- helpers --------------------------------------------------------------------------

    private static Row skipped(String comparison, String item, String tool) {
        return new Row(comparison, item, "-", "skipped: " + tool + " not on PATH", "-", "-", "not measured");
    }

    private static void requireAll(ImportReport report, int expected) {
        if (report.with(ImportOutcome.Status.IMPORTED).size() != expected) {
            throw new IllegalStateException("expected " + expected + " files imported, got: " + report.summary());
        }
    }

    private static String spread(List<Double> values) {
        return fmt(BenchStats.median(values), 2) + " (" + fmt(BenchStats.min(values), 2) + " - "
                + fmt(BenchStats.max(values), 2) + ")";
    }

    static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** An exception as one line, for a row that says why a figure is missing. */
    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    static void log(String message) {
        System.err.println("[compare] " + message);
    }

    /** The rows as a markdown table. */
    static String markdown(List<Row> rows) {
        StringBuilder text = new StringBuilder(
                "| comparison | data, query | Scholion | alternative | ratio | goal | verdict |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Row r : rows) {
            text.append("| ").append(String.join(" | ", Stream.of(r.comparison(), r.item(), r.scholion(), r.alternative(),
                    r.ratio(), r.goal(), r.verdict()).map(c -> c.replace("|", "\\|")).toList())).append(" |\n");
        }
        return text.toString();
    }
}
