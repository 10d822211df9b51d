package org.scholion.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Code paths as the command line takes them: "Parent/Child", with "\/" for a slash in a name. */
class CodePathTest {

    @Test
    void splitsOnSlashesAndIgnoresSpaceAroundThem() {
        CodePath path = CodePath.parse("Power-political interests / Exclusive peacekeeping and mediation");

        assertThat(path.names()).containsExactly("Power-political interests", "Exclusive peacekeeping and mediation");
        assertThat(path.leaf()).isEqualTo("Exclusive peacekeeping and mediation");
        assertThat(path.depth()).isEqualTo(2);
    }

    @Test
    void aSlashOrBackslashInsideANameIsEscapedAndReadBack() {
        CodePath path = CodePath.of("Power-political interests", "NATO/US presence", "C:\\drive");

        assertThat(path).hasToString("Power-political interests/NATO\\/US presence/C:\\\\drive");
        assertThat(CodePath.parse(path.toString())).isEqualTo(path);
    }

    @Test
    void anEmptyNameIsNotAPath() {
        assertThatThrownBy(() -> CodePath.parse("Security interests//Border security"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Security interests//Border security' is not a code path: a name in it is empty");
        assertThatThrownBy(() -> CodePath.parse(" / ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsItsAncestors() {
        CodePath child = CodePath.of("Security interests").child("Border security");

        assertThat(child.startsWith(CodePath.of("Security interests"))).isTrue();
        assertThat(CodePath.of("Security interests").startsWith(child)).isFalse();
        assertThat(child.startsWith(CodePath.of("Security"))).as("whole names only").isFalse();
    }
}
