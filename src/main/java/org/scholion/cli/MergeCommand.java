package org.scholion.cli;

import java.nio.file.Path;
import org.scholion.corpus.CancellationSignal;
import org.scholion.json.MergeJson;
import org.scholion.project.MergeReport;
import org.scholion.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge a second coder's work into the project for inter-coder agreement: the codings of "
                + "another copy of the project (a folder) or of a REFI-QDA project file (.qdpx) arrive under the "
                + "coder NAME. Sources are matched by their text, codes by GUID or path (a missing code is created); "
                + "codings NAME has already are skipped. One action: 'scholion undo' takes it all back. "
                + "The other project is only read.")
final class MergeCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "OTHER", description = "The other project's folder, or a .qdpx file.")
    Path other;

    @Option(names = "--as-coder", required = true, paramLabel = "NAME",
            description = "The coder the merged codings are recorded under.")
    String coder;

    @Option(names = "--from-coder", paramLabel = "THEIRS",
            description = "Merge only the codings THEIRS made in OTHER (default: all of them), for a copy that also "
                    + "holds other coders' work.")
    String fromCoder;

    @Option(names = "--json", description = "Print the merge report as JSON (see docs/cli.md).")
    boolean json;

    @Override
    int run(Project project) {
        MergeReport report = project.merges().from(other, coder, fromCoder, CancellationSignal.NONE);
        if (json) {
            printJson(out -> MergeJson.write(report, out));
        } else {
            report.lines().forEach(out()::println);
        }
        return ScholionCli.OK;
    }
}
