package org.scholion.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholion.store.StoreTesting.MIXED_TEXT;
import static org.scholion.store.StoreTesting.T0;
import static org.scholion.store.StoreTesting.clockAt;
import static org.scholion.store.StoreTesting.queryLong;
import static org.scholion.store.StoreTesting.queryString;
import static org.scholion.store.StoreTesting.rawConnection;
import static org.scholion.store.StoreTesting.sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholion.source.NewSource;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;

/**
 * A project this Scholion must not open is refused with a sentence the researcher can act on, and
 * the file is left exactly as it was: an older Scholion must never damage a newer project.
 */
class UnopenableProjectTest {

    @TempDir
    Path dir;

    /** A project from a future Scholion, in the journal mode that Scholion might have chosen. */
    @ParameterizedTest(name = "journal mode {0}")
    @ValueSource(strings = {"wal", "delete"})
    void aProjectFromANewerSchemaIsRefusedAndLeftUntouched(String journalMode) throws SQLException {
        Path folder;
        try (ProjectStore store = ProjectStore.create(dir.resolve("future"), "future", clockAt(T0))) {
            folder = store.layout().root();
            store.sources().add(new NewSource(SourceMetadata.titled("s", SourceType.NEWS), MIXED_TEXT, null, null),
                    store.now());
        }
        Path database = folder.resolve("project.db");
        try (Connection sql = rawConnection(database); Statement statement = sql.createStatement()) {
            statement.execute("PRAGMA journal_mode = " + journalMode);
            statement.execute("PRAGMA user_version = 99");
            statement.execute("CREATE TABLE from_the_future (x TEXT)");
        }
        String digest = sha256(database);

        for (int attempt = 1; attempt <= 2; attempt++) {
            // The second attempt shows that the failed one released the project lock.
            assertThatThrownBy(() -> ProjectStore.open(folder, clockAt(T0)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(database.toString())
                    .hasMessageContaining("made by a newer Scholion (schema 99)")
                    .hasMessageContaining("update Scholion to open it");
        }

        assertThat(sha256(database)).as("the newer project's file is byte for byte the same").isEqualTo(digest);
        assertThat(folder.resolve("backups")).doesNotExist();
        try (Connection sql = rawConnection(database)) {
            assertThat(queryLong(sql, "PRAGMA user_version")).isEqualTo(99);
            assertThat(queryString(sql, "PRAGMA journal_mode")).isEqualTo(journalMode);
        }
    }

    @Test
    void aFileThatIsNotAnSqliteDatabaseIsRefusedWithAClearMessageAndNotOverwritten() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("notes.scholion"));
        Path database = folder.resolve("project.db");
        Files.writeString(database, "My thesis notes, saved under the wrong name. Россия 😀\n".repeat(200),
                StandardCharsets.UTF_8);
        String digest = sha256(database);

        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThatThrownBy(() -> ProjectStore.open(folder, clockAt(T0)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith(database.toString())
                    .hasMessageContaining("not a database");
        }

        assertThat(sha256(database)).isEqualTo(digest);
        assertThat(folder.resolve("backups")).doesNotExist();
    }

    @Test
    void aFolderWithoutProjectDbIsNotAProject() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("empty.scholion"));

        assertThatThrownBy(() -> ProjectStore.open(folder, clockAt(T0)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Scholion project (no project.db in it)");
        assertThat(folder.resolve("project.db")).as("opening never creates a project").doesNotExist();
    }

    @Test
    void creatingAProjectWhereOneExistsIsRefused() {
        Path folder;
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p", clockAt(T0))) {
            folder = store.layout().root();
        }
        String digest = sha256(folder.resolve("project.db"));

        assertThatThrownBy(() -> ProjectStore.create(folder, "again", clockAt(T0)))
                .isInstanceOf(StoreException.class).hasMessageContaining("a project already exists here");
        assertThat(sha256(folder.resolve("project.db"))).isEqualTo(digest);
    }
}
