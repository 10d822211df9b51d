package org.scholion.cli;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scholion.index.HitOrder;
import org.scholion.index.PassageHit;
import org.scholion.index.SearchResults;
import org.scholion.json.CliJson;
import org.scholion.project.Project;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the sources (query language: docs/search.md): each matching paragraph with its "
                + "source, page, position and the matched words in [brackets].")
final class SearchCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "QUERY", description = "e.g. peacekeeping, \"NATO enlargement\"~5, type:news")
    String query;

    @Option(names = "--limit", paramLabel = "N", description = "At most N paragraphs (default: 20).")
    int limit = 20;

    @Option(names = "--order", paramLabel = "ORDER", description = "source (reading order, default) or score.")
    String order = "source";

    @Option(names = "--json", description = "Print JSON (documented in docs/cli.md).")
    boolean json;

    @Override
    int run(Project project) {
        SearchResults results = project.search().search(query, limit,
                Choices.parse(spec, "--order", order, HitOrder.class));
        Map<SourceId, Source> sources = project.sources().list().stream()
                .collect(Collectors.toMap(Source::id, Function.identity()));
        if (json) {
            printJson(out -> CliJson.search(query, results, sources, out));
            return ScholionCli.OK;
        }
        Map<SourceId, TextOffsets> texts = new java.util.HashMap<>();
        for (PassageHit hit : results.hits()) {
            TextOffsets text = texts.computeIfAbsent(hit.source(), id -> TextOffsets.of(project.sources().text(id)));
            out().printf("source %d%s [%d, %d) %s%n  %s%n", hit.source().value(),
                    hit.page() == null ? "" : " p. " + hit.page(), hit.passage().start(), hit.passage().end(),
                    sources.get(hit.source()).title(), marked(text, hit));
        }
        out().printf("%d matches in %d paragraphs%s%n", results.totalMatches(), results.totalPassages(),
                results.hits().size() < results.totalPassages() ? " (first " + results.hits().size() + " shown)" : "");
        return ScholionCli.OK;
    }

    private static String marked(TextOffsets text, PassageHit hit) {
        StringBuilder out = new StringBuilder();
        int at = hit.passage().start();
        for (Span match : hit.matches()) {
            out.append(text.slice(at, match.start())).append('[').append(text.slice(match)).append(']');
            at = match.end();
        }
        out.append(text.slice(at, hit.passage().end()));
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
