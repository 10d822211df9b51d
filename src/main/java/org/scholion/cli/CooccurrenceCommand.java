package org.scholion.cli;

import java.util.ArrayList;
import java.util.List;
import org.scholion.analysis.CoOccurrence;
import org.scholion.analysis.CoOccurrenceScope;
import org.scholion.analysis.CountTable;
import org.scholion.json.ReportJson;
import org.scholion.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cooccurrence", mixinStandardHelpOptions = true,
        description = "Which codes co-occur, on overlapping segments or within a paragraph: the code x code matrix of "
                + "coding pairs and the pairs found most often (docs/analysis.md).")
final class CooccurrenceCommand extends ProjectCommand {

    @Option(names = "--scope", paramLabel = "SCOPE", description = "overlap (the default) or paragraph.")
    String scope = "overlap";

    @Option(names = "--json", description = "Print JSON, with the coding ids behind each cell (documented in docs/cli.md).")
    boolean json;

    @Mixin
    ReportOptions report;

    @Override
    int run(Project project) {
        CoOccurrenceScope chosen = Choices.parse(spec, "--scope", scope, CoOccurrenceScope.class);
        CoOccurrence co = project.analysis().coOccurrence(report.request(spec), chosen);
        if (json) {
            printJson(out -> ReportJson.coOccurrence(co, out));
            return ScholionCli.OK;
        }
        CountTable table = co.table();
        List<String> numbers = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            numbers.add(Integer.toString(c + 1));
        }
        List<String> header = new ArrayList<>(List.of("Code"));
        header.addAll(numbers);
        lines.add(header);
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> line = new ArrayList<>(List.of(numbers.get(r) + " " + table.rows().get(r)));
            for (int c = 0; c < table.columns().size(); c++) {
                line.add(table.cell(r, c) == 0 ? "." : Long.toString(table.cell(r, c)));
            }
            lines.add(line);
        }
        out().println(TableText.titleLine(table));
        TableText.printAligned(lines, out());
        out().println();
        printPairs(table);
        return ScholionCli.OK;
    }

    /** The code pairs with a count, most frequent first: what the matrix says, readable at a glance. */
    private void printPairs(CountTable table) {
        record Cell(int row, int column, long count) {
        }
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = r; c < table.columns().size(); c++) {
                if (table.cell(r, c) > 0) {
                    cells.add(new Cell(r, c, table.cell(r, c)));
                }
            }
        }
        cells.sort((a, b) -> Long.compare(b.count(), a.count()));
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("Pairs", "Code", "Code"));
        for (Cell cell : cells) {
            lines.add(List.of(Long.toString(cell.count()), table.rows().get(cell.row()), table.rows().get(cell.column())));
        }
        if (cells.isEmpty()) {
            out().println("no codes co-occur");
            return;
        }
        // The count first, right-aligned; the codes after it, left-aligned.
        int width = lines.stream().mapToInt(l -> l.getFirst().length()).max().orElse(0);
        int codeWidth = lines.stream().mapToInt(l -> l.get(1).length()).max().orElse(0);
        for (List<String> line : lines) {
            out().println((" ".repeat(width - line.get(0).length()) + line.get(0) + "  "
                    + line.get(1) + " ".repeat(codeWidth - line.get(1).length()) + "  " + line.get(2)).stripTrailing());
        }
    }
}
