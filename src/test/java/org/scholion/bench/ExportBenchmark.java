package org.scholion.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.scholion.codebook.Code;
import org.scholion.export.BibtexWriter;
import org.scholion.export.CitationStyle;
import org.scholion.export.CsvWriter;
import org.scholion.export.DocxWriter;
import org.scholion.export.ExcerptSelection;
import org.scholion.export.ExcerptWriter;
import org.scholion.export.ExportContent;
import org.scholion.export.ExportOptions;
import org.scholion.export.HtmlWriter;
import org.scholion.export.MarkdownWriter;
import org.scholion.export.XlsxWriter;
import org.scholion.json.ExcerptJson;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.source.Source;
import org.scholion.source.Span;

/**
 * The export benchmark: the sample project with 10,000 codings (added through the coding service,
 * 500 to a write, spread over the five sources, 40 to 1,200 code points each, every code, two
 * coders, a memo on every fifth), gathered once by the export service (timed), then written in
 * every format to a file, several runs each after a warm-up; prints median and max per format and
 * the file's size against the targets (DOCX under 5 s, CSV under 1 s). A program, not a test.
 *
 * <pre>bench/export [RUNS [CODINGS]]   (default: 5 runs, 10,000 codings)</pre>
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int codings = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path dir = Files.createTempDirectory("export-bench");
        long t = System.nanoTime();
        Project project = SampleCorpus.imported(dir);
        System.out.printf(Locale.ROOT, "sample project imported in %.1f s%n", seconds(t));
        t = System.nanoTime();
        addCodings(project, codings);
        System.out.printf(Locale.ROOT, "%,d codings added through CodingService in %.1f s%n", codings, seconds(t));

        List<Double> gathers = new ArrayList<>();
        ExportContent content = null;
        for (int run = 0; run <= runs; run++) {
            t = System.nanoTime();
            content = project.exports().content(ExcerptSelection.ALL);
            if (run > 0) {
                gathers.add(seconds(t));
            }
        }
        System.out.printf(Locale.ROOT, "gather %,d excerpts (ExportService.content): %s%n", content.excerpts().size(),
                figures(gathers));

        Map<String, Target> formats = new LinkedHashMap<>();
        formats.put("docx", new Target(new DocxWriter(), ExportOptions.DEFAULT, 5.0));
        formats.put("docx (footnotes)", new Target(new DocxWriter(),
                ExportOptions.DEFAULT.withCitationStyle(CitationStyle.FOOTNOTE), 5.0));
        formats.put("xlsx", new Target(new XlsxWriter(), ExportOptions.DEFAULT, 0));
        formats.put("csv", new Target(new CsvWriter(), ExportOptions.DEFAULT, 1.0));
        formats.put("md", new Target(new MarkdownWriter(), ExportOptions.DEFAULT, 0));
        formats.put("html", new Target(new HtmlWriter(), ExportOptions.DEFAULT, 0));
        formats.put("json", new Target(new ExcerptJson(), ExportOptions.DEFAULT, 0));
        formats.put("bib", new Target(new BibtexWriter(), ExportOptions.DEFAULT, 0));
        System.out.printf(Locale.ROOT, "%nwrite %,d excerpts to a file, %d runs after a warm-up (seconds):%n",
                content.excerpts().size(), runs);
        System.out.printf(Locale.ROOT, "%-18s %8s %8s %10s  %s%n", "format", "median", "max", "size", "target");
        for (Map.Entry<String, Target> format : formats.entrySet()) {
            Target target = format.getValue();
            Path file = dir.resolve("export-" + format.getKey().replaceAll("\\W+", "_"));
            List<Double> times = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                t = System.nanoTime();
                write(target, content, file);
                if (run > 0) {
                    times.add(seconds(t));
                }
            }
            double median = median(times);
            String verdict = target.limit() <= 0 ? "" : String.format(Locale.ROOT, "< %.0f s: %s", target.limit(),
                    median < target.limit() ? "met" : "MISSED");
            System.out.printf(Locale.ROOT, "%-18s %8.3f %8.3f %8.1f MB  %s%n", format.getKey(), median,
                    Collections.max(times), Files.size(file) / 1e6, verdict);
        }
        project.close();
    }

    private record Target(ExcerptWriter writer, ExportOptions options, double limit) {
    }

    private static void write(Target target, ExportContent content, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            target.writer().write(content, target.options(), out);
        }
    }

    static void addCodings(Project project, int count) {
        List<Code> codes = project.codebook().snapshot().depthFirst();
        List<Source> sources = project.sources().list();
        Random random = new Random(42);
        // 500 codings to a write: one write per coding re-indexes the source's passages each time.
        for (int batch = 0; batch < count; batch += 500) {
            int first = batch;
            project.store().write("bench", () -> {
                for (int i = first; i < Math.min(count, first + 500); i++) {
                    Source source = sources.get(i % sources.size());
                    int length = Math.min(source.textLength() - 1, 40 + random.nextInt(1200));
                    int start = random.nextInt(source.textLength() - length);
                    project.codings().code(source.id(), new Span(start, start + length),
                            codes.get(random.nextInt(codes.size())).id(), i % 3 == 0 ? "nino" : "anna",
                            i % 5 == 0 ? "memo " + i + ": “quoted” — note" : null);
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

    private static String figures(List<Double> values) {
        return String.format(Locale.ROOT, "median %.3f s, max %.3f s", median(values), Collections.max(values));
    }
}
