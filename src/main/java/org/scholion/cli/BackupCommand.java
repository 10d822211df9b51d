package org.scholion.cli;

import org.scholion.project.Project;
import org.scholion.store.Backup;
import picocli.CommandLine.Command;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the project now (a copy of its database under backups/, made with SQLite's "
                + "online backup). Copies are also made automatically on opening and every 10 minutes of work; "
                + "the newest 10 automatic ones are kept.")
final class BackupCommand extends ProjectCommand {

    @Override
    int run(Project project) {
        Backup backup = project.store().backupNow();
        out().println("Backed up to " + backup.file() + " (" + backup.describe() + ")");
        return ScholionCli.OK;
    }
}
