package org.scholion.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholion.store.Backup;
import org.scholion.store.ProjectRestore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Lists backups without opening the project: it must work when the database is damaged. */
@Command(name = "backups", mixinStandardHelpOptions = true,
        description = "List the project's backups, newest first, numbered for 'scholion restore --number N'.")
final class BackupsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path projectDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Backup> backups = ProjectRestore.backups(projectDir);
        var out = spec.commandLine().getOut();
        if (backups.isEmpty()) {
            out.println("No backups yet.");
            return ScholionCli.OK;
        }
        for (int i = 0; i < backups.size(); i++) {
            out.printf("%2d  %s  %s%n", i + 1, backups.get(i).describe(), backups.get(i).file().getFileName());
        }
        return ScholionCli.OK;
    }
}
