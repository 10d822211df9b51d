package org.scholion.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholion.store.StoreTesting.MIXED_TEXT;
import static org.scholion.store.StoreTesting.T0;
import static org.scholion.store.StoreTesting.clockAt;
import static org.scholion.store.StoreTesting.rawConnection;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingAction;
import org.scholion.project.Project;
import org.scholion.source.NewSource;
import org.scholion.source.Source;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;
import org.scholion.source.Span;

/**
 * Two things the database itself guards, whatever program writes to it: the text every coding
 * points into never changes, and the action log is never rewritten. The store offers no way to do
 * either, so these tests try with plain SQL on a second connection, as another tool might.
 */
class ImmutableRecordsTest {

    @TempDir
    Path dir;

    private Path folder;
    private Source source;
    private Coding coding;

    @BeforeEach
    void createProjectWithACoding() {
        try (Project project = Project.create(dir.resolve("p"), "p", clockAt(T0))) {
            folder = project.info().folder();
            source = project.sources().add(new NewSource(SourceMetadata.titled("mixed", SourceType.ARTICLE),
                    MIXED_TEXT, null, null), "anna");
            Code code = project.codebook().add(null, "Russia", CodeColor.parse("teal"), null, "anna");
            coding = project.codings().code(source.id(), new Span(22, 23), code.id(), "anna", "");
        }
    }

    @Test
    void theTextOfASourceCannotBeChanged() throws SQLException {
        try (Connection sql = rawConnection(folder.resolve("project.db")); Statement statement = sql.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE sources SET text = 'rewritten' WHERE id = "
                    + source.id()))
                    .isInstanceOf(SQLException.class).hasMessageContaining("the text of a source is immutable");
            // Not even to the same value, and not by a bulk update.
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE sources SET text = text"))
                    .hasMessageContaining("the text of a source is immutable");
        }

        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            assertThat(store.sources().text(source.id())).isEqualTo(MIXED_TEXT);
            assertThat(store.codings().get(coding.id()).anchor().quote()).isEqualTo("😀");
        }
    }

    @Test
    void aSourcesMetadataCanStillBeCorrected() throws SQLException {
        // The guard is on the text only: a typo in a title must stay fixable.
        try (Connection sql = rawConnection(folder.resolve("project.db")); Statement statement = sql.createStatement()) {
            assertThat(statement.executeUpdate("UPDATE sources SET title = 'Corrected title' WHERE id = " + source.id()))
                    .isEqualTo(1);
        }
        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            assertThat(store.sources().get(source.id()).title()).isEqualTo("Corrected title");
            assertThat(store.sources().text(source.id())).isEqualTo(MIXED_TEXT);
        }
    }

    @Test
    void theActionLogRefusesUpdatesAndDeletes() throws SQLException {
        List<CodingAction> logged;
        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            logged = store.log().recent(100);
        }

        try (Connection sql = rawConnection(folder.resolve("project.db")); Statement statement = sql.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE action_log SET actor = 'someone else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("the action log is append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM action_log WHERE kind = 'add'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("the action log is append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM action_log"))
                    .hasMessageContaining("the action log is append-only");
        }

        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            assertThat(store.log().recent(100)).isEqualTo(logged).hasSize(3);
        }
    }
}
