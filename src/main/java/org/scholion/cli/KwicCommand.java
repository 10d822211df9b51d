package org.scholion.cli;

import java.util.List;
import org.scholion.index.KwicLine;
import org.scholion.index.KwicSort;
import org.scholion.json.CliJson;
import org.scholion.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "kwic", mixinStandardHelpOptions = true,
        description = "Keyword in context: every match of a query as left context | keyword | right context.")
final class KwicCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "QUERY", description = "The query (docs/search.md).")
    String query;

    @Option(names = "--width", paramLabel = "N", description = "Characters of context on each side (default: 40).")
    int width = 40;

    @Option(names = "--sort", paramLabel = "ORDER", description = "source (default), position, left or right.")
    String sort = "source";

    @Option(names = "--json", description = "Print JSON (documented in docs/cli.md).")
    boolean json;

    @Override
    int run(Project project) {
        List<KwicLine> lines = project.search().kwic(query, width, Choices.parse(spec, "--sort", sort, KwicSort.class));
        if (json) {
            printJson(out -> CliJson.kwic(query, lines, out));
            return ScholionCli.OK;
        }
        for (KwicLine line : lines) {
            out().printf("%4d %-7s %" + width + "s | %s | %s%n", line.source().value(),
                    line.page() == null ? "" : "p. " + line.page(), line.left(), line.keyword(), line.right());
        }
        out().printf("%d matches%n", lines.size());
        return ScholionCli.OK;
    }
}
