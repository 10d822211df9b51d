package org.scholion.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholion.store.StoreTesting.MIXED_TEXT;
import static org.scholion.store.StoreTesting.T0;
import static org.scholion.store.StoreTesting.clockAt;
import static org.scholion.store.StoreTesting.codePointIndexOf;
import static org.scholion.store.StoreTesting.codePointLength;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.source.NewSource;
import org.scholion.source.OriginalFile;
import org.scholion.source.PageMap;
import org.scholion.source.PartialDate;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;

/** A source, once imported, comes back from project.db exactly: metadata, text, length and pages. */
class SourceRoundTripTest {

    private static final String PDF_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @TempDir
    Path dir;

    @Test
    void projectNameCreationTimeAndSchemaSurviveReopening() {
        Path folder;
        try (ProjectStore store = ProjectStore.create(dir.resolve("karabakh"), "Россия и Южный Кавказ", clockAt(T0))) {
            folder = store.layout().root();
            store.describe("Discourse on Russia's role, 2020–2023 😀");
        }

        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0.plusSeconds(3600)))) {
            ProjectInfo info = store.info();
            assertThat(info.name()).isEqualTo("Россия и Южный Кавказ");
            assertThat(info.description()).isEqualTo("Discourse on Russia's role, 2020–2023 😀");
            assertThat(info.created()).isEqualTo(T0);
            assertThat(info.folder()).isEqualTo(dir.resolve("karabakh.scholion").toAbsolutePath());
            assertThat(info.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(store.migrationBackup()).as("a current project needs no backup").isNull();
        }
    }

    @Test
    void aProjectWithoutANameIsNamedAfterItsFolder() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("thesis-2024"), null, clockAt(T0))) {
            assertThat(store.info().name()).isEqualTo("thesis-2024");
        }
    }

    @Test
    void everyMetadataFieldTextAndPageMapSurviveReopening() {
        int page2 = codePointIndexOf(MIXED_TEXT, "\tMediation");
        int page3 = codePointIndexOf(MIXED_TEXT, "Итог");
        SourceMetadata metadata = new SourceMetadata("Россия и Южный Кавказ: роль 😀", SourceType.THESIS,
                List.of("Иванова, Анна", "O'Brien, Seán", "𝔄 Collective"), PartialDate.parse("2021-11"), "ru",
                "ivanova2021", "Вестник МГИМО");
        OriginalFile original = new OriginalFile(PDF_SHA, "тезис (final) 😀.pdf", "application/pdf", 705_312L);
        PageMap pages = new PageMap(List.of(new PageMap.PageStart("xii", 0), new PageMap.PageStart("1", page2),
                new PageMap.PageStart("2", page3)));

        Path folder;
        Source added;
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p", clockAt(T0))) {
            folder = store.layout().root();
            added = store.write("anna", () -> store.sources().add(new NewSource(metadata, MIXED_TEXT, pages, original),
                    store.now()));
        }

        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            Source source = store.sources().get(added.id());
            assertThat(source).isEqualTo(added);
            assertThat(source.metadata()).isEqualTo(metadata);
            assertThat(source.metadata().authors()).containsExactly("Иванова, Анна", "O'Brien, Seán", "𝔄 Collective");
            assertThat(source.metadata().date()).hasToString("2021-11");
            assertThat(source.original()).isEqualTo(original);
            assertThat(source.imported()).isEqualTo(T0);
            assertThat(source.pageCount()).isEqualTo(3);
            assertThat(store.sources().pageMap(source.id())).isEqualTo(pages);

            String text = store.sources().text(source.id());
            assertThat(text).isEqualTo(MIXED_TEXT);
            assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(MIXED_TEXT.getBytes(StandardCharsets.UTF_8));
            assertThat(source.textLength()).isEqualTo(codePointLength(MIXED_TEXT)).isLessThan(MIXED_TEXT.length());
            assertThat(source.textSha256()).isEqualTo(SourceRepository.sha256(MIXED_TEXT));
            assertThat(store.sources().findByFileSha256(PDF_SHA)).contains(source);
        }
    }

    @Test
    void absentMetadataStaysAbsentAndDatesKeepTheirPrecision() {
        Path folder;
        List<Source> added;
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p", clockAt(T0))) {
            folder = store.layout().root();
            added = store.write("anna", () -> List.of(
                    store.sources().add(new NewSource(SourceMetadata.titled("Bare interview", SourceType.INTERVIEW),
                            "Q: …\nA: 😀", null, null), store.now()),
                    store.sources().add(new NewSource(new SourceMetadata("Year only", SourceType.NEWS, List.of("Kuzio, T."),
                            PartialDate.ofYear(2021), null, null, null), "x", PageMap.NONE, null), store.now()),
                    store.sources().add(new NewSource(new SourceMetadata("Full date", SourceType.ARTICLE, List.of(),
                            PartialDate.parse("2020-11-09"), "en", null, null), "y", PageMap.NONE, null), store.now())));
        }

        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            List<Source> sources = store.sources().list();
            assertThat(sources).containsExactlyElementsOf(added);
            Source bare = sources.get(0);
            assertThat(bare.metadata().authors()).isEmpty();
            assertThat(bare.metadata().date()).isNull();
            assertThat(bare.metadata().language()).isNull();
            assertThat(bare.metadata().citationKey()).isNull();
            assertThat(bare.metadata().publication()).isNull();
            assertThat(bare.original()).isNull();
            assertThat(bare.pageCount()).isZero();
            assertThat(store.sources().pageMap(bare.id())).isEqualTo(PageMap.NONE);
            assertThat(sources.get(1).metadata().date()).hasToString("2021");
            assertThat(sources.get(2).metadata().date()).hasToString("2020-11-09");
            assertThat(store.sources().count()).isEqualTo(3);
        }
    }

    @Test
    void whitespaceAndLineEndingsOfTheTextAreKeptExactly() {
        // The offsets of every coding count these characters: normalising them would shift quotes.
        String text = "\uFEFF  Lead\r\n\r\n\tIndented\u00A0text  \n\u2028trailing   ";
        Path folder;
        SourceId id;
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p", clockAt(T0))) {
            folder = store.layout().root();
            id = store.sources().add(new NewSource(SourceMetadata.titled("ws", SourceType.OTHER), text, null, null),
                    store.now()).id();
        }

        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            assertThat(store.sources().text(id)).isEqualTo(text);
            assertThat(store.sources().get(id).textLength()).isEqualTo(codePointLength(text));
        }
    }

    @Test
    void aPageStartingAfterTheEndOfTheTextIsRefusedAndNoHalfSourceIsStored() {
        Path folder;
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p", clockAt(T0))) {
            folder = store.layout().root();
            // "a😀b" is 3 code points (4 Java chars): a page at 4 would be past the end.
            NewSource bad = new NewSource(SourceMetadata.titled("bad pages", SourceType.ARTICLE), "a😀b",
                    new PageMap(List.of(new PageMap.PageStart("1", 0), new PageMap.PageStart("2", 4))), null);

            assertThatThrownBy(() -> store.write("anna", () -> store.sources().add(bad, store.now())))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("page 2 starts at 4, after the end of the text (3 code points)");
            assertThat(store.sources().count()).isZero();
        }
        try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
            assertThat(store.sources().list()).isEmpty();
        }
    }

    @Test
    void aPageMayStartAtTheVeryEndOfTheText() {
        // A last page with no extracted text (a blank page) starts at the text's length.
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p", clockAt(T0))) {
            PageMap pages = new PageMap(List.of(new PageMap.PageStart("1", 0), new PageMap.PageStart("2", 3)));
            Source source = store.sources().add(new NewSource(SourceMetadata.titled("blank last page",
                    SourceType.ARTICLE), "a😀b", pages, null), store.now());

            assertThat(store.sources().pageMap(source.id())).isEqualTo(pages);
        }
    }

    @Test
    void theSameOriginalFileOrCitationKeyCannotBeImportedTwice() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p", clockAt(T0))) {
            OriginalFile file = new OriginalFile(PDF_SHA, "a.pdf", "application/pdf", 10);
            store.sources().add(new NewSource(SourceMetadata.titled("first", SourceType.ARTICLE).withCitationKey("k1"),
                    "one", null, file), store.now());

            assertThatThrownBy(() -> store.sources().add(new NewSource(SourceMetadata.titled("again",
                    SourceType.ARTICLE), "one", null, file), store.now()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("UNIQUE");
            assertThatThrownBy(() -> store.sources().add(new NewSource(SourceMetadata.titled("same key",
                    SourceType.ARTICLE).withCitationKey("k1"), "two", null, null), store.now()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("citation_key");
            assertThat(store.sources().count()).isEqualTo(1);
        }
    }
}
