package org.scholion.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules a codebook file must keep, checked on the codes as read: each problem names the code
 * (by its place in the file) and the field, so the reader can point at the line.
 */
class CodebookSpecTest {

    private static CodeSpec spec(String key, String parent, String name) {
        return new CodeSpec(key, parent, name, CodeColor.parse("teal"), null);
    }

    private static List<CodebookProblem> problems(CodeSpec... codes) {
        return new CodebookSpec("Test", null, List.of(codes)).problems();
    }

    @Test
    void aSoundCodebookHasNoProblems() {
        assertThat(problems(
                spec("security", null, "Security interests"),
                spec("security.borders", "security", "Border security"),
                spec("power", null, "Power-political interests"),
                spec("power.borders", "power", "Border security"))).isEmpty();
    }

    @Test
    void aKeyUsedTwiceIsAProblemOfTheSecondCode() {
        assertThat(problems(
                spec("security", null, "Security interests"),
                spec("security", null, "Power-political interests")))
                .containsExactly(new CodebookProblem(1, "key", "key 'security' is used by an earlier code"));
    }

    @Test
    void siblingNamesMustDifferIgnoringCase() {
        assertThat(problems(
                spec("security", null, "Security interests"),
                spec("security.borders", "security", "Border security"),
                spec("security.border", "security", "BORDER security")))
                .containsExactly(new CodebookProblem(2, "name", "duplicate name 'BORDER security' under 'security'"));
        assertThat(problems(
                spec("security", null, "Security interests"),
                spec("power", null, "security INTERESTS")))
                .containsExactly(new CodebookProblem(1, "name", "duplicate name 'security INTERESTS' at the top level"));
    }

    @Test
    void aParentMustBeTheKeyOfACode() {
        assertThat(problems(spec("power.energy", "powr", "Energy and pipelines")))
                .containsExactly(new CodebookProblem(0, "parent", "parent 'powr' is not the key of any code"));
        assertThat(problems(spec("power", "power", "Power-political interests")))
                .containsExactly(new CodebookProblem(0, "parent", "code 'power' names itself as its parent"));
    }

    @Test
    void parentsMayNotFormACycle() {
        assertThat(problems(
                spec("security", null, "Security interests"),
                spec("a", "b", "Code A"),
                spec("b", "a", "Code B")))
                .extracting(CodebookProblem::codeIndex, CodebookProblem::field, CodebookProblem::message)
                .containsExactly(
                        tuple(1, "parent", "codes form a cycle: a -> b -> a"),
                        tuple(2, "parent", "codes form a cycle: b -> a -> b"));
    }

    @Test
    void anInvalidNameIsNamedWithItsReason() {
        assertThat(problems(spec("security", null, "Security\ninterests")))
                .containsExactly(new CodebookProblem(0, "name", "code name 'Security\ninterests' contains a line break or tab"));
    }

    @Test
    void childrenMayComeBeforeTheirParentInTheFile() {
        assertThat(problems(
                spec("security.borders", "security", "Border security"),
                spec("security", null, "Security interests"))).isEmpty();
    }
}
