package org.scholion.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Colours as a hand-written codebook may give them, always written back as lower-case #rrggbb. */
class CodeColorTest {

    @Test
    void readsHexInEitherCaseAndWritesLowerCase() {
        assertThat(CodeColor.parse("#1F77B4").hex()).isEqualTo("#1f77b4");
        assertThat(CodeColor.parse(" #ff7f0e ").hex()).isEqualTo("#ff7f0e");
    }

    @Test
    void readsShortHexAsEachDigitDoubled() {
        CodeColor colour = CodeColor.parse("#9cF");

        assertThat(colour.hex()).isEqualTo("#99ccff");
        assertThat(colour.red()).isEqualTo(0x99);
        assertThat(colour.green()).isEqualTo(0xcc);
        assertThat(colour.blue()).isEqualTo(0xff);
    }

    @Test
    void readsCssColourNames() {
        assertThat(CodeColor.parse("Teal").hex()).isEqualTo("#008080");
        assertThat(CodeColor.parse("darkorange").hex()).isEqualTo("#ff8c00");
        assertThat(CodeColor.parse("grey")).isEqualTo(CodeColor.parse("gray"));
    }

    @Test
    void anUnknownColourSaysWhatWouldBeUnderstood() {
        assertThatThrownBy(() -> CodeColor.parse("reddish"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown colour 'reddish' (expected #rrggbb, #rgb or a CSS colour name such as teal)");
        assertThat(CodeColor.tryParse("#12345")).isEmpty();
        assertThat(CodeColor.tryParse("#gggggg")).isEmpty();
        assertThat(CodeColor.tryParse(null)).isEmpty();
    }

    @Test
    void onlySrgbValuesAreColours() {
        assertThatThrownBy(() -> new CodeColor(0x1000000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CodeColor(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
