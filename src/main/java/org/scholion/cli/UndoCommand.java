package org.scholion.cli;

import org.scholion.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "undo", mixinStandardHelpOptions = true,
        description = "Undo the latest coding, codebook or memo action not yet undone (the undo is itself logged; "
                + "'scholion redo' re-applies it).")
final class UndoCommand extends ProjectCommand {

    @Option(names = "--coder", paramLabel = "NAME", description = "Who undoes it (default: your user name).")
    String coder = Project.defaultCoder();

    @Override
    int run(Project project) {
        out().println(project.history().undo(coder).description());
        return ScholionCli.OK;
    }
}
