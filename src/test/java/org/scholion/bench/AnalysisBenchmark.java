package org.scholion.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.scholion.analysis.AgreementUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.scholion.analysis.Breakdown;
import org.scholion.analysis.CoOccurrenceScope;
import org.scholion.analysis.MatrixMeasure;
import org.scholion.analysis.ReportRequest;
import org.scholion.codebook.Code;
import org.scholion.corpus.CancellationSignal;
import org.scholion.corpus.ExtractionOptions;
import org.scholion.json.CodebookJson;
import org.scholion.json.SourceMetadataJson;
import org.scholion.project.ImportListener;
import org.scholion.project.ImportRequest;
import org.scholion.project.Project;
import org.scholion.project.SampleProject;
import org.scholion.source.MetadataPatch;
import org.scholion.source.Source;
import org.scholion.source.Span;

/**
 * The analysis benchmark: a project of synthetic news-length sources ({@link CorpusGenerator}, fixed
 * seed) with the study codebook, coded by two coders with {@code CODINGS} codings each (added through
 * the coding service, 500 to a write): coder A's spans at random (40 to 1,200 code points, every
 * code), coder B's the same passages mostly, moved by up to 60 code points, one in five with another
 * code, one in ten left out and replaced by one of B's own, as a second coder's would be. Then each
 * report is timed through {@code Project.analysis()} (reading the store included), once cold and
 * several times warm; prints median and max against the target (co-occurrence under 1 s). A
 * program, not a test.
 *
 * <pre>bench/analysis [RUNS [CODINGS [SOURCES]]]   (default: 7 runs, 20,000 codings per coder, 400 sources)</pre>
 *
 * <p>{@code BENCH_JAVA_OPTS=-Dbench.project=FOLDER} times the reports on a project built before
 * (its folder is printed) instead of building one.
 */
public final class AnalysisBenchmark {

    static final String CODER_A = "coder-a";
    static final String CODER_B = "coder-b";

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int codings = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int sources = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        Path home = Path.of(System.getProperty("scholion.home", "."));
        Path corpus = home.resolve(SampleProject.CORPUS);
        CorpusGenerator generator = new CorpusGenerator(corpus, SourceMetadataJson.read(corpus.resolve("sources.json")));

        String reuse = System.getProperty("bench.project");
        try (Project project = reuse != null ? Project.open(Path.of(reuse))
                : build(Files.createTempDirectory("analysis-bench"), generator, home, sources, codings)) {
            System.out.printf(Locale.ROOT, "project %s: %d sources, %,d codings%n%n", project.info().folder(),
                    project.sources().list().size(), project.summary().codings());

            System.out.printf(Locale.ROOT, "%d runs after a cold first run (seconds):%n", runs);
            System.out.printf(Locale.ROOT, "%-44s %8s %8s %8s  %s%n", "report", "cold", "median", "max", "target");
            ReportRequest all = ReportRequest.ALL;
            time("reading the store (AnalysisService.corpus)", runs, 0, () -> project.analysis().corpus(all));
            time("frequencies (overall)", runs, 0, () -> project.analysis().frequencies(all, Breakdown.OVERALL));
            time("frequencies by year, with sub-codes", runs, 0,
                    () -> project.analysis().frequencies(all.withSubCodes(true), Breakdown.YEAR));
            time("matrix code x source, coded characters", runs, 0,
                    () -> project.analysis().matrix(all, Breakdown.SOURCE, MatrixMeasure.CHARACTERS));
            time("codes over time", runs, 0, () -> project.analysis().overTime(all));
            time("co-occurrence, overlap", runs, 1.0, () -> project.analysis().coOccurrence(all, CoOccurrenceScope.OVERLAP));
            time("co-occurrence, paragraph", runs, 1.0, () -> project.analysis().coOccurrence(all, CoOccurrenceScope.PARAGRAPH));
            time("co-occurrence, overlap, one coder", runs, 1.0,
                    () -> project.analysis().coOccurrence(all.withCoders(Set.of(CODER_A)), CoOccurrenceScope.OVERLAP));
            timeAgreement(project, runs);
            var co = project.analysis().coOccurrence(all, CoOccurrenceScope.PARAGRAPH);
            System.out.printf(Locale.ROOT, "%n(paragraph co-occurrence found %,d coding pairs; overlap %,d)%n",
                    co.table().total(), project.analysis().coOccurrence(all, CoOccurrenceScope.OVERLAP).table().total());
        }
    }

    /** The synthetic project, made anew (a second run may reuse it: -Dbench.project=FOLDER, printed first). */
    static Project build(Path work, CorpusGenerator generator, Path home, int sources, int codings)
            throws java.io.IOException {
        long t = System.nanoTime();
        Map<String, MetadataPatch> metadata = generator.writeSynthetic(work.resolve("inputs"), sources, 12_000);
        Project project = Project.create(work.resolve("analysis.scholion"), "analysis bench");
        project.codebook().importSpec(CodebookJson.read(home.resolve(SampleProject.CODEBOOK)), "bench");
        project.imports().importPaths(List.of(work.resolve("inputs")),
                new ImportRequest(metadata, null, ExtractionOptions.defaults(), Set.of()), "bench",
                new ImportListener() { }, CancellationSignal.NONE);
        System.out.printf(Locale.ROOT, "%d synthetic sources imported in %.1f s%n", project.sources().list().size(), seconds(t));
        t = System.nanoTime();
        addCodings(project, codings);
        System.out.printf(Locale.ROOT, "2 coders x %,d codings added through CodingService in %.1f s%n", codings, seconds(t));
        return project;
    }

    /**
     * LEAD: the agreement timing goes here (two coders, 20,000 codings each: percent agreement,
     * kappas and alpha by sentence and paragraph, unitized alpha), in the same form, e.g.
     * {@code time("agreement, unitized alpha", runs, 1.0, () -> project.analysis()...)}.
     */
    static void timeAgreement(Project project, int runs) {
        List<String> coders = List.of(CODER_A, CODER_B);
        for (AgreementUnit unit : AgreementUnit.values()) {
            time("agreement, " + unit.word() + " units", runs, 1.0,
                    () -> project.agreement().compare(coders, unit, Set.of()));
        }
        var report = project.agreement().compare(coders, AgreementUnit.SENTENCE, Set.of());
        time("agreement, sentence, places described", runs, 0,
                () -> project.agreement().describe(report.disagreements()));
        System.out.printf(Locale.ROOT, "(sentence agreement: %,d places of disagreement; all codes kappa %s)%n",
                report.disagreements().size(), report.overall().statistics().get(1).value());
    }

    /** Runs a report once cold and {@code runs} times warm; prints cold, median, max and the verdict. */
    static void time(String name, int runs, double target, Supplier<?> report) {
        long t = System.nanoTime();
        report.get();
        double cold = seconds(t);
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            t = System.nanoTime();
            report.get();
            times.add(seconds(t));
        }
        double median = median(times);
        String verdict = target <= 0 ? "" : String.format(Locale.ROOT, "< %.0f s: %s", target, median < target ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "%-44s %8.3f %8.3f %8.3f  %s%n", name, cold, median, Collections.max(times), verdict);
    }

    private static void addCodings(Project project, int count) {
        List<Code> codes = project.codebook().snapshot().depthFirst();
        List<Source> sources = project.sources().list();
        Random random = new Random(7);
        for (int batch = 0; batch < count; batch += 500) {
            int first = batch;
            project.store().write("bench", () -> {
                for (int i = first; i < Math.min(count, first + 500); i++) {
                    // Source by source: a write re-indexes every source it touches, once.
                    Source source = sources.get((int) ((long) i * sources.size() / count));
                    int length = Math.min(source.textLength() - 1, 40 + random.nextInt(1160));
                    int start = random.nextInt(source.textLength() - length);
                    Code code = codes.get(random.nextInt(codes.size()));
                    project.codings().code(source.id(), new Span(start, start + length), code.id(), CODER_A, null);
                    Span b;
                    if (random.nextInt(10) == 0) {
                        int other = Math.min(source.textLength() - 1, 40 + random.nextInt(1160));
                        int at = random.nextInt(source.textLength() - other);
                        b = new Span(at, at + other);
                    } else {
                        int from = Math.min(source.textLength() - 1, Math.max(0, start + random.nextInt(121) - 60));
                        int to = Math.min(source.textLength(), Math.max(from + 1, start + length + random.nextInt(121) - 60));
                        b = new Span(from, to);
                    }
                    Code codeB = random.nextInt(5) == 0 ? codes.get(random.nextInt(codes.size())) : code;
                    project.codings().code(source.id(), b, codeB.id(), CODER_B, null);
                }
            });
        }
    }

    private static double seconds(long since) {
        return BenchStats.seconds(since);
    }

    private static double median(List<Double> values) {
        return BenchStats.median(values);
    }
}
