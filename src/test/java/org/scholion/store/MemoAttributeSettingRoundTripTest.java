package org.scholion.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholion.store.StoreTesting.T0;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.coding.Coder;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoTarget;
import org.scholion.source.AttributeType;
import org.scholion.source.NewSource;
import org.scholion.source.SourceAttribute;
import org.scholion.source.SourceId;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;

/** Memos, typed source attributes and settings: the researcher's notes come back from project.db intact. */
class MemoAttributeSettingRoundTripTest {

    @TempDir
    Path dir;

    private final StoreTesting.ManualClock clock = new StoreTesting.ManualClock(T0);
    private Path folder;
    private SourceId source;
    private Code code;

    @BeforeEach
    void createProjectWithASourceAndACode() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p", clock)) {
            folder = store.layout().root();
            source = store.sources().add(new NewSource(SourceMetadata.titled("Россия и Южный Кавказ", SourceType.THESIS),
                    "Россия и Южный Кавказ 😀", null, null), store.now()).id();
            code = store.codes().insert(null, "russia", "Russia", CodeColor.parse("teal"), CodeGuidance.NONE, 0,
                    store.now());
        }
    }

    @Test
    void memosOnTheProjectASourceAndACodeSurviveReopeningWithTheirTimes() {
        List<Memo> made;
        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            Coder anna = store.coders().ensure("Анна", store.now());
            Memo onProject = store.memos().add(MemoTarget.project(), "Research question",
                    "Does Russia frame itself as a guarantor? 😀\nSecond line.", anna, store.now());
            clock.set(T0.plusSeconds(60));
            Memo onSource = store.memos().add(new MemoTarget.OnSource(source), "", "Cited 𝔄 often; e\u0301 matters.",
                    anna, store.now());
            Memo onCode = store.memos().add(new MemoTarget.OnCode(code.id()), "Boundary", "Overlaps with 'Order'.",
                    null, store.now());
            clock.set(T0.plusSeconds(3600));
            store.memos().edit(onSource.id(), "Sources", "Edited: cited 𝔄 often.", store.now());
            made = List.of(onProject, store.memos().get(onSource.id()), onCode);
        }

        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            assertThat(store.memos().all()).containsExactlyElementsOf(made);
            assertThat(store.memos().on(MemoTarget.project())).containsExactly(made.get(0));
            assertThat(store.memos().on(new MemoTarget.OnSource(source))).containsExactly(made.get(1));
            assertThat(store.memos().on(new MemoTarget.OnCode(code.id()))).containsExactly(made.get(2));

            Memo edited = store.memos().get(made.get(1).id());
            assertThat(edited.title()).isEqualTo("Sources");
            assertThat(edited.text()).isEqualTo("Edited: cited 𝔄 often.");
            assertThat(edited.author().name()).isEqualTo("Анна");
            assertThat(edited.created()).as("editing keeps the creation time").isEqualTo(T0.plusSeconds(60));
            assertThat(edited.modified()).isEqualTo(T0.plusSeconds(3600));
            assertThat(made.get(0).text()).isEqualTo("Does Russia frame itself as a guarantor? 😀\nSecond line.");
            assertThat(made.get(2).author()).as("a memo may have no author").isNull();
        }
    }

    @Test
    void editingAMemoThatDoesNotExistIsRefused() {
        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            assertThatThrownBy(() -> store.memos().edit(999, "t", "x", store.now()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("no memo with id 999");
        }
    }

    @Test
    void typedAttributesAreNormalisedAndSurviveReopening() {
        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            store.write("anna", () -> {
                store.attributes().set(source, "region", AttributeType.TEXT, "  Южный Кавказ 😀 ", store.now());
                store.attributes().set(source, "pages", AttributeType.INTEGER, " 0312 ", store.now());
                store.attributes().set(source, "weight", AttributeType.DECIMAL, "1.50E+1", store.now());
                store.attributes().set(source, "defended", AttributeType.DATE, "2021-06-30", store.now());
                store.attributes().set(source, "peer reviewed", AttributeType.BOOLEAN, "Yes", store.now());
            });
        }

        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            assertThat(store.attributes().of(source)).containsExactly(
                    new SourceAttribute("defended", AttributeType.DATE, "2021-06-30"),
                    new SourceAttribute("pages", AttributeType.INTEGER, "312"),
                    new SourceAttribute("peer reviewed", AttributeType.BOOLEAN, "true"),
                    // text is kept exactly as typed, spaces included
                    new SourceAttribute("region", AttributeType.TEXT, "  Южный Кавказ 😀 "),
                    new SourceAttribute("weight", AttributeType.DECIMAL, "15.0"));
        }
    }

    @Test
    void settingAnAttributeAgainReplacesItsValue() {
        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            store.attributes().set(source, "pages", AttributeType.INTEGER, "100", store.now());
            store.attributes().set(source, "pages", AttributeType.INTEGER, "312", store.now());
        }
        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            assertThat(store.attributes().of(source))
                    .containsExactly(new SourceAttribute("pages", AttributeType.INTEGER, "312"));
        }
    }

    @Test
    void aValueThatIsNotOfTheAttributesTypeIsRefusedAndNothingIsStored() {
        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            assertThatThrownBy(() -> store.write("anna", () ->
                    store.attributes().set(source, "pages", AttributeType.INTEGER, "three hundred", store.now())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'three hundred'").hasMessageContaining("integer");
            assertThatThrownBy(() -> store.attributes().set(source, "defended", AttributeType.DATE, "2021-02-30",
                    store.now())).hasMessageContaining("is not a date value");
            assertThatThrownBy(() -> store.attributes().set(source, "reviewed", AttributeType.BOOLEAN, "maybe",
                    store.now())).hasMessageContaining("is not a boolean value");
        }

        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            assertThat(store.attributes().of(source)).isEmpty();
            // The refused value did not even define the attribute: it may now be given another type.
            store.attributes().set(source, "pages", AttributeType.TEXT, "three hundred", store.now());
            assertThat(store.attributes().of(source))
                    .containsExactly(new SourceAttribute("pages", AttributeType.TEXT, "three hundred"));
        }
    }

    @Test
    void anAttributeKeepsTheTypeItWasDefinedWith() {
        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            store.attributes().set(source, "pages", AttributeType.INTEGER, "312", store.now());
        }
        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            assertThatThrownBy(() -> store.attributes().set(source, "pages", AttributeType.TEXT, "many", store.now()))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("attribute 'pages' is of type integer, not text");
            assertThat(store.attributes().of(source))
                    .containsExactly(new SourceAttribute("pages", AttributeType.INTEGER, "312"));
        }
    }

    @Test
    void settingsSurviveReopeningAndTheLastValueWins() {
        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            store.setSetting("codebook.name", "Discourse codebook");
            store.setSetting("codebook.name", "Кодовая книга 😀");
            store.setSetting("codebook.description", "");
        }

        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            assertThat(store.setting("codebook.name", "fallback")).isEqualTo("Кодовая книга 😀");
            assertThat(store.setting("codebook.description", "fallback")).as("an empty value is a value").isEmpty();
            assertThat(store.setting("never.set", "fallback")).isEqualTo("fallback");
        }
    }
}
