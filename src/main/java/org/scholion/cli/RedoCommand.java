package org.scholion.cli;

import org.scholion.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "redo", mixinStandardHelpOptions = true,
        description = "Redo the action undone last, unless another action was made since (the redo is itself logged).")
final class RedoCommand extends ProjectCommand {

    @Option(names = "--coder", paramLabel = "NAME", description = "Who redoes it (default: your user name).")
    String coder = Project.defaultCoder();

    @Override
    int run(Project project) {
        out().println(project.history().redo(coder).description());
        return ScholionCli.OK;
    }
}
