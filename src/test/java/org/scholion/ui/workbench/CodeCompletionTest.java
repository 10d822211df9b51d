package org.scholion.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeCompletionTest {

    private static final List<String> CODES = List.of("Security interests", "Security interests/Border security",
            "Power-political interests", "Power-political interests/Exclusive peacekeeping and mediation",
            "Bilateral relations/Relations with Türkiye");

    private static List<String> complete(String typed) {
        return CodeCompletion.complete(CODES, typed, path -> path, path -> path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    void codesWhoseNameStartsWithTheFragmentComeFirstThenThoseContainingIt() {
        assertThat(complete("bor")).containsExactly("Security interests/Border security");
        assertThat(complete("sec")).containsExactly("Security interests", "Security interests/Border security");
        assertThat(complete("peace")).containsExactly("Power-political interests/Exclusive peacekeeping and mediation");
        assertThat(complete("interests")).containsExactly("Security interests", "Security interests/Border security",
                "Power-political interests", "Power-political interests/Exclusive peacekeeping and mediation");
    }

    @Test
    void caseAndAccentsAreIgnoredAndNothingTypedOffersEverything() {
        assertThat(complete("TURKIYE")).containsExactly("Bilateral relations/Relations with Türkiye");
        assertThat(complete("  ")).isEqualTo(CODES);
        assertThat(complete("no such code")).isEmpty();
    }
}
