package org.scholion.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationTest {

    @Test
    void authorDateCitationsInline() {
        assertThat(new Citation("kuzio2021", "Kuzio", 2021).inline(null)).isEqualTo("(Kuzio 2021)");
        assertThat(new Citation("miholjcic2022", "Miholjcic", 2022).inline("12")).isEqualTo("(Miholjcic 2022, p. 12)");
        assertThat(new Citation("miholjcic2022", "Miholjcic", 2022).inline("12-13")).isEqualTo("(Miholjcic 2022, pp. 12\u201313)");
        assertThat(new Citation("x", "Untitled memo", null).inline("")).isEqualTo("(Untitled memo n.d.)");
    }

    @Test
    void pandocCitationsUseTheKey() {
        assertThat(new Citation("kuzio2021", "Kuzio", 2021).pandoc("3")).isEqualTo("[@kuzio2021, p. 3]");
        assertThat(new Citation("kuzio2021", "Kuzio", 2021).pandoc(null)).isEqualTo("[@kuzio2021]");
        assertThat(new Citation("k", "A", 1).pandoc("12\u201313")).isEqualTo("[@k, pp. 12\u201313]");
    }

    @Test
    void theAuthorPartNamesOneTwoOrTheFirstOfManyByFamilyName() {
        assertThat(Citation.authorPart(List.of(), "Russia's policies towards the conflicts in the South Caucasus "
                + "(Abkhazia, South Ossetia, Mountainous Karabakh), 1991-2008"))
                .isEqualTo("\u201CRussia's policies towards the conflicts\u2026\u201D");
        assertThat(Citation.authorPart(List.of(), "Assessing Russia's role: efforts to resolve the conflict"))
                .isEqualTo("\u201CAssessing Russia's role\u201D");
        assertThat(Citation.authorPart(null, "Интервью с экспертом «Кавказ» 🕊"))
                .isEqualTo("\u201CИнтервью с экспертом «Кавказ» 🕊\u201D");
        assertThat(Citation.authorPart(List.of("Taras Kuzio"), "T")).isEqualTo("Kuzio");
        assertThat(Citation.authorPart(List.of("Kuzio, Taras"), "T")).isEqualTo("Kuzio");
        assertThat(Citation.authorPart(List.of("Anna Smith", "Jones, B."), "T")).isEqualTo("Smith and Jones");
        assertThat(Citation.authorPart(List.of("A Smith", "B Jones", "C Brown"), "T")).isEqualTo("Smith et al.");
        assertThat(Citation.authorPart(List.of("Олена Петренко"), "T")).isEqualTo("Петренко");
        assertThat(Citation.authorPart(List.of(), "A title")).isEqualTo("\u201CA title\u201D");
    }

    @Test
    void aCitationNeedsAKey() {
        assertThatThrownBy(() -> new Citation(" ", "A", 2020)).isInstanceOf(IllegalArgumentException.class);
    }
}
