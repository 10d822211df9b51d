package org.scholion.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.CodePath;
import org.scholion.codebook.Codebook;
import org.scholion.coding.CodingFilter;
import org.scholion.json.CliJson;
import org.scholion.project.CodingRow;
import org.scholion.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "codings", mixinStandardHelpOptions = true,
        description = "List codings with their source, position, code, coder, date, memo and quoted text.")
final class CodingsCommand extends ProjectCommand {

    @Option(names = "--code", paramLabel = "PATH", description = "Only this code (and its sub-codes); may be repeated.")
    List<String> codes = List.of();

    @Option(names = "--exact", description = "With --code: leave out the sub-codes.")
    boolean exact;

    @Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's codings.")
    String coder;

    @Option(names = "--json", description = "Print JSON (documented in docs/cli.md).")
    boolean json;

    @Override
    int run(Project project) {
        Codebook codebook = project.codebook().snapshot();
        Set<CodeId> selected = new HashSet<>();
        for (String path : codes) {
            CodeId id = codebook.resolve(CodePath.parse(path)).id();
            selected.addAll(exact ? Set.of(id) : codebook.subtree(id));
        }
        List<CodingRow> rows = project.codings().rows(new CodingFilter(selected, Set.of(), coder));
        if (json) {
            printJson(out -> CliJson.codings(rows, out));
            return ScholionCli.OK;
        }
        for (CodingRow row : rows) {
            var c = row.coding();
            out().printf("%d\tsource %d%s\t[%d, %d)\t%s\t%s\t%s%s%n\t\u201c%s\u201d%n", c.id().value(), c.source().value(),
                    row.pages() == null ? "" : " p. " + row.pages(), c.start(), c.end(), row.codePath(), c.coder().name(),
                    c.created(), c.memo().isEmpty() ? "" : "\tmemo: " + c.memo(), c.anchor().quote().replaceAll("\\s+", " "));
        }
        out().printf("%d coding%s%n", rows.size(), rows.size() == 1 ? "" : "s");
        return ScholionCli.OK;
    }
}
