package org.scholion.cli;

import java.util.ArrayList;
import java.util.List;
import org.scholion.analysis.Breakdown;
import org.scholion.analysis.CountTable;
import org.scholion.analysis.Frequencies;
import org.scholion.analysis.MatrixMeasure;
import org.scholion.analysis.ReportRequest;
import org.scholion.json.ReportJson;
import org.scholion.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Code frequencies: segments and sources per code, overall or by source, source type, year or coder "
                + "(docs/analysis.md).")
final class StatsCommand extends ProjectCommand {

    enum Measure { SEGMENTS, SOURCES, CHARACTERS }

    @Option(names = "--by", paramLabel = "WHAT", description = "overall (the default), source, type, year or coder.")
    String by = "overall";

    @Option(names = "--measure", paramLabel = "M",
            description = "segments, sources or characters (coded code points); default: segments and sources.")
    String measure;

    @Option(names = "--json", description = "Print JSON (documented in docs/cli.md).")
    boolean json;

    @Mixin
    ReportOptions report;

    @Override
    int run(Project project) {
        Breakdown breakdown = Choices.parse(spec, "--by", by, Breakdown.class);
        Measure only = measure == null ? null : Choices.parse(spec, "--measure", measure, Measure.class);
        ReportRequest request = report.request(spec);
        List<CountTable> tables = new ArrayList<>();
        if (only == Measure.CHARACTERS) {
            tables.add(project.analysis().matrix(request, breakdown, MatrixMeasure.CHARACTERS));
        } else {
            Frequencies f = project.analysis().frequencies(request, breakdown);
            if (only != Measure.SOURCES) {
                tables.add(f.segments());
            }
            if (only != Measure.SEGMENTS) {
                tables.add(f.sources());
            }
        }
        if (json) {
            printJson(out -> ReportJson.tables(tables, out));
        } else if (breakdown == Breakdown.OVERALL && tables.size() == 2) {
            printSideBySide(tables.get(0), tables.get(1));
        } else {
            for (int i = 0; i < tables.size(); i++) {
                if (i > 0) {
                    out().println();
                }
                printTable(tables.get(i), breakdown);
            }
        }
        return ScholionCli.OK;
    }

    /** Source titles are long: numbered columns and a legend below. */
    private void printTable(CountTable table, Breakdown breakdown) {
        if (breakdown != Breakdown.SOURCE) {
            TableText.print(table, out());
            return;
        }
        List<String> numbers = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            numbers.add("[" + (c + 1) + "]");
        }
        TableText.print(table, numbers, out());
        for (int c = 0; c < table.columns().size(); c++) {
            out().println(numbers.get(c) + " " + table.columns().get(c));
        }
    }

    /** The overall table: one line per code with its segments and its sources. */
    private void printSideBySide(CountTable segments, CountTable sources) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("Code", "Segments", "Sources"));
        for (int r = 0; r < segments.rows().size(); r++) {
            lines.add(List.of(segments.rows().get(r), Long.toString(segments.cell(r, 0)), Long.toString(sources.cell(r, 0))));
        }
        out().println(segments.title().replace("Coded segments", "Segments and sources"));
        TableText.printAligned(lines, out());
    }
}
