package org.scholion.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholion.store.StoreTesting.T0;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.index.HitOrder;
import org.scholion.project.Project;
import org.scholion.source.NewSource;
import org.scholion.source.Source;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;
import org.scholion.source.Span;
import org.scholion.store.StoreTesting.ManualClock;

/**
 * Automatic backups are what stands between a damaged disk and years of coding: made on opening
 * and every few minutes of work, a rolling set, and restorable even when the database is too
 * damaged to open.
 */
class BackupRestoreTest {

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(T0);

    @Test
    void openingMakesABackupWhenTheProjectChangedAndTheNewestIsOldAndKeepsTheNewestTen() {
        Path folder = projectWithOneCoding();
        try (Project project = Project.open(folder, clock)) {
            assertThat(project.store().backups()).as("the first opening backs up").hasSize(1);
        }
        try (Project project = Project.open(folder, clock)) {
            assertThat(project.store().backups()).as("nothing changed since: no second copy").hasSize(1);
            code(project, 10, 20);
        }
        clock.set(T0.plus(Duration.ofMinutes(3)));
        try (Project project = Project.open(folder, clock)) {
            assertThat(project.store().backups()).as("changed, but the newest copy is 3 minutes old").hasSize(1);
        }
        for (int round = 1; round <= 12; round++) {
            clock.set(T0.plus(Duration.ofMinutes(11L * round)));
            try (Project project = Project.open(folder, clock)) {
                code(project, round, round + 5);
            }
        }
        clock.set(T0.plus(Duration.ofMinutes(11L * 13)));
        try (Project project = Project.open(folder, clock)) {
            List<Backup> backups = project.store().backups();
            assertThat(backups).hasSize(Backups.KEEP).allMatch(b -> b.kind() == Backup.Kind.ROLLING);
            assertThat(backups.getFirst().made()).as("to the second")
                    .isEqualTo(T0.plus(Duration.ofMinutes(11L * 13)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertThat(backups.getFirst().writes()).isEqualTo(project.store().writes());
            assertThat(backups).isSortedAccordingTo((a, b) -> b.made().compareTo(a.made()));
        }
    }

    @Test
    void aBackupMadeDuringWorkHoldsEverythingCommittedAndIsASoundDatabase() {
        Path folder = projectWithOneCoding();
        Backup backup;
        try (Project project = Project.open(folder, clock)) {
            code(project, 30, 40);
            backup = project.store().backupNow();
            code(project, 50, 60); // after the copy: not in it
        }
        assertThat(ProjectRestore.problem(backup.file())).isEmpty();
        Path restored = dir.resolve("copy.scholion");
        copyProjectWith(backup.file(), restored);
        try (ProjectStore store = ProjectStore.open(restored, clock)) {
            assertThat(store.codings().count()).isEqualTo(2);
        }
    }

    @Test
    void aDamagedDatabaseIsDetectedOnOpeningWithItsBackupsAndTheNewestSoundOneRestoresIt() throws IOException {
        Path folder = projectWithOneCoding();
        try (Project project = Project.open(folder, clock)) {
            code(project, 30, 40);
            project.store().backupNow();
            assertThat(project.search().search("code:Russia", 0, HitOrder.SOURCE).totalPassages()).isPositive();
        }
        Path database = folder.resolve("project.db");
        damageHeader(database);

        assertThatThrownBy(() -> Project.open(folder, clock))
                .isInstanceOf(DamagedProjectException.class)
                .hasMessageStartingWith(database.toString())
                .hasMessageContaining("damaged")
                .hasMessageContaining("scholion restore")
                .satisfies(e -> assertThat(((DamagedProjectException) e).backups()).hasSize(2))
                .hasMessageNotContaining("\n");

        Backup newest = ProjectRestore.newestSound(folder).orElseThrow();
        Path kept = ProjectRestore.restore(folder, newest.file(), clock);

        assertThat(kept).exists().hasBinaryContent(backupOfDamaged);
        try (Project project = Project.open(folder, clock)) {
            assertThat(project.store().integrityCheck()).containsExactly("ok");
            assertThat(project.codings().list(org.scholion.coding.CodingFilter.ALL)).hasSize(2);
            assertThat(project.indexStatus().needsRebuild()).as("the index is rebuilt for the restored store").isTrue();
            assertThat(project.search().search("code:Russia", 0, HitOrder.SOURCE).totalPassages()).isPositive();
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndPassedOverForTheNextSoundOne() throws IOException {
        Path folder = projectWithOneCoding();
        Backup older;
        Backup newer;
        try (Project project = Project.open(folder, clock)) {
            older = project.store().backups().getFirst();
            code(project, 30, 40);
            clock.set(T0.plusSeconds(5));
            newer = project.store().backupNow();
        }
        damageHeader(newer.file());
        byte[] before = Files.readAllBytes(folder.resolve("project.db"));

        assertThatThrownBy(() -> ProjectRestore.restore(folder, newer.file(), clock))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith(newer.file() + ": cannot restore it: the copy is damaged");
        assertThat(folder.resolve("project.db")).hasBinaryContent(before);
        assertThat(ProjectRestore.newestSound(folder)).map(Backup::file).contains(older.file());
    }

    private byte[] backupOfDamaged;

    /** Garbage over the header and first page, as a bad sector or a stray write would leave it. */
    private void damageHeader(Path database) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            byte[] junk = "not what SQLite wrote here ".repeat(40).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            file.seek(0);
            file.write(junk);
        }
        backupOfDamaged = Files.readAllBytes(database);
    }

    private Path projectWithOneCoding() {
        try (Project project = Project.create(dir.resolve("study"), "study", clock)) {
            Source source = project.sources().add(new NewSource(SourceMetadata.titled("mixed", SourceType.ARTICLE),
                    (StoreTesting.MIXED_TEXT + "\n").repeat(5), null, null), "anna");
            project.codebook().add(null, "Russia", CodeColor.parse("teal"), null, "anna");
            code(project, 0, 8);
            assertThat(source).isNotNull();
            return project.info().folder();
        }
    }

    private static void code(Project project, int start, int end) {
        Code russia = project.codebook().snapshot().depthFirst().getFirst();
        Source source = project.sources().list().getFirst();
        project.codings().code(source.id(), new Span(start, end), russia.id(), "anna", "");
    }

    private static void copyProjectWith(Path database, Path folder) {
        try {
            Files.createDirectories(folder);
            Files.copy(database, folder.resolve("project.db"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
