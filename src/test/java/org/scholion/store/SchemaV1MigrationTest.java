package org.scholion.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.store.StoreTesting.T0;
import static org.scholion.store.StoreTesting.clockAt;
import static org.scholion.store.StoreTesting.queryLong;
import static org.scholion.store.StoreTesting.queryString;
import static org.scholion.store.StoreTesting.rawConnection;
import static org.scholion.store.StoreTesting.rows;
import static org.scholion.store.StoreTesting.tables;
import static org.scholion.store.fixtures.SchemaV1FixtureGenerator.ENGLISH_TEXT;
import static org.scholion.store.fixtures.SchemaV1FixtureGenerator.RUSSIAN_CODINGS;
import static org.scholion.store.fixtures.SchemaV1FixtureGenerator.RUSSIAN_TEXT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodePath;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Anchor;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingAction;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.Memo;
import org.scholion.project.Project;
import org.scholion.source.PageMap;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;
import org.scholion.store.fixtures.SchemaV1FixtureGenerator;

/**
 * A project made by the first Scholion (schema 1, the committed fixture made by
 * {@link SchemaV1FixtureGenerator}) opens in this one: migrated to the latest schema after a
 * backup, with every source, code, coding and memo kept.
 */
class SchemaV1MigrationTest {

    private static final String FIXTURE = "/fixtures/schema-v1/project.db";

    @TempDir
    Path dir;

    private Path folder;
    /** An untouched copy of the fixture, to compare the migrated project and its backup with. */
    private Path pristine;

    @BeforeEach
    void copyTheFixture() throws IOException {
        folder = Files.createDirectories(dir.resolve("karabakh.scholion"));
        pristine = dir.resolve("pristine.db");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(FIXTURE), FIXTURE)) {
            Files.copy(in, folder.resolve("project.db"));
        }
        Files.copy(folder.resolve("project.db"), pristine);
    }

    @Test
    void theFixtureIsASchemaOneProject() throws SQLException {
        try (Connection sql = rawConnection(pristine)) {
            assertThat(queryLong(sql, "PRAGMA user_version")).isEqualTo(1);
            assertThat(tables(sql)).doesNotContain("action_log", "attributes", "settings");
            assertThat(queryLong(sql, "SELECT count(*) FROM codings")).isEqualTo(RUSSIAN_CODINGS.length + 1);
        }
    }

    @Test
    void openingMigratesToTheLatestSchemaAndKeepsABackupThatIsStillSchemaOne() throws SQLException, IOException {
        Path backup;
        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            assertThat(store.info().schemaVersion()).isEqualTo(Migrations.LATEST).isEqualTo(4);
            backup = store.migrationBackup();
            assertThat(backup).isEqualTo(folder.resolve("backups").resolve("project-schema1-20250314T092653Z.db"));
            assertThat(store.integrityCheck()).containsExactly("ok");
        }

        assertThat(backup).isRegularFile();
        try (Connection copy = rawConnection(backup); Connection original = rawConnection(pristine)) {
            assertThat(queryLong(copy, "PRAGMA user_version")).isEqualTo(1);
            assertThat(queryString(copy, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(tables(copy)).isEqualTo(tables(original));
            for (String table : tables(original)) {
                assertThat(rows(copy, table)).as("rows of %s in the backup", table).isEqualTo(rows(original, table));
            }
        }

        // A second open finds the latest schema: no migration, no second migration backup; the
        // automatic backup of the first opening (of the migrated project) is the only other copy.
        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0.plusSeconds(60)))) {
            assertThat(store.migrationBackup()).isNull();
            assertThat(store.backups()).extracting(Backup::kind)
                    .containsExactlyInAnyOrder(Backup.Kind.ROLLING, Backup.Kind.BEFORE_MIGRATION);
        }
        try (var backups = Files.list(folder.resolve("backups"))) {
            assertThat(backups.filter(p -> p.getFileName().toString().startsWith("project-schema"))).containsExactly(backup);
        }
    }

    @Test
    void projectSourcesAndPagesSurviveTheMigration() {
        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            ProjectInfo info = store.info();
            assertThat(info.name()).isEqualTo(SchemaV1FixtureGenerator.PROJECT_NAME);
            assertThat(info.created()).isEqualTo(Instant.parse(SchemaV1FixtureGenerator.CREATED));

            List<Source> sources = store.sources().list();
            assertThat(sources).hasSize(2);
            Source thesis = sources.get(0);
            assertThat(thesis.title()).isEqualTo("Россия и Южный Кавказ 😀");
            assertThat(thesis.metadata().authors()).containsExactly("Иванова, Анна", "Petrov, Boris");
            assertThat(thesis.metadata().date()).hasToString("2021-11");
            assertThat(thesis.metadata().citationKey()).isEqualTo("ivanova2021");
            assertThat(thesis.original().fileName()).isEqualTo("тезис.pdf");
            assertThat(store.sources().text(thesis.id())).isEqualTo(RUSSIAN_TEXT);
            assertThat(thesis.textLength()).isEqualTo(RUSSIAN_TEXT.codePointCount(0, RUSSIAN_TEXT.length()));
            assertThat(thesis.textSha256()).isEqualTo(SourceRepository.sha256(RUSSIAN_TEXT));
            assertThat(store.sources().pageMap(thesis.id())).isEqualTo(new PageMap(List.of(
                    new PageMap.PageStart("1", 0), new PageMap.PageStart("2",
                            SchemaV1FixtureGenerator.codePointIndexOf(RUSSIAN_TEXT, SchemaV1FixtureGenerator.PAGE_2_MARK)))));
            assertThat(store.sources().text(sources.get(1).id())).isEqualTo(ENGLISH_TEXT);
            assertThat(sources.get(1).original()).isNull();
        }
    }

    @Test
    void codesCodersAndMemosSurviveTheMigration() {
        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            Codebook codebook = store.codes().codebook();
            assertThat(codebook.depthFirst()).extracting(c -> codebook.pathOf(c.id())).containsExactly(
                    CodePath.of("Russia"), CodePath.of("Russia", "Peacekeeping"), CodePath.of("Russia", "Посредничество"),
                    CodePath.of("Legitimacy"));
            assertThat(codebook.findByKey("russia").orElseThrow().guidance().example()).isEqualTo("«Россия — гарант»");
            assertThat(store.coders().list()).extracting(c -> c.name()).containsExactly("anna", "Борис");

            List<Memo> memos = store.memos().all();
            assertThat(memos).extracting(Memo::text).containsExactly("How does Russia frame its role? 😀",
                    "Ivanova cites 𝔄 throughout.", "Not for Western mediation.");
            assertThat(memos.get(0).modified()).isEqualTo(Instant.parse("2024-05-10T16:45:00Z"));
            assertThat(memos.get(1).author().name()).isEqualTo("Борис");
            assertThat(memos.get(2).author()).isNull();
        }
    }

    @Test
    void everyCodingKeepsItsSourceCodeCoderOffsetsMemoAndTime() throws SQLException {
        List<List<Object>> before;
        try (Connection original = rawConnection(pristine)) {
            before = rows(original, "codings");
        }

        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            List<List<Object>> after = store.codings().list(CodingFilter.ALL).stream()
                    .sorted((a, b) -> Long.compare(a.id().value(), b.id().value()))
                    .map(c -> List.<Object>of(c.id().value(), c.source().value(), c.code().value(), c.coder().id(),
                            c.start(), c.end(), c.memo(), c.created().toString()))
                    .toList();
            List<List<Object>> expected = before.stream().map(row -> List.<Object>of(
                    ((Number) row.get(0)).longValue(), ((Number) row.get(1)).longValue(),
                    ((Number) row.get(2)).longValue(), ((Number) row.get(3)).longValue(),
                    ((Number) row.get(4)).intValue(), ((Number) row.get(5)).intValue(), row.get(6), row.get(7))).toList();
            assertThat(after).isEqualTo(expected);
        }
    }

    @Test
    void backfilledAnchorsAreWhatJavaComputesSoSqliteCountsCodePointsAsWeDo() {
        // The V2 script filled quote/before/after with SQLite's substr; Scholion computes them with
        // TextOffsets. If SQLite counted UTF-16 units or bytes, every span after an emoji would shift.
        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            List<Coding> codings = store.codings().list(CodingFilter.ALL);
            assertThat(codings).hasSize(RUSSIAN_CODINGS.length + 1);
            for (Coding coding : codings) {
                String text = store.sources().text(coding.source());
                assertThat(coding.anchor()).as("anchor of coding %s %s", coding.id(), coding.span())
                        .isEqualTo(Anchor.in(TextOffsets.of(text), coding.span()));
            }

            List<Coding> onThesis = store.codings().list(new CodingFilter(null, Set.of(new SourceId(1)), null));
            assertThat(onThesis).extracting(c -> c.anchor().quote())
                    .containsExactly(Arrays.stream(RUSSIAN_CODINGS).map(c -> c[0]).toArray(String[]::new));
            assertThat(onThesis.getFirst().anchor().before()).as("a coding at offset 0").isEmpty();
            assertThat(onThesis.getLast().anchor().after()).as("a coding to the end of the text").isEmpty();
            // The check is only worth something if supplementary characters sit in the compared windows.
            assertThat(onThesis).anySatisfy(c -> assertThat(hasSupplementary(c.anchor().before())).isTrue());
            assertThat(onThesis).anySatisfy(c -> assertThat(hasSupplementary(c.anchor().after())).isTrue());
            assertThat(onThesis).anySatisfy(c -> assertThat(hasSupplementary(c.anchor().quote())).isTrue());
            assertThat(onThesis).allSatisfy(c -> assertThat(c.anchor().before().codePointCount(0,
                    c.anchor().before().length())).isEqualTo(Math.min(c.start(), Anchor.CONTEXT)));
        }
    }

    @Test
    void aMigratedProjectCanBeCodedAndTheNewCodingUndone() {
        try (Project project = Project.open(folder, clockAt(T0))) {
            Codebook codebook = project.codebook().snapshot();
            int start = SchemaV1FixtureGenerator.codePointIndexOf(RUSSIAN_TEXT, "🇷🇺");
            Coding coding = project.codings().code(new SourceId(1), new Span(start, start + 2),
                    codebook.findByKey("legitimacy").orElseThrow().id(), "anna", "after the migration");

            assertThat(coding.anchor().quote()).isEqualTo("🇷🇺");
            assertThat(project.store().log().recent(10)).extracting(CodingAction::kind)
                    .containsExactly(CodingAction.Kind.ADD);

            project.codings().undo("anna");
            assertThat(project.codings().list(CodingFilter.ALL)).hasSize(RUSSIAN_CODINGS.length + 1);
        }
    }

    private static boolean hasSupplementary(String text) {
        return text.codePoints().anyMatch(Character::isSupplementaryCodePoint);
    }
}
