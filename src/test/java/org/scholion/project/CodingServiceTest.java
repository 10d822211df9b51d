package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.scholion.project.TestProjects.CODER;
import static org.scholion.project.TestProjects.PEACEKEEPING;
import static org.scholion.project.TestProjects.code;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.CodebookException;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingAction;
import org.scholion.coding.CodingFilter;
import org.scholion.source.PageMap;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import org.scholion.store.StoreException;

/**
 * Coding passages of real texts: what is stored is the span, the code, the coder and the quoted
 * passage with its context; every change is logged with the state before and after; a coding that
 * would point outside the text or at nothing is refused and leaves no trace.
 */
class CodingServiceTest {

    /** A thesis passage split over two pages, as a PDF import would give it. */
    private static final String THESIS_PAGE_XII = "Being a Caucasian state itself, Russia has had security interests "
            + "in this region since the break up of the Soviet Union. ";
    private static final String THESIS_PAGE_1 = "The key causal variable of Russia\u2019s behaviour towards the "
            + "conflicts is its power political interests rather than its domestic security.";

    @TempDir
    Path dir;

    private Project project;
    private Source kuzio;

    @BeforeEach
    void openStudyProject() {
        project = TestProjects.studyProject(dir);
        kuzio = project.sources().list().getFirst();
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void aCodingQuotesItsPassageWithContextAndIsStored() {
        String text = project.sources().text(kuzio.id());
        Span span = TestProjects.spanOf(text, "the Kremlin has allocated them different goals");

        Coding coding = project.codings().code(kuzio.id(), span, code(project, PEACEKEEPING).id(), "boris", "goals");

        assertThat(coding.anchor().quote()).isEqualTo("the Kremlin has allocated them different goals");
        assertThat(coding.anchor().before()).isEqualTo(text.substring(text.indexOf(coding.anchor().quote()) - 32,
                text.indexOf(coding.anchor().quote())));
        assertThat(coding.anchor().after()).isEqualTo(" other than peacekeeping. For ex");
        assertThat(coding.coder().name()).isEqualTo("boris");
        assertThat(coding.created()).isEqualTo(TestProjects.T0);
        assertThat(project.codings().get(coding.id())).isEqualTo(coding);
        assertThat(project.store().log().recent(1)).singleElement()
                .satisfies(entry -> assertThat(entry.kind()).isEqualTo(CodingAction.Kind.ADD))
                .satisfies(entry -> assertThat(entry.coder()).isEqualTo("boris"));
    }

    @Test
    void positionsCountCharactersNotUtf16Units() {
        String text = "Peacekeepers \uD83D\uDD4A\uFE0F arrived in \uD835\uDD04rtsakh in November 2020.";
        Source source = TestProjects.addSource(project, "Emoji report", text, PageMap.NONE);
        Span span = TestProjects.spanOf(text, "arrived in \uD835\uDD04rtsakh");

        Coding coding = project.codings().code(source.id(), span, code(project, PEACEKEEPING).id(), CODER, "");

        assertThat(span.start()).as("one code point for the dove").isEqualTo(16);
        assertThat(coding.anchor().quote()).isEqualTo("arrived in \uD835\uDD04rtsakh");
        assertThat(coding.anchor().before()).isEqualTo("Peacekeepers \uD83D\uDD4A\uFE0F ");
    }

    @Test
    void aSpanBeyondTheTextIsRefusedAndNothingIsStored() {
        TestProjects.State before = TestProjects.State.of(project);
        int length = kuzio.textLength();
        CodeId peacekeeping = code(project, PEACEKEEPING).id();

        assertThatThrownBy(() -> project.codings().code(kuzio.id(), new Span(length - 5, length + 1), peacekeeping, CODER, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("span [" + (length - 5) + ", " + (length + 1) + ") ends after the text of source "
                        + kuzio.id() + " ('" + kuzio.title() + "'), which has " + length + " code points");
        assertThat(TestProjects.State.of(project)).isEqualTo(before);
        assertThat(project.codings().code(kuzio.id(), new Span(length - 5, length), peacekeeping, CODER, "")
                .anchor().after()).as("the very end of the text can be coded").isEmpty();
    }

    @Test
    void anUnknownSourceOrCodeIsRefusedAndNothingIsStored() {
        TestProjects.State before = TestProjects.State.of(project);
        CodeId peacekeeping = code(project, PEACEKEEPING).id();

        assertThatThrownBy(() -> project.codings().code(new SourceId(42), new Span(0, 5), peacekeeping, CODER, ""))
                .isInstanceOf(StoreException.class).hasMessage("there is no source with id 42");
        assertThatThrownBy(() -> project.codings().code(kuzio.id(), new Span(0, 5), new CodeId(999), "newcomer", ""))
                .isInstanceOf(CodebookException.class).hasMessage("there is no code with id 999");
        assertThat(TestProjects.State.of(project)).isEqualTo(before);
        assertThat(project.store().coders().find("newcomer")).as("no coder is created by a refused coding").isEmpty();
    }

    @Test
    void recodingChangesOnlyTheCodeAndLogsBeforeAndAfter() {
        Coding coding = TestProjects.onlyCoding(project);
        CodeId statusQuo = code(project, "Power-political interests/Status quo and controlled instability").id();

        Coding recoded = project.codings().recode(coding.id(), statusQuo, "boris");

        assertThat(recoded.code()).isEqualTo(statusQuo);
        assertThat(project.codings().get(coding.id())).usingRecursiveComparison().ignoringFields("code").isEqualTo(coding);
        List<CodingAction> logged = project.store().log().recent(2);
        assertThat(logged).extracting(CodingAction::kind)
                .containsExactly(CodingAction.Kind.BEFORE, CodingAction.Kind.AFTER);
        assertThat(logged).extracting(a -> a.coding().code()).containsExactly(coding.code(), statusQuo);
        assertThatThrownBy(() -> project.codings().recode(coding.id(), new CodeId(999), CODER))
                .isInstanceOf(CodebookException.class);
        assertThat(project.codings().get(coding.id()).code()).isEqualTo(statusQuo);
    }

    @Test
    void resizingRecomputesTheQuotedPassage() {
        Coding coding = TestProjects.onlyCoding(project);
        String text = project.sources().text(kuzio.id());
        Span wider = TestProjects.spanOf(text, "as " + TestProjects.PEACEKEEPERS_PASSAGE + ".");

        Coding resized = project.codings().resize(coding.id(), wider, CODER);

        assertThat(resized.span()).isEqualTo(wider);
        assertThat(project.codings().get(coding.id()).anchor().quote())
                .isEqualTo("as Russian peacekeepers have never helped resolve any conflict.");
        assertThat(resized.anchor().after()).startsWith(" This is because the Kremlin");
        assertThatThrownBy(() -> project.codings().resize(coding.id(), new Span(0, kuzio.textLength() + 1), CODER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends after the text");
        assertThat(project.codings().get(coding.id()).span()).isEqualTo(wider);
    }

    @Test
    void aMemoCanBeWrittenAndCleared() {
        Coding coding = TestProjects.onlyCoding(project);

        project.codings().setMemo(coding.id(), "Compare Miholjcic 2022 on the 'peacekeeping' label.", CODER);
        assertThat(project.codings().get(coding.id()).memo()).isEqualTo("Compare Miholjcic 2022 on the 'peacekeeping' label.");

        project.codings().setMemo(coding.id(), null, CODER);
        assertThat(project.codings().get(coding.id()).memo()).isEmpty();
    }

    @Test
    void rowsGiveEachCodingsCodePathSourceAndPages() {
        String text = THESIS_PAGE_XII + THESIS_PAGE_1;
        int pageOneStart = THESIS_PAGE_XII.length();
        Source thesis = TestProjects.addSource(project, "Russia's policies towards the conflicts in the South Caucasus",
                text, new PageMap(List.of(new PageMap.PageStart("xii", 0), new PageMap.PageStart("1", pageOneStart))));
        CodeId security = code(project, "Security interests").id();
        CodeId power = code(project, "Power-political interests").id();
        project.codings().code(thesis.id(), TestProjects.spanOf(text, "Russia has had security interests"), security, CODER, "");
        project.codings().code(thesis.id(), TestProjects.spanOf(text, "Soviet Union. The key causal variable"), power, CODER, "");
        project.codings().code(thesis.id(), TestProjects.spanOf(text, "power political interests"), power, CODER, "");

        List<CodingRow> rows = project.codings().rows(CodingFilter.ALL);

        assertThat(rows).extracting(r -> r.source().title(), r -> r.codePath().toString(), CodingRow::pages)
                .containsExactly(
                        tuple(kuzio.title(), PEACEKEEPING, null),
                        tuple(thesis.title(), "Security interests", "xii"),
                        tuple(thesis.title(), "Power-political interests", "xii\u20131"),
                        tuple(thesis.title(), "Power-political interests", "1"));
        assertThat(project.codings().rows(new CodingFilter(Set.of(security), Set.of(), null)))
                .singleElement().extracting(CodingRow::pages).isEqualTo("xii");
        assertThat(project.codings().rows(new CodingFilter(Set.of(), Set.of(), "nobody"))).isEmpty();
    }
}
