package org.scholion.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholion.corpus.CancellationSignal;
import org.scholion.exchange.WriteReport;
import org.scholion.project.Project;
import org.scholion.project.QdaImport;
import org.scholion.project.RefiFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "qdpx", mixinStandardHelpOptions = true,
        description = "Exchange whole projects with NVivo, ATLAS.ti, MAXQDA, QualCoder and other tools as REFI-QDA "
                + "project files (.qdpx); see docs/exchange.md.",
        subcommands = {QdpxCommand.Import.class, QdpxCommand.Export.class})
final class QdpxCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Make a REFI-QDA project file into a new Scholion project in DIR, and print the import "
                    + "report: what arrived, how selection positions were counted, and every item left out or "
                    + "changed. A file that cannot be read leaves no project behind.")
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "The .qdpx file.")
        Path file;

        @Parameters(index = "1", paramLabel = "DIR", description = "The new project's folder (NAME.scholion); it must not exist or be empty.")
        Path projectDir;

        @Option(names = "--coder", paramLabel = "NAME", description = "Who imports: the coder of codings the file names no user for.")
        String coder = Project.defaultCoder();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            QdaImport.Imported imported = RefiFiles.importProject(file, projectDir, coder, CancellationSignal.NONE);
            var out = spec.commandLine().getOut();
            out.println("Imported " + file + " into " + imported.project());
            imported.report().lines().forEach(out::println);
            return ScholionCli.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the project as a REFI-QDA project file: coders, codebook, sources with their text, "
                    + "codings, memos, attributes, cases and sets.")
    static final class Export extends RefiExportCommand {
        @Override
        WriteReport write(Project project, Path target) throws Exception {
            return RefiFiles.exportProject(project, target);
        }
    }
}
