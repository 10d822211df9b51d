package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.codebook.CodePath;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.source.PageMap;
import org.scholion.source.Source;
import org.scholion.source.TextOffsets;

/**
 * A colleague codes her own copy of the sample project; her work is merged into the researcher's
 * copy under the name "ben", from the project folder itself and from a QDPX written from it.
 */
class CodingMergeTest {

    static final String COLLEAGUE = "xavier";
    static final String AS = "ben";
    static final String NEW_CODE = "Power-political interests/Arctic route";
    static final String ONLY_THERE = "Interview with a diplomat";

    @TempDir
    Path dir;

    Path theirs;
    /** What the colleague coded, as "source title | quoted text | code path | memo". */
    List<String> colleagueCodings;

    @BeforeEach
    void theColleagueCodesHerCopy() {
        try (Project project = SampleCorpus.imported(dir.resolve("theirs"))) {
            theirs = project.info().folder();
            Source kuzio = source(project, SampleCorpus.KUZIO);
            Source thesis = source(project, SampleCorpus.THESIS);
            project.codings().code(kuzio.id(), TestProjects.spanOf(project, kuzio, TestProjects.PEACEKEEPERS_PASSAGE),
                    TestProjects.code(project, TestProjects.PEACEKEEPING).id(), COLLEAGUE, "an instrument of control");
            String thesisText = project.sources().text(thesis.id());
            project.codings().code(thesis.id(), TestProjects.spanOf(thesisText, thesisText.substring(2000, 2300)),
                    TestProjects.code(project, SampleCorpus.POWER_POLITICAL_INTERESTS).id(), COLLEAGUE, "");
            var parent = TestProjects.code(project, SampleCorpus.POWER_POLITICAL_INTERESTS);
            var arctic = project.codebook().add(parent.id(), "Arctic route", CodeColor.parse("#336699"),
                    CodeGuidance.NONE, COLLEAGUE);
            project.codings().code(thesis.id(), TestProjects.spanOf(thesisText, thesisText.substring(5000, 5120)),
                    arctic.id(), COLLEAGUE, "");
            Source interview = TestProjects.addSource(project, ONLY_THERE, "A text only the colleague has.", PageMap.NONE);
            project.codings().code(interview.id(), new org.scholion.source.Span(2, 6), parent.id(), COLLEAGUE, "");
            colleagueCodings = described(project, COLLEAGUE);
        }
    }

    @Test
    void theColleaguesCodingsArriveUnderTheGivenNameWithTheirSpansCodesAndMemos() throws Exception {
        TestProjects.State theirsBefore;
        try (Project other = Project.open(theirs)) {
            theirsBefore = TestProjects.State.of(other);
        }
        try (Project mine = SampleCorpus.imported(dir.resolve("mine"))) {
            MergeReport report = mine.merges().fromProject(theirs, AS);

            List<String> matchedHere = colleagueCodings.stream().filter(c -> !c.startsWith(ONLY_THERE)).toList();
            assertThat(described(mine, AS)).containsExactlyInAnyOrderElementsOf(matchedHere);
            assertThat(report.merged()).isEqualTo(3);
            assertThat(report.duplicates()).isZero();
            assertThat(report.matchedSources()).hasSize(5);
            assertThat(report.unmatchedSources()).singleElement().satisfies(u -> {
                assertThat(u.title()).isEqualTo(ONLY_THERE);
                assertThat(u.codings()).isEqualTo(1);
            });
            assertThat(report.createdCodes()).containsExactly(NEW_CODE);
            assertThat(report.matchedCodes()).containsExactlyInAnyOrder(TestProjects.PEACEKEEPING,
                    SampleCorpus.POWER_POLITICAL_INTERESTS);
            assertThat(report.counting()).isNull();
            assertThat(TestProjects.code(mine, NEW_CODE).color()).isEqualTo(CodeColor.parse("#336699"));
            assertThat(report.lines()).anySatisfy(line -> assertThat(line).contains(ONLY_THERE).contains("1 coding"));
        }
        try (Project other = Project.open(theirs)) {
            TestProjects.State after = TestProjects.State.of(other);
            assertThat(after).isEqualTo(theirsBefore);
        }
    }

    @Test
    void theMergedCodingsGetGuidsOfTheirOwn() {
        Set<String> theirGuids;
        try (Project other = Project.open(theirs)) {
            theirGuids = guids(other);
        }
        try (Project mine = SampleCorpus.imported(dir.resolve("mine"))) {
            mine.merges().fromProject(theirs, AS);
            assertThat(guids(mine)).hasSize(3).doesNotContainAnyElementsOf(theirGuids);
        }
    }

    @Test
    void aSecondMergeSkipsWhatTheCoderHasAlready() {
        try (Project mine = SampleCorpus.imported(dir.resolve("mine"))) {
            mine.merges().fromProject(theirs, AS);
            TestProjects.State once = TestProjects.State.of(mine);

            MergeReport again = mine.merges().fromProject(theirs, AS);

            assertThat(again.merged()).isZero();
            assertThat(again.duplicates()).isEqualTo(3);
            assertThat(again.createdCodes()).isEmpty();
            assertThat(again.matchedCodes()).contains(NEW_CODE);
            assertThat(TestProjects.State.of(mine)).isEqualTo(once);
        }
    }

    @Test
    void undoTakesTheWholeMergeAwayAndRedoBringsItBack() {
        try (Project mine = SampleCorpus.imported(dir.resolve("mine"))) {
            TestProjects.State before = TestProjects.State.of(mine);
            mine.merges().fromProject(theirs, AS);
            assertThat(mine.history().nextUndo()).hasValueSatisfying(what ->
                    assertThat(what).contains("merged 3 codings").contains("'" + AS + "'"));

            mine.history().undo("researcher");

            TestProjects.State undone = TestProjects.State.of(mine);
            assertThat(undone.codings()).isEqualTo(before.codings());
            assertThat(undone.codes()).isEqualTo(before.codes());
            assertThat(undone.codebookFile()).isEqualTo(before.codebookFile());

            mine.history().redo("researcher");
            assertThat(described(mine, AS)).hasSize(3);
            assertThat(mine.codebook().snapshot().find(CodePath.parse(NEW_CODE))).isPresent();
        }
    }

    @Test
    void theProjectMayBeOpenInTheColleaguesScholionMeanwhile() {
        try (Project other = Project.open(theirs); Project mine = SampleCorpus.imported(dir.resolve("mine"))) {
            assertThat(mine.merges().fromProject(theirs, AS).merged()).isEqualTo(3);
            assertThat(described(other, COLLEAGUE)).isEqualTo(colleagueCodings);
        }
    }

    @Test
    void aQdpxWrittenFromTheColleaguesProjectMergesTheSameCodings() throws Exception {
        Path qdpx = dir.resolve("xavier.qdpx");
        try (Project other = Project.open(theirs)) {
            RefiFiles.exportProject(other, qdpx);
        }
        try (Project mine = SampleCorpus.imported(dir.resolve("mine"))) {
            MergeReport report = mine.merges().from(qdpx, AS);

            List<String> matchedHere = colleagueCodings.stream().filter(c -> !c.startsWith(ONLY_THERE)).toList();
            assertThat(described(mine, AS)).containsExactlyInAnyOrderElementsOf(matchedHere);
            assertThat(report.counting()).startsWith("Unicode code points");
            assertThat(report.createdCodes()).containsExactly(NEW_CODE);
            assertThat(report.unmatchedSources()).extracting(MergeReport.Unmatched::title).containsExactly(ONLY_THERE);
            assertThat(report.lines()).contains("positions counted as " + report.counting());
        }
    }

    @Test
    void mergingAProjectIntoItselfIsRefused() {
        try (Project mine = SampleCorpus.imported(dir.resolve("mine"))) {
            TestProjects.State before = TestProjects.State.of(mine);
            assertThatThrownBy(() -> mine.merges().from(mine.info().folder(), AS))
                    .isInstanceOf(CodingMergeException.class)
                    .hasMessageContaining("it is this project");
            assertThat(TestProjects.State.of(mine)).isEqualTo(before);
        }
    }

    @Test
    void aFolderThatIsNoProjectIsRefusedInOneLine() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("nothing.scholion"));
        try (Project mine = SampleCorpus.imported(dir.resolve("mine"))) {
            assertThatThrownBy(() -> mine.merges().from(empty, AS))
                    .isInstanceOf(CodingMergeException.class)
                    .hasMessage("cannot merge " + empty + ": not a Scholion project (no project.db in it)");
        }
    }

    @Test
    void aDamagedProjectDatabaseChangesNothing() throws Exception {
        Path broken = Files.createDirectory(dir.resolve("broken.scholion"));
        Files.writeString(broken.resolve("project.db"), "this is not a database, it only has its name");
        try (Project mine = SampleCorpus.imported(dir.resolve("mine"))) {
            TestProjects.State before = TestProjects.State.of(mine);
            assertThatThrownBy(() -> mine.merges().from(broken, AS))
                    .isInstanceOf(CodingMergeException.class)
                    .hasMessageStartingWith("cannot merge " + broken + ": the project cannot be read")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("scholion-merge-"));
            assertThat(TestProjects.State.of(mine)).isEqualTo(before);
        }
    }

    @Test
    void aCancelledMergeChangesNothing() {
        try (Project mine = SampleCorpus.imported(dir.resolve("mine"))) {
            TestProjects.State before = TestProjects.State.of(mine);
            org.scholion.corpus.CancellationSignal.Flag cancel = org.scholion.corpus.CancellationSignal.flag();
            cancel.cancel();
            assertThatThrownBy(() -> mine.merges().from(theirs, AS, cancel))
                    .isInstanceOf(CodingMergeException.class).hasMessageContaining("cancelled; nothing was changed");
            assertThat(TestProjects.State.of(mine)).isEqualTo(before);
        }
    }

    /** "source title | quoted text | code path | memo" for each coding of a coder, in order. */
    static List<String> described(Project project, String coder) {
        var codebook = project.codebook().snapshot();
        return project.codings().list(new CodingFilter(Set.of(), Set.of(), coder)).stream().map(c -> {
            Source source = project.sources().list().stream().filter(s -> s.id().equals(c.source())).findFirst()
                    .orElseThrow();
            String text = project.sources().text(source.id());
            TextOffsets offsets = TextOffsets.of(text);
            String quoted = offsets.slice(c.span());
            return source.title() + " | " + quoted + " | " + codebook.pathOf(c.code()) + " | " + c.memo();
        }).toList();
    }

    static Source source(Project project, String fileName) {
        return project.sources().list().stream()
                .filter(s -> s.original() != null && s.original().fileName().equals(fileName)).findFirst().orElseThrow();
    }

    private static Set<String> guids(Project project) {
        Set<String> guids = new HashSet<>();
        for (Coding coding : project.codings().list(CodingFilter.ALL)) {
            guids.add(project.store().codings().guids().get(coding.id()).guid());
        }
        return guids;
    }
}
