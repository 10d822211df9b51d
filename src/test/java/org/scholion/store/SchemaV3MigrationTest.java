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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.DeletePolicy;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.CodingId;
import org.scholion.coding.MemoTarget;
import org.scholion.project.Project;
import org.scholion.source.AttributeType;
import org.scholion.source.NewSource;
import org.scholion.source.SourceId;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;
import org.scholion.source.Span;
import org.scholion.store.fixtures.SchemaV3FixtureGenerator;

/**
 * A project from before exchange identities (schema 3, the committed fixture made by
 * {@link SchemaV3FixtureGenerator}) opens in this Scholion: every code, source, coding, coder, memo
 * and attribute gets a GUID of its own, once, and keeps it; every code may be applied; nothing else
 * of any row changes. New rows get GUIDs too, given ones are kept, and undo brings a deleted code or
 * coding back under the GUID it had.
 */
class SchemaV3MigrationTest {

    private static final String FIXTURE = "/fixtures/schema-v3/project.db";
    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private static final List<String> TABLES = List.of("codes", "sources", "codings", "coders", "memos", "attributes");

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
    void everyRowGetsItsOwnGuidAndKeepsEverythingElse() throws SQLException {
        Map<String, List<List<Object>>> before = new HashMap<>();
        try (Connection original = rawConnection(pristine)) {
            assertThat(queryLong(original, "PRAGMA user_version")).isEqualTo(3);
            for (String table : TABLES) {
                before.put(table, rows(original, table));
            }
        }
        assertThat(before.get("codings")).hasSize(3);
        assertThat(before.get("memos")).hasSize(3);

        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            assertThat(store.info().schemaVersion()).isEqualTo(Migrations.LATEST).isEqualTo(4);
            assertThat(store.migrationBackup()).isRegularFile()
                    .hasFileName("project-schema3-20250314T092653Z.db");
            assertThat(store.integrityCheck()).containsExactly("ok");
        }
        List<String> all = new ArrayList<>();
        try (Connection migrated = rawConnection(folder.resolve("project.db"))) {
            for (String table : TABLES) {
                List<List<Object>> after = rows(migrated, table);
                assertThat(after).as(table).hasSameSizeAs(before.get(table));
                for (int i = 0; i < after.size(); i++) {
                    List<Object> old = before.get(table).get(i);
                    assertThat(after.get(i).subList(0, old.size())).as("%s row %d", table, i).isEqualTo(old);
                }
                List<String> guids = strings(migrated, "SELECT guid FROM " + table + " ORDER BY rowid");
                assertThat(guids).as(table).hasSize(before.get(table).size()).allMatch(g -> g.matches(GUID));
                all.addAll(guids);
            }
            assertThat(all).as("no two rows share a GUID").doesNotHaveDuplicates();
            assertThat(queryLong(migrated, "SELECT count(*) FROM codes WHERE codable = 1"))
                    .isEqualTo(before.get("codes").size());
            assertThat(queryLong(migrated, "SELECT count(*) FROM codings WHERE selection_guid IS NOT NULL")).isZero();
            assertThat(StoreTesting.tables(migrated)).contains("cases", "case_sources", "case_codes", "case_selections",
                    "case_values", "sets", "set_codes", "set_sources", "set_memos", "retired_identities");
            assertThat(queryLong(migrated, "SELECT count(*) FROM cases") + queryLong(migrated, "SELECT count(*) FROM sets"))
                    .isZero();
        }
    }

    @Test
    void theGuidsAreGivenOnceAndStayAcrossOpens() {
        Map<CodeId, String> codes;
        Map<CodingId, CodingGuids> codings;
        Map<SourceId, String> sources;
        Map<Long, String> coders;
        Map<Long, String> memos;
        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            codes = store.codes().guids();
            codings = store.codings().guids();
            sources = store.sources().guids();
            coders = store.coders().guids();
            memos = store.memos().guids();
        }
        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0.plusSeconds(60)))) {
            assertThat(store.migrationBackup()).isNull();
            assertThat(store.codes().guids()).isEqualTo(codes).hasSize(22);
            assertThat(store.codings().guids()).isEqualTo(codings).hasSize(3);
            assertThat(store.sources().guids()).isEqualTo(sources).hasSize(1);
            assertThat(store.coders().guids()).isEqualTo(coders).hasSize(2);
            assertThat(store.memos().guids()).isEqualTo(memos).hasSize(3);
            assertThat(store.attributes().definitions()).singleElement()
                    .satisfies(a -> assertThat(a.guid()).matches(GUID));
        }
    }

    @Test
    void rowsMadeAfterTheMigrationGetGuidsAndGivenOnesAreKeptInCanonicalForm() {
        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            store.write("anna", () -> {
                Code made = store.codes().insert(null, "made", "Made after", CodeColor.parse("teal"), org.scholion.codebook.CodeGuidance.NONE, 50,
                        store.now());
                Code given = store.codes().insert(null, "given", "Given", CodeColor.parse("teal"), org.scholion.codebook.CodeGuidance.NONE, 51,
                        store.now(), "{6F9619FF-8B86-D011-B42D-00C04FC964FF}", false);
                SourceId source = store.sources().add(new NewSource(SourceMetadata.titled("New", SourceType.OTHER),
                        "Some text 😀.", null, null), "0f8fad5b-d9cb-469f-a165-70867728950e", store.now()).id();
                var coder = store.coders().ensure("Клара", "7c9e6679-7425-40de-944b-e07fc1f90ae7", store.now());
                long coding = store.codings().insert(source, new Span(0, 4), given.id(), coder, "",
                        new org.scholion.coding.Anchor("", "Some", " text"), store.now(),
                        new CodingGuids("e4eaaaf2-d142-11e1-b3e4-080027620cdd", "a8098c1a-f86e-11da-bd1a-00112444be1e"));
                store.memos().add(MemoTarget.project(), "", "new memo", coder, store.now());
                store.attributes().set(source, "pages", AttributeType.INTEGER, "3", store.now());
                long aCase = store.cases().add("A case", "", null, store.now());
                long aSet = store.sets().add("A set", "", "{B3B8C4D2-1111-4AAA-8BBB-0123456789AB}", store.now());
                assertThat(store.cases().guids().get(aCase)).matches(GUID);
                assertThat(store.sets().guids().get(aSet)).isEqualTo("b3b8c4d2-1111-4aaa-8bbb-0123456789ab");

                Map<CodeId, String> codes = store.codes().guids();
                assertThat(codes.get(made.id())).matches(GUID).isNotIn(codes.values().stream()
                        .filter(g -> !g.equals(codes.get(made.id()))).toList());
                assertThat(codes.get(given.id())).isEqualTo("6f9619ff-8b86-d011-b42d-00c04fc964ff");
                assertThat(store.codes().notCodable()).containsExactly(given.id());
                assertThat(store.codes().findByGuid("6F9619FF-8B86-D011-B42D-00C04FC964FF")).hasValue(given.id());
                assertThat(store.sources().guids().get(source)).isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
                assertThat(store.coders().guids().get(coder.id())).isEqualTo("7c9e6679-7425-40de-944b-e07fc1f90ae7");
                assertThat(store.codings().guids().get(new CodingId(coding))).isEqualTo(new CodingGuids(
                        "e4eaaaf2-d142-11e1-b3e4-080027620cdd", "a8098c1a-f86e-11da-bd1a-00112444be1e"));
                assertThat(store.memos().guids().values()).hasSize(4).allMatch(g -> g.matches(GUID));
                assertThat(store.attributes().definitions()).extracting(AttributeDefinition::guid)
                        .allMatch(g -> g.matches(GUID)).doesNotHaveDuplicates();
            });
        }
    }

    @Test
    void aGuidIsRefusedASecondTimeAndWhatIsNotAGuidAtAll() {
        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            String taken = store.codes().guids().values().iterator().next();
            assertThatThrownBy(() -> store.write("anna", () -> store.codes().insert(null, "twin", "Twin",
                    CodeColor.parse("teal"), org.scholion.codebook.CodeGuidance.NONE, 60, store.now(), taken, true)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("UNIQUE");
            assertThatThrownBy(() -> store.write("anna", () -> store.codes().insert(null, "odd", "Odd",
                    CodeColor.parse("teal"), org.scholion.codebook.CodeGuidance.NONE, 60, store.now(), "not-a-guid", true)))
                    .isInstanceOf(StoreException.class).hasMessage("not a GUID: not-a-guid");
            assertThat(store.codes().codebook().size()).isEqualTo(22);
        }
    }

    @Test
    void undoRestoresADeletedCodingAndCodeUnderTheGuidsTheyHad() {
        try (Project project = Project.open(folder, clockAt(T0))) {
            ProjectStore store = project.store();
            Coding first = project.codings().list(CodingFilter.ALL).getFirst();
            CodingGuids guids = store.codings().guids().get(first.id());

            project.codings().remove(first.id(), "anna");
            assertThat(store.codings().guids()).doesNotContainKey(first.id());
            project.history().undo("anna");
            assertThat(store.codings().guids().get(first.id())).isEqualTo(guids);
            project.history().redo("anna");
            project.history().undo("anna");
            assertThat(store.codings().guids().get(first.id())).isEqualTo(guids);

            Code added = project.codebook().snapshot().depthFirst().stream()
                    .filter(c -> c.name().equals(SchemaV3FixtureGenerator.ADDED_CODE)).findFirst().orElseThrow();
            String codeGuid = store.codes().guids().get(added.id());
            store.write("anna", () -> store.codes().identify(added.id(), codeGuid, false));
            project.codebook().delete(added.id(), DeletePolicy.refuseIfCoded(), "anna");
            project.history().undo("anna");
            assertThat(store.codes().guids().get(added.id())).isEqualTo(codeGuid);
            assertThat(store.codes().notCodable()).containsExactly(added.id());
        }
    }

    @Test
    void aNewCodeThatReusesADeletedCodesIdGetsAGuidOfItsOwn() {
        Code doomed;
        String doomedGuid;
        try (Project project = Project.open(folder, clockAt(T0))) {
            doomed = project.codebook().add(null, "Doomed", CodeColor.parse("red"), null, "anna");
            doomedGuid = project.store().codes().guids().get(doomed.id());
            project.codebook().delete(doomed.id(), DeletePolicy.refuseIfCoded(), "anna");
        }
        // SQLite gives the next code the largest rowid plus one: the deleted code's id, at a later time
        try (Project later = Project.open(folder, clockAt(T0.plusSeconds(5)))) {
            Code reborn = later.codebook().add(null, "Reborn", CodeColor.parse("red"), null, "anna");
            assertThat(reborn.id()).isEqualTo(doomed.id());
            assertThat(later.store().codes().guids().get(reborn.id())).matches(GUID).isNotEqualTo(doomedGuid);
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }
}
