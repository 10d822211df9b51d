package org.scholion.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholion.store.StoreTesting.T0;
import static org.scholion.store.StoreTesting.clockAt;
import static org.scholion.store.StoreTesting.queryLong;
import static org.scholion.store.StoreTesting.rawConnection;
import static org.scholion.store.StoreTesting.rows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.store.fixtures.SchemaV2FixtureGenerator;

/**
 * A project from before undo covered the codebook (schema 2, the committed fixture described by
 * {@link SchemaV2FixtureGenerator}) opens in this Scholion: its log is carried over row for row into
 * the schema-3 table, stays append-only, and its coding actions undo and redo; a codebook action it
 * logged without the codes' earlier state is refused in so many words.
 */
class SchemaV2MigrationTest {

    private static final String FIXTURE = "/fixtures/schema-v2/project.db";

    @TempDir
    Path dir;

    private Path folder;
    private Path pristine;

    @BeforeEach
    void copyTheFixture() throws IOException {
        folder = Files.createDirectories(dir.resolve("study.scholion"));
        pristine = dir.resolve("pristine.db");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(FIXTURE), FIXTURE)) {
            Files.copy(in, folder.resolve("project.db"));
        }
        Files.copy(folder.resolve("project.db"), pristine);
    }

    @Test
    void theLogIsCarriedOverRowForRowAndStaysAppendOnly() throws SQLException {
        List<List<Object>> before;
        try (Connection original = rawConnection(pristine)) {
            assertThat(queryLong(original, "PRAGMA user_version")).isEqualTo(2);
            before = rows(original, "action_log");
        }
        assertThat(before).hasSize(10);

        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            assertThat(store.info().schemaVersion()).isEqualTo(4);
            assertThat(store.migrationBackup()).isRegularFile();
            assertThat(store.integrityCheck()).containsExactly("ok");
        }
        try (Connection migrated = rawConnection(folder.resolve("project.db"))) {
            List<List<Object>> after = rows(migrated, "action_log");
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i).subList(0, before.get(i).size())).as("row %d", i).isEqualTo(before.get(i));
                assertThat(after.get(i).subList(before.get(i).size(), after.get(i).size())).as("new columns of row %d", i)
                        .containsOnlyNulls();
            }
            try (Statement sql = migrated.createStatement()) {
                assertThatThrownBy(() -> sql.executeUpdate("UPDATE action_log SET actor = 'mallory'"))
                        .hasMessageContaining("the action log is append-only");
                assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM action_log"))
                        .hasMessageContaining("the action log is append-only");
            }
            // AUTOINCREMENT carried over: the next entry follows the last one copied
            assertThat(queryLong(migrated, "SELECT seq FROM sqlite_sequence WHERE name = 'action_log'")).isEqualTo(10);
        }
    }

    @Test
    void aMigratedProjectUndoesAndRedoesItsCodingsAndRefusesItsUnrecordedCodebookAction() {
        try (Project project = Project.open(folder, clockAt(T0))) {
            List<Coding> all = project.codings().list(CodingFilter.ALL);
            assertThat(all).hasSize(3);
            assertThat(project.history().nextRedo()).as("a new action came after the old undo").isEmpty();
            assertThat(project.history().nextUndo()).hasValue("Undo: coded 6 characters with 'Power-political interests'");

            project.history().undo("anna");
            assertThat(project.codings().list(CodingFilter.ALL)).hasSize(2)
                    .noneSatisfy(c -> assertThat(c.anchor().quote()).isEqualTo(SchemaV2FixtureGenerator.LAST));
            project.history().redo("anna");
            assertThat(project.codings().list(CodingFilter.ALL)).isEqualTo(all);
            project.history().undo("anna");

            assertThat(project.history().nextUndo()).hasValue("Undo: renamed '" + SchemaV2FixtureGenerator.RENAMED_FROM
                    + "' to '" + SchemaV2FixtureGenerator.RENAMED_TO + "'");
            long before = project.store().log().size();
            assertThatThrownBy(() -> project.history().undo("anna")).isInstanceOf(IllegalStateException.class)
                    .hasMessage("action 5 (renamed '" + SchemaV2FixtureGenerator.RENAMED_FROM + "' to '"
                            + SchemaV2FixtureGenerator.RENAMED_TO + "') was recorded by an earlier Scholion without "
                            + "the codebook's previous state, so it cannot be undone");
            assertThat(project.store().log().size()).isEqualTo(before);
            assertThat(project.codebook().snapshot().findByKey("bilateral").orElseThrow().name())
                    .isEqualTo(SchemaV2FixtureGenerator.RENAMED_TO);
        }
    }
}
