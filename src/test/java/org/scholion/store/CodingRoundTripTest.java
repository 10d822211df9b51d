package org.scholion.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.store.StoreTesting.MIXED_TEXT;
import static org.scholion.store.StoreTesting.T0;
import static org.scholion.store.StoreTesting.codePointIndexOf;
import static org.scholion.store.StoreTesting.codePointLength;
import static org.scholion.store.StoreTesting.codePoints;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.codebook.CodePath;
import org.scholion.coding.Anchor;
import org.scholion.coding.Coder;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.source.NewSource;
import org.scholion.source.Source;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;

/** The codebook, the coders and every coding come back from project.db as they were made. */
class CodingRoundTripTest {

    @TempDir
    Path dir;

    private final StoreTesting.ManualClock clock = new StoreTesting.ManualClock(T0);
    private Path folder;

    @BeforeEach
    void createProject() {
        try (Project project = Project.create(dir.resolve("p"), "p", clock)) {
            folder = project.info().folder();
        }
    }

    @Test
    void theCodeTreeWithColoursGuidanceAndPositionsSurvivesReopening() {
        CodeGuidance guidance = new CodeGuidance("Russia presented as the guarantor of order.\nTwo lines.",
                "When the text credits Moscow with «stability» 😀.", "Not for mere mentions of Russia.",
                "\"Россия — гарант мира\" (Ivanova 2021, p. 12)");
        List<Code> made = new ArrayList<>();
        try (Project project = Project.open(folder, clock)) {
            Code russia = project.codebook().add(null, "Russia", CodeColor.parse("#1f77b4"), guidance, "anna");
            Code peace = project.codebook().add(russia.id(), "Peacekeeping", CodeColor.parse("teal"), null, "anna");
            Code mediation = project.codebook().add(russia.id(), "Посредничество 🕊", CodeColor.parse("#f0a"),
                    CodeGuidance.NONE, "anna");
            Code legitimacy = project.codebook().add(peace.id(), "Legitimacy", CodeColor.parse("#000000"), null, "anna");
            Code west = project.codebook().add(null, "The West", CodeColor.parse("#ffffff"), null, "anna");
            made.addAll(List.of(russia, peace, mediation, legitimacy, west));
        }

        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            var codebook = store.codes().codebook();
            assertThat(codebook.depthFirst()).containsExactly(made.get(0), made.get(1), made.get(3), made.get(2),
                    made.get(4));
            Code russia = codebook.get(made.get(0).id());
            assertThat(russia.guidance()).isEqualTo(guidance);
            assertThat(russia.color().hex()).isEqualTo("#1f77b4");
            assertThat(russia.key()).isEqualTo("russia");
            assertThat(codebook.get(made.get(1).id()).color().hex()).isEqualTo("#008080");
            assertThat(codebook.get(made.get(2).id()).color().hex()).isEqualTo("#ff00aa");
            assertThat(codebook.get(made.get(2).id()).parent()).isEqualTo(russia.id());
            assertThat(codebook.childrenOf(russia.id())).extracting(Code::position).containsExactly(0, 1);
            assertThat(codebook.roots()).extracting(Code::position).containsExactly(0, 1);
            assertThat(codebook.pathOf(made.get(3).id())).isEqualTo(CodePath.of("Russia", "Peacekeeping", "Legitimacy"));
            assertThat(codebook.get(made.get(3).id()).key()).isEqualTo("russia.peacekeeping.legitimacy");
        }
    }

    @Test
    void codersAreCreatedOnceAndKeepTheirIds() {
        Coder anna;
        Coder boris;
        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            anna = store.coders().ensure("Анна", store.now());
            boris = store.coders().ensure("boris", store.now());
            assertThat(store.coders().ensure("  Анна ", store.now())).isEqualTo(anna);
        }

        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            assertThat(store.coders().list()).containsExactly(boris, anna);
            assertThat(store.coders().find("Анна")).contains(anna);
            assertThat(store.coders().find("nobody")).isEmpty();
        }
    }

    @Test
    void codingsWithTheirAnchorsSurviveReopeningAndQuoteTheCodePointSlice() {
        int length = codePointLength(MIXED_TEXT);
        int emoji = codePointIndexOf(MIXED_TEXT, "😀");
        int acute = codePointIndexOf(MIXED_TEXT, "cafe\u0301");
        int moscow = codePointIndexOf(MIXED_TEXT, "Moscow 👩");
        List<Span> spans = List.of(
                new Span(0, 6),                 // "Россия": at the very start, nothing before it
                new Span(emoji, emoji + 1),     // the emoji alone: one code point, two Java chars
                new Span(acute, acute + 5),     // "cafe" + U+0301: five code points
                new Span(moscow, moscow + 10),  // "Moscow 👩" + ZWJ + "🔬": crosses a ZWJ sequence
                new Span(length - 9, length));  // "гарантий.": at the very end, nothing after it

        List<Coding> made = new ArrayList<>();
        Source source;
        try (Project project = Project.open(folder, clock)) {
            source = project.sources().add(new NewSource(SourceMetadata.titled("mixed", SourceType.ARTICLE),
                    MIXED_TEXT, null, null), "anna");
            Code code = project.codebook().add(null, "Russia", CodeColor.parse("teal"), null, "anna");
            for (int i = 0; i < spans.size(); i++) {
                clock.set(T0.plusMillis(1_001L * i + 7));
                String coder = i % 2 == 0 ? "anna" : "Борис";
                String memo = i == 1 ? "the emoji 😀\nmatters" : "";
                made.add(project.codings().code(source.id(), spans.get(i), code.id(), coder, memo));
            }
        }

        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            List<Coding> stored = store.codings().list(CodingFilter.ALL);
            assertThat(stored).containsExactlyElementsOf(made);
            assertThat(stored.get(1).memo()).isEqualTo("the emoji 😀\nmatters");
            assertThat(stored.get(1).coder().name()).isEqualTo("Борис");
            assertThat(stored.get(3).created()).isEqualTo(T0.plusMillis(3_010));
            assertThat(store.codings().list(new CodingFilter(null, null, "Борис"))).hasSize(2);

            String text = store.sources().text(source.id());
            TextOffsets offsets = TextOffsets.of(text);
            for (Coding coding : stored) {
                int start = coding.start();
                int end = coding.end();
                Anchor anchor = coding.anchor();
                assertThat(anchor.quote()).as("quote of %s", coding.span())
                        .isEqualTo(codePoints(text, start, end))
                        .isEqualTo(offsets.slice(coding.span()));
                assertThat(anchor.before()).isEqualTo(codePoints(text, start - Anchor.CONTEXT, start));
                assertThat(anchor.after()).isEqualTo(codePoints(text, end, end + Anchor.CONTEXT));
                // And both ways through TextOffsets: code points -> Java chars -> code points.
                int charStart = offsets.toCharIndex(start);
                int charEnd = offsets.toCharIndex(end);
                assertThat(text.substring(charStart, charEnd)).isEqualTo(anchor.quote());
                assertThat(offsets.toCodePoints(charStart, charEnd)).isEqualTo(coding.span());
            }
            assertThat(stored.get(0).anchor().before()).isEmpty();
            assertThat(stored.get(0).anchor().quote()).isEqualTo("Россия");
            assertThat(stored.get(1).anchor().quote()).isEqualTo("😀").hasSize(2);
            assertThat(stored.get(2).anchor().quote()).isEqualTo("cafe\u0301");
            assertThat(stored.get(3).anchor().quote()).isEqualTo("Moscow 👩\u200D🔬");
            assertThat(stored.get(4).anchor().quote()).isEqualTo("гарантий.");
            assertThat(stored.get(4).anchor().after()).isEmpty();
            assertThat(store.integrityCheck()).containsExactly("ok");
        }
    }

    @Test
    void codingCountsPerCodeSurviveReopening() {
        try (Project project = Project.open(folder, clock)) {
            Source source = project.sources().add(new NewSource(SourceMetadata.titled("s", SourceType.NEWS),
                    MIXED_TEXT, null, null), "anna");
            Code a = project.codebook().add(null, "A", CodeColor.parse("red"), null, "anna");
            Code b = project.codebook().add(null, "B", CodeColor.parse("blue"), null, "anna");
            project.codings().code(source.id(), new Span(0, 3), a.id(), "anna", "");
            project.codings().code(source.id(), new Span(2, 9), a.id(), "anna", "");
            project.codings().code(source.id(), new Span(5, 6), b.id(), "anna", "");
        }

        try (ProjectStore store = ProjectStore.open(folder, clock)) {
            var byName = store.codes().codebook();
            Code a = byName.resolve(CodePath.of("A"));
            Code b = byName.resolve(CodePath.of("B"));
            assertThat(store.codes().codingCounts()).containsEntry(a.id(), 2).containsEntry(b.id(), 1);
            assertThat(store.codings().count()).isEqualTo(3);
        }
    }
}
