package org.scholion.cli;

import java.nio.file.Path;
import org.scholion.exchange.WriteReport;
import org.scholion.project.Project;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `qdpx export` and `qdc export`: write FILE (refusing to replace it without --force) and say what was written. */
abstract class RefiExportCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to write.")
    Path file;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    abstract WriteReport write(Project project, Path target) throws Exception;

    @Override
    final int run(Project project) throws Exception {
        ExportOptionWords.checkOverwrite(file, force);
        WriteReport report = write(project, file);
        out().println("Wrote " + file + ": " + RefiWords.written(report));
        return ScholionCli.OK;
    }
}
