package org.scholion.cli;

import org.scholion.project.Project;
import picocli.CommandLine.Command;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the project database (it is derived; nothing is lost).")
final class ReindexCommand extends ProjectCommand {

    @Override
    int run(Project project) {
        out().printf("Indexed %d sources.%n", project.search().reindex());
        return ScholionCli.OK;
    }
}
