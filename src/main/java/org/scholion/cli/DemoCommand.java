package org.scholion.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholion.json.CodebookJson;
import org.scholion.json.SourceMetadataJson;
import org.scholion.project.ImportReport;
import org.scholion.project.Project;
import org.scholion.project.SampleProject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Build a ready sample project in DIR from the sample corpus (corpus/) and the study codebook (codebooks/).")
final class DemoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Where to create the sample project.")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path home = Installation.home();
        if (!Files.isDirectory(home.resolve("corpus"))) {
            throw new IllegalStateException("the sample corpus is not at " + home.resolve("corpus")
                    + " (set -Dscholion.home to Scholion's folder)");
        }
        try (Project project = Project.create(dir, "Sample: Russia and the conflicts of the South Caucasus")) {
            project.imports().prepare();
            Path metadata = home.resolve(SampleProject.METADATA);
            ImportReport report = SampleProject.fill(project, CodebookJson.read(home.resolve(SampleProject.CODEBOOK)),
                    home.resolve(SampleProject.CORPUS), metadata, SourceMetadataJson.read(metadata), Project.defaultCoder());
            spec.commandLine().getOut().println("Created the sample project in " + project.info().folder() + ": "
                    + report.summary() + ", " + project.codebook().snapshot().size() + " codes");
        }
        return ScholionCli.OK;
    }
}
