package org.scholion.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholion.project.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a new, empty project folder DIR (.scholion is added if missing).")
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Where to create the project.")
    Path dir;

    @Option(names = "--name", paramLabel = "NAME", description = "The project's name (default: the folder's name).")
    String name;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Project project = Project.create(dir, name)) {
            spec.commandLine().getOut().println("Created project '" + project.info().name() + "' in " + project.info().folder());
        }
        return ScholionCli.OK;
    }
}
