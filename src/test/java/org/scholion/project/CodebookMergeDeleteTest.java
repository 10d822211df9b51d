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
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.CodePath;
import org.scholion.codebook.CodebookException;
import org.scholion.codebook.DeletePolicy;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingAction;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoTarget;
import org.scholion.source.Source;

/**
 * Merging and deleting codes, the two operations that could lose a researcher's work: codings,
 * sub-codes and memos always end up somewhere the user chose, or in the log, never nowhere.
 */
class CodebookMergeDeleteTest {

    private static final String BASES = "Power-political interests/Military bases and physical presence";

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

    private Coding codeAs(String codePath, String passage, String coder, String memo) {
        return project.codings().code(kuzio.id(), TestProjects.spanOf(project, kuzio, passage),
                code(project, codePath).id(), coder, memo);
    }

    private boolean exists(String codePath) {
        return project.codebook().snapshot().find(CodePath.parse(codePath)).isPresent();
    }

    @Test
    void mergingMovesCodingsSubCodesAndMemosToTheSurvivor() {
        Code absorbed = code(project, PEACEKEEPING);
        Code mandate = project.codebook().add(absorbed.id(), "CIS mandate", CodeColor.parse("orange"), null, CODER);
        Coding onMandate = codeAs(PEACEKEEPING + "/CIS mandate", "Russian peacekeepers in the area", CODER, "");
        Memo memo = TestProjects.memoOnCode(project, absorbed, "Monopoly", "Moscow never shares the mandate.");
        Code survivor = code(project, BASES);

        int moved = project.codebook().merge(absorbed.id(), survivor.id(), CODER);

        assertThat(moved).as("codings of the merged code itself").isEqualTo(1);
        assertThat(exists(PEACEKEEPING)).isFalse();
        assertThat(project.codings().list(new CodingFilter(Set.of(survivor.id()), null, null)))
                .extracting(c -> c.anchor().quote())
                .containsExactly(TestProjects.PEACEKEEPERS_PASSAGE);
        assertThat(code(project, BASES + "/CIS mandate").id()).isEqualTo(mandate.id());
        assertThat(project.codings().get(onMandate.id()).code()).as("sub-code codings stay with the sub-code")
                .isEqualTo(mandate.id());
        assertThat(project.store().memos().on(new MemoTarget.OnCode(survivor.id()))).singleElement()
                .satisfies(m -> assertThat(m.id()).isEqualTo(memo.id()))
                .satisfies(m -> assertThat(m.title()).isEqualTo("[from merged code " + PEACEKEEPING + "] Monopoly"))
                .satisfies(m -> assertThat(m.text()).isEqualTo("Moscow never shares the mandate."));
        assertThat(project.store().log().recent(1).getFirst().detail())
                .isEqualTo("merged '" + PEACEKEEPING + "' into '" + BASES + "' (1 codings moved)");
    }

    @Test
    void mergingIntoItselfOrItsOwnSubCodeIsRefused() {
        Code power = code(project, "Power-political interests");
        Code peacekeeping = code(project, PEACEKEEPING);
        TestProjects.State before = TestProjects.State.of(project);

        assertThatThrownBy(() -> project.codebook().merge(peacekeeping.id(), peacekeeping.id(), CODER))
                .isInstanceOf(CodebookException.class)
                .hasMessage("cannot merge '" + PEACEKEEPING + "' into itself");
        assertThatThrownBy(() -> project.codebook().merge(power.id(), peacekeeping.id(), CODER))
                .isInstanceOf(CodebookException.class)
                .hasMessage("cannot merge 'Power-political interests' into its own sub-code '" + PEACEKEEPING + "'");
        assertThat(TestProjects.State.of(project)).isEqualTo(before);
    }

    @Test
    void mergingIsRefusedWhenASubCodeWouldMeetItsNamesake() {
        Code absorbed = code(project, PEACEKEEPING);
        Code survivor = code(project, BASES);
        project.codebook().add(absorbed.id(), "Gudauta", CodeColor.parse("red"), null, CODER);
        project.codebook().add(survivor.id(), "GUDAUTA", CodeColor.parse("red"), null, CODER);
        TestProjects.State before = TestProjects.State.of(project);

        assertThatThrownBy(() -> project.codebook().merge(absorbed.id(), survivor.id(), CODER))
                .isInstanceOf(CodebookException.class)
                .hasMessage("there is already a code 'GUDAUTA' under '" + BASES + "'");
        assertThat(TestProjects.State.of(project)).isEqualTo(before);
    }

    @Test
    void deletingACodedCodeIsRefusedSayingHowManyCodingsUseIt() {
        Code power = code(project, "Power-political interests");
        TestProjects.State oneCoding = TestProjects.State.of(project);

        assertThatThrownBy(() -> project.codebook().delete(power.id(), DeletePolicy.refuseIfCoded(), CODER))
                .isInstanceOf(CodebookException.class)
                .hasMessage("cannot delete 'Power-political interests': 1 coding uses it or its sub-codes; "
                        + "delete them with it, or reassign them to another code");
        assertThat(TestProjects.State.of(project)).isEqualTo(oneCoding);

        codeAs("Power-political interests", "the Kremlin has allocated them different goals", CODER, "");
        TestProjects.State twoCodings = TestProjects.State.of(project);
        assertThatThrownBy(() -> project.codebook().delete(power.id(), DeletePolicy.refuseIfCoded(), CODER))
                .hasMessageStartingWith("cannot delete 'Power-political interests': 2 codings use it or its sub-codes");
        assertThat(TestProjects.State.of(project)).isEqualTo(twoCodings);
    }

    @Test
    void deletingAnUncodedCodeTakesItsSubCodesAndTurnsTheirMemosIntoProjectMemos() {
        Code security = code(project, "Security interests");
        Code borders = code(project, "Security interests/Border security");
        TestProjects.memoOnCode(project, security, "Dimension", "Security is the weaker explanation.");
        TestProjects.memoOnCode(project, borders, "Guards", "Border guards double as presence.");

        int deletedCodings = project.codebook().delete(security.id(), DeletePolicy.refuseIfCoded(), CODER);

        assertThat(deletedCodings).isZero();
        assertThat(project.codebook().snapshot().roots()).extracting(Code::name)
                .containsExactly("Power-political interests", "Bilateral relations");
        assertThat(project.codebook().snapshot().size()).isEqualTo(21 - 6);
        assertThat(project.store().memos().on(MemoTarget.project())).extracting(Memo::title, Memo::text)
                .containsExactlyInAnyOrder(
                        tuple("[from deleted code Security interests] Dimension",
                                "Security is the weaker explanation."),
                        tuple("[from deleted code Security interests/Border security] Guards",
                                "Border guards double as presence."));
        assertThat(project.store().log().recent(1).getFirst().detail())
                .isEqualTo("deleted 'Security interests' and 5 sub-codes (0 codings deleted)");
    }

    @Test
    void deletingWithTheCodingsLogsEachRemovedCodingInFull() {
        Coding first = TestProjects.onlyCoding(project);
        Coding second = codeAs("Power-political interests/Status quo and controlled instability",
                "Russian peacekeepers have always promoted separatism", "boris", "separatism as a lever");
        Code power = code(project, "Power-political interests");

        int deleted = project.codebook().delete(power.id(), new DeletePolicy.DeleteCodings(), CODER);

        assertThat(deleted).isEqualTo(2);
        assertThat(project.codings().list(CodingFilter.ALL)).isEmpty();
        assertThat(exists("Power-political interests")).isFalse();
        List<CodingAction> group = project.store().log().group(project.store().log().recent(1).getFirst().group());
        List<Coding> logged = group.stream().filter(a -> a.kind() == CodingAction.Kind.REMOVE)
                .map(CodingAction::coding).toList();
        // everything but the anchor, which is recomputed from the immutable text on restore
        assertThat(logged).usingRecursiveFieldByFieldElementComparatorIgnoringFields("anchor", "coder.id")
                .containsExactlyInAnyOrder(first, second);
        assertThat(group).last().extracting(CodingAction::detail)
                .isEqualTo("deleted 'Power-political interests' and 8 sub-codes (2 codings deleted)");
    }

    @Test
    void reassigningMovesTheCodingsToAnotherCodeBeforeDeleting() {
        Coding coding = TestProjects.onlyCoding(project);
        Code power = code(project, "Power-political interests");
        Code west = code(project, "Bilateral relations/Relations with the West");

        int reassigned = project.codebook().delete(power.id(), new DeletePolicy.ReassignTo(west.id()), CODER);

        assertThat(reassigned).isEqualTo(1);
        Coding moved = project.codings().get(coding.id());
        assertThat(moved.code()).isEqualTo(west.id());
        assertThat(moved).usingRecursiveComparison().ignoringFields("code").isEqualTo(coding);
        assertThat(project.store().log().recent(1).getFirst().detail())
                .isEqualTo("deleted 'Power-political interests' and 8 sub-codes (1 codings reassigned)");
    }

    @Test
    void reassigningToACodeThatWouldGoWithItIsRefused() {
        Code power = code(project, "Power-political interests");
        Code energy = code(project, "Power-political interests/Energy and pipelines");
        TestProjects.State before = TestProjects.State.of(project);

        assertThatThrownBy(() -> project.codebook().delete(power.id(), new DeletePolicy.ReassignTo(energy.id()), CODER))
                .isInstanceOf(CodebookException.class)
                .hasMessage("cannot reassign the codings of 'Power-political interests' to "
                        + "'Power-political interests/Energy and pipelines', which is deleted with it");
        assertThatThrownBy(() -> project.codebook().delete(power.id(), new DeletePolicy.ReassignTo(new CodeId(999)), CODER))
                .isInstanceOf(CodebookException.class).hasMessage("there is no code with id 999");
        assertThat(TestProjects.State.of(project)).isEqualTo(before);
    }
}
