package org.scholion.cli;

import org.scholion.coding.Memo;
import org.scholion.project.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "memo-edit", mixinStandardHelpOptions = true,
        description = "Change a memo's text, its title, or both; its author and creation time stay. "
                + "'scholion undo' takes the change back.")
final class MemoEditCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "ID", description = "The memo's id (see 'scholion memos').")
    long id;

    @Parameters(index = "2", arity = "0..1", paramLabel = "TEXT", description = "The new text (left out: the text stays).")
    String text;

    @Option(names = "--title", paramLabel = "T", description = "The new title (\"\" removes it).")
    String title;

    @Option(names = "--coder", paramLabel = "NAME", description = "Who edits it (default: your user name).")
    String coder = Project.defaultCoder();

    @Override
    int run(Project project) {
        if (text == null && title == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give a new TEXT, a new --title, or both");
        }
        Memo before = project.memos().get(id);
        Memo after = project.memos().edit(id, title, text, coder);
        out().println(after.equals(before) ? "memo " + id + " unchanged" : "edited memo " + id);
        return ScholionCli.OK;
    }
}
