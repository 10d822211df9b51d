package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholion.codebook.CodeGuidance;

/** A code's guidance written into one Description and read back exactly; another tool's description is a definition. */
class GuidanceTextTest {

    @Test
    void aBareDefinitionIsWrittenAsItIs() {
        assertThat(GuidanceText.format(new CodeGuidance("Russia's security interests.", "", "", "")))
                .isEqualTo("Russia's security interests.");
        assertThat(GuidanceText.format(CodeGuidance.NONE)).isEmpty();
    }

    @Test
    void fullGuidanceIsWrittenWithLabelsInOrder() {
        CodeGuidance guidance = new CodeGuidance("What it is.", "Use it here.", "Not there.", "“An example.”");
        assertThat(GuidanceText.format(guidance)).isEqualTo("""
                Definition: What it is.

                When to use: Use it here.

                When not to use: Not there.

                Example: “An example.”""");
    }

    @Test
    void everyCombinationOfPartsComesBackExactly() {
        List<String> values = List.of("", "plain", " leading blank", "two\n\nparagraphs", "ends in blank lines\n\n",
                "When to use: looks labelled", "Example: tricky\n\nDefinition: again", "😀 𝔄 e\u0301");
        int checked = 0;
        for (String definition : values) {
            for (String whenToUse : values) {
                for (String whenNot : List.of("", "no", "Definition: x")) {
                    for (String example : List.of("", "«пример»", "line\n\nWhen to use: not a label here")) {
                        CodeGuidance guidance = new CodeGuidance(definition, whenToUse, whenNot, example);
                        assertThat(GuidanceText.parse(GuidanceText.format(guidance))).as("%s", guidance)
                                .isEqualTo(guidance);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void anotherToolsDescriptionIsTheDefinitionWhole() {
        assertThat(GuidanceText.parse("Statements about security.\nWhen to use: always."))
                .isEqualTo(new CodeGuidance("Statements about security.\nWhen to use: always.", "", "", ""));
        assertThat(GuidanceText.parse("Definition: \n\nExample: x"))
                .as("an empty labelled part is not what Scholion writes")
                .isEqualTo(new CodeGuidance("Definition: \n\nExample: x", "", "", ""));
        assertThat(GuidanceText.parse("Example: first\n\nDefinition: out of order"))
                .isEqualTo(new CodeGuidance("", "", "", "first\n\nDefinition: out of order"));
        assertThat(GuidanceText.parse(null)).isEqualTo(CodeGuidance.NONE);
    }
}
