package org.scholion.cli;

import java.util.List;
import java.util.Map;
import org.scholion.json.CliJson;
import org.scholion.project.Project;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "List the project's sources: id, title, type, year, language, length, pages, codings.")
final class SourcesCommand extends ProjectCommand {

    @Option(names = "--json", description = "Print JSON (documented in docs/cli.md).")
    boolean json;

    @Override
    int run(Project project) {
        List<Source> sources = project.sources().list();
        Map<SourceId, Integer> codings = project.sources().codingCounts();
        if (json) {
            printJson(out -> CliJson.sources(sources, codings, out));
            return ScholionCli.OK;
        }
        out().printf("%4s  %-8s %-5s %-4s %9s %5s %7s  %s%n", "id", "type", "year", "lang", "length", "pages", "codings", "title");
        for (Source s : sources) {
            out().printf("%4d  %-8s %-5s %-4s %9d %5d %7d  %s%n", s.id().value(), s.metadata().type().word(),
                    s.metadata().date() == null ? "" : Integer.toString(s.metadata().date().year()),
                    s.metadata().language() == null ? "" : s.metadata().language(), s.textLength(), s.pageCount(),
                    codings.getOrDefault(s.id(), 0), s.title());
        }
        return ScholionCli.OK;
    }
}
