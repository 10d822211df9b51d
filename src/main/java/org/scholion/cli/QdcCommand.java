package org.scholion.cli;

import java.nio.file.Path;
import org.scholion.exchange.WriteReport;
import org.scholion.project.Project;
import org.scholion.project.RefiFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "qdc", mixinStandardHelpOptions = true,
        description = "Exchange codebooks with other tools as REFI-QDA codebook files (.qdc); see docs/exchange.md.",
        subcommands = {QdcCommand.Import.class, QdcCommand.Export.class})
final class QdcCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add the codes of a REFI-QDA codebook to the project as one action (undo takes them away "
                    + "again); codes the project has already are kept. Prints the report.")
    static final class Import extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "FILE", description = "The .qdc file.")
        Path file;

        @Option(names = "--coder", paramLabel = "NAME", description = "Who makes the change (default: your user name).")
        String coder = Project.defaultCoder();

        @Override
        int run(Project project) throws Exception {
            RefiFiles.CodebookImport imported = RefiFiles.importCodebook(project, file, coder);
            out().println("Imported " + file);
            imported.lines().forEach(out()::println);
            return ScholionCli.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the project's codebook as a REFI-QDA codebook: hierarchy, colours, descriptions, "
                    + "codability and code sets.")
    static final class Export extends RefiExportCommand {
        @Override
        WriteReport write(Project project, Path target) throws Exception {
            return RefiFiles.exportCodebook(project, target);
        }
    }
}
