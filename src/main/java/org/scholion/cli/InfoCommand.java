package org.scholion.cli;

import org.scholion.json.CliJson;
import org.scholion.project.Project;
import org.scholion.project.ProjectSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "info", mixinStandardHelpOptions = true, description = "Show a project's name, schema and size.")
final class InfoCommand extends ProjectCommand {

    @Option(names = "--json", description = "Print JSON (documented in docs/cli.md).")
    boolean json;

    @Override
    int run(Project project) {
        ProjectSummary summary = project.summary();
        if (json) {
            printJson(out -> CliJson.summary(summary, out));
            return ScholionCli.OK;
        }
        out().printf("Project:   %s%n", summary.info().name());
        out().printf("Folder:    %s%n", summary.info().folder());
        out().printf("Created:   %s%n", summary.info().created());
        out().printf("Schema:    %d%n", summary.info().schemaVersion());
        out().printf("Sources:   %d%n", summary.sources());
        out().printf("Codes:     %d%n", summary.codes());
        out().printf("Codings:   %d%n", summary.codings());
        out().printf("Coders:    %d%n", summary.coders());
        out().printf("Actions:   %d%n", summary.actions());
        return ScholionCli.OK;
    }
}
