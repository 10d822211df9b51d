package org.scholion.cli;

import org.scholion.coding.Memo;
import org.scholion.coding.MemoTarget;
import org.scholion.project.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "memo", mixinStandardHelpOptions = true,
        description = "Write a memo on the project (the default), a source or a code; prints the memo's id. "
                + "'scholion undo' takes it back.")
final class MemoCommand extends ProjectCommand {

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    MemoTargetOptions target;

    @Option(names = "--title", paramLabel = "T", description = "The memo's title (none: the target's own memo, "
            + "which the workbench shows).")
    String title = "";

    @Parameters(index = "1", paramLabel = "TEXT", description = "The memo's text.")
    String text;

    @Option(names = "--coder", paramLabel = "NAME", description = "Who writes it (default: your user name).")
    String coder = Project.defaultCoder();

    @Override
    int run(Project project) {
        MemoTarget on = MemoTargetOptions.of(target, project).orElse(MemoTarget.project());
        Memo memo = project.memos().add(on, title, text, coder);
        out().println(memo.id());
        return ScholionCli.OK;
    }
}
