package org.scholion.cli;

import java.util.List;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoTarget;
import org.scholion.json.CliJson;
import org.scholion.project.MemoRow;
import org.scholion.project.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "memos", mixinStandardHelpOptions = true,
        description = "List memos (all, or those on the project, a source or a code): id, target, title, author, "
                + "last change and text.")
final class MemosCommand extends ProjectCommand {

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    MemoTargetOptions target;

    @Option(names = "--json", description = "Print JSON (documented in docs/cli.md).")
    boolean json;

    @Override
    int run(Project project) {
        List<MemoRow> rows = MemoTargetOptions.of(target, project).map(project.memos()::rows)
                .orElseGet(project.memos()::rows);
        if (json) {
            printJson(out -> CliJson.memos(rows, out));
            return ScholionCli.OK;
        }
        for (MemoRow row : rows) {
            Memo memo = row.memo();
            out().printf("%d\t%s\t%s\t%s\t%s%n", memo.id(), target(memo.target(), row.targetName()),
                    memo.title().isEmpty() ? "-" : memo.title(), memo.author() == null ? "-" : memo.author().name(),
                    memo.modified());
            memo.text().lines().forEach(line -> out().println("\t" + line));
        }
        out().printf("%d memo%s%n", rows.size(), rows.size() == 1 ? "" : "s");
        return ScholionCli.OK;
    }

    /** "project", "source 1 'Title'", "code 'A/B'". */
    static String target(MemoTarget target, String name) {
        return switch (target) {
            case MemoTarget.OnProject p -> "project";
            case MemoTarget.OnSource s -> "source " + s.source() + " '" + name + "'";
            case MemoTarget.OnCode c -> "code '" + name + "'";
        };
    }
}
