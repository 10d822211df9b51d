package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.coding.CodingFilter;
import org.scholion.exchange.Guid;
import org.scholion.exchange.QdaCode;
import org.scholion.exchange.QdaProject;
import org.scholion.exchange.QdaSelection;
import org.scholion.exchange.QdaSource;

/**
 * The sample project with codings by two coders, memos of every kind, attributes and metadata,
 * exported to the exchange model and imported into a new project, is the same project: the same
 * codes (paths, colours, guidance, codability), the same codings (source, span, code, coder, time,
 * memo, quoted text), the same memos, coders, attributes and metadata; and exporting the new project
 * writes the very model the first export wrote, GUIDs included.
 */
class QdaRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void aProjectExportedAndImportedIntoANewProjectIsTheSameProject() {
        QdaProject exported;
        ExchangeProjects.Fingerprint original;
        try (Project project = ExchangeProjects.coded(dir.resolve("original"))) {
            exported = project.exchange().exportProject("Scholion test");
            original = ExchangeProjects.Fingerprint.of(project);
        }
        assertThat(original.codings()).hasSize(8);
        assertThat(original.memos()).hasSize(4);
        assertThat(original.cases()).hasSize(2).first().asString().contains("The Armenian side.", "attribute=country", "Relations with Armenia");
        assertThat(original.sets()).hasSize(2);

        QdaImport.Imported imported = QdaImport.withTika().intoNewProject(exported,
                new QdaImportRequest(dir.resolve("copy"), "carla", null, TestProjects.clock(), null));

        assertThat(imported.project()).isEqualTo(dir.resolve("copy.scholion").toAbsolutePath());
        assertThat(imported.report().notes()).containsExactly(
                "2 cases and 2 sets are kept and exported again, but the workbench does not show them yet");
        assertThat(imported.report().counting()).isEqualTo("Unicode code points (as the standard says; 6 of 6 "
                + "selections on word boundaries, UTF-16 units 4 of 6)");
        assertThat(imported.report().counts()).isEqualTo(new QdaImportReport.Counts(2, 24, 6, 8, 4, 5, 6, 2, 2));
        try (Project copy = Project.open(imported.project(), TestProjects.clock())) {
            ExchangeProjects.Fingerprint again = ExchangeProjects.Fingerprint.of(copy);
            assertThat(again.codes()).isEqualTo(original.codes());
            assertThat(again.codings()).isEqualTo(original.codings());
            assertThat(again.memos()).isEqualTo(original.memos());
            assertThat(again.coders()).isEqualTo(original.coders());
            assertThat(again.sources()).isEqualTo(original.sources());
            assertThat(again.cases()).isEqualTo(original.cases());
            assertThat(again.sets()).isEqualTo(original.sets());
            assertThat(again).isEqualTo(original);
            // the index was built: the new project finds its text and its codings
            assertThat(copy.search().search("\"never helped resolve\"", 10, org.scholion.index.HitOrder.SOURCE)
                    .hits()).hasSize(1);
            assertThat(copy.store().integrityCheck()).containsExactly("ok");

            QdaProject reexported = copy.exchange().exportProject("Scholion test");
            assertThat(guids(reexported)).isEqualTo(guids(exported));
            assertThat(reexported).isEqualTo(exported);
        }
    }

    @Test
    void exportingTwiceWritesTheSameModelAndGuids() {
        QdaProject first;
        Path folder;
        try (Project project = ExchangeProjects.coded(dir)) {
            first = project.exchange().exportProject(null);
            QdaProject second = project.exchange().exportProject(null);
            assertThat(second).isEqualTo(first);
            assertThat(guids(first)).doesNotHaveDuplicates().hasSizeGreaterThan(60);
            folder = project.info().folder();
        }
        // the GUIDs are the store's: they survive closing and opening the project
        try (Project reopened = Project.open(folder, TestProjects.clock())) {
            assertThat(reopened.exchange().exportProject(null)).isEqualTo(first);
        }
    }

    @Test
    void aReimportedFileKeepsItsOwnGuids() {
        QdaProject exported;
        try (Project project = ExchangeProjects.coded(dir.resolve("a"))) {
            exported = project.exchange().exportProject(null);
        }
        QdaImport.Imported once = QdaImport.withTika().intoNewProject(exported,
                QdaImportRequest.of(dir.resolve("b"), "carla", null));
        try (Project copy = Project.open(once.project())) {
            var store = copy.store();
            assertThat(Set.copyOf(store.codes().guids().values()))
                    .isEqualTo(codes(exported.codes()).map(c -> c.guid().value()).collect(Collectors.toSet()));
            assertThat(Set.copyOf(store.sources().guids().values()))
                    .isEqualTo(exported.sources().stream().map(s -> s.guid().value()).collect(Collectors.toSet()));
            assertThat(store.codings().guids().values()).extracting(g -> g.guid())
                    .containsExactlyInAnyOrderElementsOf(exported.sources().stream()
                            .flatMap(s -> s.selections().stream()).flatMap(s -> s.codings().stream())
                            .map(c -> c.guid().value()).toList());
            assertThat(Set.copyOf(store.coders().guids().values()))
                    .isEqualTo(exported.users().stream().map(u -> u.guid().value()).collect(Collectors.toSet()));
        }
    }

    @Test
    void codingsOfOneSpanShareASelectionAndEachCodingKeepsItsMemo() {
        try (Project project = ExchangeProjects.coded(dir)) {
            QdaProject model = project.exchange().exportProject(null);
            QdaSource kuzio = model.sources().stream().filter(s -> s.plainText().contains(TestProjects.PEACEKEEPERS_PASSAGE))
                    .findFirst().orElseThrow();
            Map<String, QdaSelection> byQuote = kuzio.selections().stream().collect(Collectors.toMap(
                    s -> kuzio.plainText().substring((int) s.start(), (int) s.end()), Function.identity()));
            QdaSelection twice = byQuote.get(TestProjects.PEACEKEEPERS_PASSAGE);
            assertThat(twice.codings()).hasSize(2);
            assertThat(twice.noteRefs()).isEmpty();
            assertThat(twice.codings()).filteredOn(c -> !c.noteRefs().isEmpty()).singleElement()
                    .satisfies(c -> assertThat(note(model, c.noteRefs().getFirst()))
                            .isEqualTo("peacekeepers as an instrument, not a neutral force"));
            QdaSelection shared = byQuote.get("South Caucasus");
            assertThat(shared.codings()).hasSize(2).allMatch(c -> c.noteRefs().isEmpty());
            assertThat(shared.noteRefs()).singleElement().satisfies(n -> assertThat(note(model, n))
                    .isEqualTo("the region named"));
            assertThat(project.codings().list(CodingFilter.ALL)).hasSize(8);
        }
    }

    private static String note(QdaProject model, Guid guid) {
        return model.notes().stream().filter(n -> n.guid().equals(guid)).findFirst().orElseThrow().text();
    }

    private static Stream<QdaCode> codes(List<QdaCode> codes) {
        return codes.stream().flatMap(c -> Stream.concat(Stream.of(c), codes(c.children())));
    }

    /** Every GUID a model names for something it holds, in model order. */
    static List<Guid> guids(QdaProject model) {
        return Stream.of(model.users().stream().map(u -> u.guid()),
                codes(model.codes()).map(QdaCode::guid),
                model.variables().stream().map(v -> v.guid()),
                model.sources().stream().map(QdaSource::guid),
                model.sources().stream().flatMap(s -> s.selections().stream()).map(QdaSelection::guid),
                model.sources().stream().flatMap(s -> s.selections().stream()).flatMap(s -> s.codings().stream())
                        .map(c -> c.guid()),
                model.notes().stream().map(n -> n.guid())).flatMap(Function.identity()).toList();
    }
}
