package org.scholion.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholion.store.Backup;
import org.scholion.store.ProjectRestore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Restores a backup over the project's database; works when the database is too damaged to open. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup over the project's database: by default the newest backup that passes "
                + "SQLite's integrity check. The database it replaces is kept under backups/ first; "
                + "the search index is rebuilt on the next opening.")
final class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path projectDir;

    @Option(names = "--number", paramLabel = "N", description = "The backup numbered N by 'scholion backups'.")
    Integer number;

    @Option(names = "--from", paramLabel = "FILE", description = "A backup file to restore (any path).")
    Path from;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path backup = chosen();
        Path kept = ProjectRestore.restore(projectDir, backup, Clock.systemUTC());
        var out = spec.commandLine().getOut();
        out.println("Restored " + backup.getFileName() + " into " + projectDir);
        if (kept != null) {
            out.println("The database it replaced is kept as " + kept);
        }
        return ScholionCli.OK;
    }

    private Path chosen() {
        if (from != null && number != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --from or --number, not both");
        }
        if (from != null) {
            return from;
        }
        if (number != null) {
            List<Backup> backups = ProjectRestore.backups(projectDir);
            if (number < 1 || number > backups.size()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "there is no backup " + number + " ("
                        + backups.size() + " backups; see 'scholion backups " + projectDir + "')");
            }
            return backups.get(number - 1).file();
        }
        return ProjectRestore.newestSound(projectDir).map(Backup::file).orElseThrow(() ->
                new IllegalStateException(projectDir + ": no backup passes the integrity check; nothing was changed"));
    }
}
