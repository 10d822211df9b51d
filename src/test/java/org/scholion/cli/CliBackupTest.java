package org.scholion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;

/**
 * `backup`, `backups` and `restore` as a researcher would use them the morning her project.db
 * turned out damaged: the error says so and names the way back; the backups are listed although
 * the project cannot be opened; the restore brings back her codings.
 */
class CliBackupTest {

    @TempDir
    Path dir;

    @Test
    void aDamagedProjectIsReportedWithTheWayBackAndRestoredFromTheNewestSoundBackup() throws IOException {
        TestProjects.studyProject(dir).close();
        String project = dir.resolve("study").toString();

        Cli backup = Cli.run("backup", project);
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("Backed up to ").contains("backups").contains(" MB)");

        Path database = dir.resolve("study.scholion").resolve("project.db");
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            file.write("a stray write over the header ".repeat(30).getBytes(StandardCharsets.US_ASCII));
        }

        Cli info = Cli.run("info", project);
        assertThat(info.exit()).isEqualTo(ScholionCli.FAILURE);
        assertThat(info.errLines()).singleElement().asString()
                .startsWith("scholion info: " + database.toAbsolutePath())
                .contains("damaged")
                .contains("restore a backup with 'scholion restore ");

        Cli listed = Cli.run("backups", project);
        assertThat(listed.exit()).isZero();
        assertThat(listed.outLines()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches(" *\\d+  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC, .*"));

        Cli restored = Cli.run("restore", project);
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.outLines()).hasSize(2);
        assertThat(restored.outLines().get(1)).startsWith("The database it replaced is kept as ");

        try (Project reopened = Project.open(dir.resolve("study"))) {
            assertThat(reopened.store().integrityCheck()).containsExactly("ok");
            assertThat(reopened.codings().list(CodingFilter.ALL)).extracting(c -> c.anchor().quote())
                    .containsExactly(TestProjects.PEACEKEEPERS_PASSAGE);
        }
        assertThat(Cli.run("backups", project).out()).contains("the database as it was before a restore");
    }

    @Test
    void aBackupNumberThatDoesNotExistIsABadUsageAndChangesNothing() {
        TestProjects.studyProject(dir).close();
        Cli restore = Cli.run("restore", dir.resolve("study").toString(), "--number", "9");
        assertThat(restore.exit()).isEqualTo(ScholionCli.USAGE);
        assertThat(restore.errLines().getFirst()).contains("there is no backup 9");
    }
}
