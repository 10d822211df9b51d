package org.scholion.cli;

import org.scholion.coding.Memo;
import org.scholion.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "memo-delete", mixinStandardHelpOptions = true,
        description = "Delete a memo; 'scholion undo' brings it back as it was.")
final class MemoDeleteCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "ID", description = "The memo's id (see 'scholion memos').")
    long id;

    @Option(names = "--coder", paramLabel = "NAME", description = "Who deletes it (default: your user name).")
    String coder = Project.defaultCoder();

    @Override
    int run(Project project) {
        Memo deleted = project.memos().delete(id, coder);
        out().println("deleted memo " + deleted.id() + (deleted.title().isEmpty() ? "" : " '" + deleted.title() + "'"));
        return ScholionCli.OK;
    }
}
