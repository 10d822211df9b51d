package org.scholion.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The code tree and its rules, without any store: sibling names are unique ignoring case, no code
 * is its own ancestor, and each check names what is wrong before anything would be written.
 */
class CodebookTest {

    private static final CodeId SECURITY = new CodeId(1);
    private static final CodeId SPILLOVER = new CodeId(2);
    private static final CodeId BORDERS = new CodeId(3);
    private static final CodeId POWER = new CodeId(4);
    private static final CodeId PEACEKEEPING = new CodeId(5);
    private static final CodeId BASES = new CodeId(6);
    private static final CodeId MANDATE = new CodeId(7);

    /** A slice of the study codebook, listed out of order on purpose: the tree orders by position. */
    private static Codebook study() {
        return Codebook.of(List.of(
                code(PEACEKEEPING, POWER, "Exclusive peacekeeping and mediation", 1),
                code(BORDERS, SECURITY, "Border security", 1),
                code(POWER, null, "Power-political interests", 1),
                code(MANDATE, PEACEKEEPING, "CIS mandate", 0),
                code(SECURITY, null, "Security interests", 0),
                code(SPILLOVER, SECURITY, "North Caucasus spill-over", 0),
                code(BASES, POWER, "Military bases and physical presence", 0)));
    }

    private static Code code(CodeId id, CodeId parent, String name, int position) {
        return new Code(id, parent, "key" + id, name, new CodeColor(0x1f77b4), CodeGuidance.NONE, position);
    }

    private static List<String> names(List<Code> codes) {
        return codes.stream().map(Code::name).toList();
    }

    @Test
    void listsParentsBeforeChildrenAndSiblingsInTheirOrder() {
        Codebook codebook = study();

        assertThat(names(codebook.depthFirst())).containsExactly(
                "Security interests", "North Caucasus spill-over", "Border security",
                "Power-political interests", "Military bases and physical presence",
                "Exclusive peacekeeping and mediation", "CIS mandate");
        assertThat(names(codebook.roots())).containsExactly("Security interests", "Power-political interests");
        assertThat(codebook.depth(MANDATE)).isEqualTo(2);
        assertThat(codebook.nextPosition(POWER)).isEqualTo(2);
        assertThat(codebook.nextPosition(SPILLOVER)).as("a leaf's first child").isZero();
    }

    @Test
    void namesEachCodeByItsPathFromTheTopLevel() {
        Codebook codebook = study();

        assertThat(codebook.pathOf(MANDATE)).hasToString(
                "Power-political interests/Exclusive peacekeeping and mediation/CIS mandate");
        assertThat(codebook.find(CodePath.parse("Security interests/Border security"))).map(Code::id).contains(BORDERS);
        assertThat(codebook.subtree(POWER)).containsExactly(POWER, BASES, PEACEKEEPING, MANDATE);
    }

    @Test
    void aPathThatMissesSaysWhichCodeWasProbablyMeant() {
        Codebook codebook = study();

        assertThatThrownBy(() -> codebook.resolve(CodePath.parse("Security interests/border security")))
                .isInstanceOf(CodebookException.class)
                .hasMessage("no code 'Security interests/border security' in the codebook "
                        + "(did you mean 'Security interests/Border security'?)");
        assertThatThrownBy(() -> codebook.resolve(CodePath.parse("Economic interests")))
                .hasMessage("no code 'Economic interests' in the codebook");
    }

    @Test
    void siblingsMayNotShareANameEvenInAnotherCase() {
        List<Code> codes = new ArrayList<>(study().depthFirst());
        codes.add(code(new CodeId(8), SECURITY, "BORDER Security", 2));

        assertThatThrownBy(() -> Codebook.of(codes))
                .isInstanceOf(CodebookException.class)
                .hasMessage("two sibling codes are named 'BORDER Security'");
    }

    @Test
    void codesUnderDifferentParentsMayShareAName() {
        List<Code> codes = new ArrayList<>(study().depthFirst());
        codes.add(code(new CodeId(8), POWER, "Border security", 2));

        assertThat(Codebook.of(codes).size()).isEqualTo(8);
    }

    @Test
    void aTreeWithACycleOrAMissingParentIsRefused() {
        CodeId a = new CodeId(10);
        CodeId b = new CodeId(11);
        assertThatThrownBy(() -> Codebook.of(List.of(code(a, b, "Code A", 0), code(b, a, "Code B", 0))))
                .isInstanceOf(CodebookException.class).hasMessageContaining("is its own ancestor");
        assertThatThrownBy(() -> Codebook.of(List.of(code(a, new CodeId(99), "Code A", 0))))
                .isInstanceOf(CodebookException.class)
                .hasMessage("code 'Code A' has a parent (99) that does not exist");
    }

    @Test
    void aNewCodeNeedsANameItsSiblingsDoNotHave() {
        Codebook codebook = study();

        assertThatThrownBy(() -> codebook.checkNewCode(SECURITY, "border security"))
                .isInstanceOf(CodebookException.class)
                .hasMessage("there is already a code 'Border security' under 'Security interests'");
        assertThatThrownBy(() -> codebook.checkNewCode(null, "SECURITY INTERESTS"))
                .hasMessage("there is already a code 'Security interests' at the top level");
        assertThatThrownBy(() -> codebook.checkNewCode(new CodeId(99), "Energy"))
                .hasMessage("there is no code with id 99");
        assertThatCode(() -> codebook.checkNewCode(POWER, "Border security")).doesNotThrowAnyException();
    }

    @Test
    void aCodeNameMustFitInAPathAndOnOneLine() {
        Codebook codebook = study();

        assertThatThrownBy(() -> codebook.checkNewCode(null, "  ")).hasMessage("a code name must not be empty");
        assertThatThrownBy(() -> codebook.checkNewCode(null, " Energy"))
                .hasMessage("code name ' Energy' starts or ends with white space");
        assertThatThrownBy(() -> codebook.checkNewCode(null, "Energy\tand pipelines"))
                .hasMessageContaining("contains a line break or tab");
        assertThatThrownBy(() -> codebook.checkNewCode(null, "x".repeat(201)))
                .hasMessageContaining("is longer than 200 characters");
        // 200 characters outside the BMP are 400 UTF-16 units but still 200 characters
        assertThatCode(() -> codebook.checkNewCode(null, "\uD835\uDD04".repeat(200))).doesNotThrowAnyException();
    }

    @Test
    void renamingIsRefusedOnASiblingsNameButMayChangeCase() {
        Codebook codebook = study();

        assertThatThrownBy(() -> codebook.checkRename(BORDERS, "north caucasus SPILL-OVER"))
                .isInstanceOf(CodebookException.class)
                .hasMessage("there is already a code 'North Caucasus spill-over' under 'Security interests'");
        assertThatCode(() -> codebook.checkRename(BORDERS, "BORDER SECURITY")).doesNotThrowAnyException();
        assertThatCode(() -> codebook.checkRename(BASES, "Border security")).doesNotThrowAnyException();
    }

    @Test
    void aCodeCannotMoveIntoItsOwnSubtree() {
        Codebook codebook = study();

        assertThatThrownBy(() -> codebook.checkMove(POWER, MANDATE))
                .isInstanceOf(CodebookException.class)
                .hasMessage("cannot move 'Power-political interests' under 'Power-political interests/"
                        + "Exclusive peacekeeping and mediation/CIS mandate': a code cannot be placed inside itself");
        assertThatThrownBy(() -> codebook.checkMove(POWER, POWER)).hasMessageContaining("inside itself");
    }

    @Test
    void aCodeCannotMoveWhereASiblingHasItsName() {
        List<Code> codes = new ArrayList<>(study().depthFirst());
        codes.add(code(new CodeId(8), POWER, "Border security", 2));
        Codebook codebook = Codebook.of(codes);

        assertThatThrownBy(() -> codebook.checkMove(new CodeId(8), SECURITY))
                .hasMessage("there is already a code 'Border security' under 'Security interests'");
        assertThatCode(() -> codebook.checkMove(BORDERS, null)).doesNotThrowAnyException();
        assertThatCode(() -> codebook.checkMove(BORDERS, SECURITY)).as("staying put").doesNotThrowAnyException();
    }

    @Test
    void mergingIsRefusedIntoItselfOrItsOwnDescendant() {
        Codebook codebook = study();

        assertThatThrownBy(() -> codebook.checkMerge(POWER, POWER))
                .hasMessage("cannot merge 'Power-political interests' into itself");
        assertThatThrownBy(() -> codebook.checkMerge(POWER, MANDATE))
                .hasMessage("cannot merge 'Power-political interests' into its own sub-code "
                        + "'Power-political interests/Exclusive peacekeeping and mediation/CIS mandate'");
        assertThatCode(() -> codebook.checkMerge(PEACEKEEPING, BASES)).doesNotThrowAnyException();
    }

    @Test
    void mergingIsRefusedWhenASubCodeWouldMeetItsNamesake() {
        List<Code> codes = new ArrayList<>(study().depthFirst());
        codes.add(code(new CodeId(8), BASES, "cis MANDATE", 0));
        Codebook codebook = Codebook.of(codes);

        assertThatThrownBy(() -> codebook.checkMerge(PEACEKEEPING, BASES))
                .hasMessage("there is already a code 'cis MANDATE' under "
                        + "'Power-political interests/Military bases and physical presence'");
    }
}
