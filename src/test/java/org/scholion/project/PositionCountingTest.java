package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.exchange.QdaProject;
import org.scholion.project.ExchangeText.Counting;

/**
 * A file's selection positions are read in the counting its tool used: code points as the standard
 * says, UTF-16 code units as NVivo writes, or either with CRLF counted as one. Texts with emoji,
 * mathematical letters and CRLF line ends make the countings disagree; the import must find the
 * one the file used, code the very passages the tool coded, and say in its report what it chose.
 */
class PositionCountingTest {

    /** Astral characters before and between the passages, CRLF line ends, a combining accent. */
    static final String TEXT = "😀 Peace talks began in Moscow.\r\n𝔄 Russia sent 🕊\uFE0F peacekeepers to Karabakh.\r\n"
            + "The cafe\u0301 mandate 👩\u200D🔬 lasts five years.\r\nIt is renewable 𝔅𝔆 unless a party objects.";
    static final String[] PASSAGES = {"Peace talks", "Russia sent", "peacekeepers to Karabakh", "mandate",
        "five years", "renewable", "unless a party objects"};
    static final String SECOND = "First line 🕊\r\nsecond line 😀 with words\r\nthird 𝔄 line.";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Counting.class)
    void eachCountingIsRecognisedAndTheCodedPassagesAreTheToolsOwn(Counting counting) {
        QdaProject model = QdaModels.project("some tool 1.0", List.of(
                QdaModels.source(1, "Talks", TEXT, counting, PASSAGES),
                QdaModels.source(2, "Lines", SECOND, counting, "second line", "with words", "third")));

        QdaImport.Imported imported = QdaImport.withTika().intoNewProject(model,
                QdaImportRequest.of(dir.resolve("p"), "anna", null));

        assertThat(imported.report().counting()).startsWith(counting.label() + " (")
                .contains("10 of 10 selections on word boundaries");
        assertThat(imported.report().notes()).isEmpty();
        try (Project project = Project.open(imported.project())) {
            List<Coding> codings = project.codings().list(CodingFilter.ALL);
            assertThat(codings).extracting(c -> c.anchor().quote()).containsExactly(
                    "Peace talks", "Russia sent", "peacekeepers to Karabakh", "mandate", "five years", "renewable",
                    "unless a party objects", "second line", "with words", "third");
            assertThat(project.sources().list()).extracting(s -> project.sources().text(s.id()))
                    .containsExactly(TEXT.replace("\r\n", "\n"), SECOND.replace("\r\n", "\n"));
        }
    }

    @Test
    void theReportSaysWhatWasChosenAndHowTheOthersFared() {
        PositionCounting.Choice spec = choose("qc 1.3.2", Counting.CODE_POINTS);
        assertThat(spec.counting()).isEqualTo(Counting.CODE_POINTS);
        // "Peace talks" comes before the first CRLF: counting CRLF as one does not move it
        assertThat(spec.explanation()).isEqualTo("Unicode code points (as the standard says; 7 of 7 selections on "
                + "word boundaries, UTF-16 units 0 of 7, code points with CRLF as one 1 of 7, "
                + "UTF-16 units with CRLF as one 0 of 7)");

        PositionCounting.Choice nvivo = choose("NVivo 14", Counting.UTF16_UNITS);
        assertThat(nvivo.counting()).isEqualTo(Counting.UTF16_UNITS);
        // read as code points, the UTF-16 positions of "five years" fall on "years.\nIt": between words by chance
        assertThat(nvivo.explanation()).isEqualTo("UTF-16 code units (origin NVivo 14; 7 of 7 selections on word "
                + "boundaries, code points 1 of 7, UTF-16 units with CRLF as one 1 of 7, code points with CRLF as one "
                + "0 of 7)");

        PositionCounting.Choice other = choose("MAXQDA 2022", Counting.UTF16_UNITS);
        assertThat(other.counting()).isEqualTo(Counting.UTF16_UNITS);
        assertThat(other.explanation()).startsWith("UTF-16 code units (fits best; 7 of 7");
    }

    @Test
    void anNVivoFileCountedAsTheStandardSaysIsStillReadAsCodePoints() {
        PositionCounting.Choice choice = choose("NVivo 14", Counting.CODE_POINTS);
        assertThat(choice.counting()).isEqualTo(Counting.CODE_POINTS);
        assertThat(choice.explanation()).startsWith("Unicode code points (as the standard says; 7 of 7");
    }

    @Test
    void onATieTheOriginDecidesThenTheStandard() {
        // Single-letter words after an emoji: [4, 5) is "b" in code points and " " in UTF-16 units,
        // and both lie between words, so the selections cannot tell the countings apart.
        String text = "😀 a b c d e";
        List<PositionCounting.Sample> samples = List.of(new PositionCounting.Sample(ExchangeText.of(text),
                List.of(new long[] {4, 5}, new long[] {8, 9})));

        PositionCounting.Choice nvivo = PositionCounting.choose(samples, "NVivo for Mac 15.0.0");
        assertThat(nvivo.counting()).isEqualTo(Counting.UTF16_UNITS);
        assertThat(nvivo.explanation()).isEqualTo("UTF-16 code units (origin NVivo for Mac 15.0.0; 2 of 2 selections "
                + "on word boundaries, code points 2 of 2)");

        PositionCounting.Choice generic = PositionCounting.choose(samples, "ATLAS.ti 23");
        assertThat(generic.counting()).isEqualTo(Counting.CODE_POINTS);
        assertThat(generic.explanation()).isEqualTo("Unicode code points (as the standard says; 2 of 2 selections "
                + "on word boundaries, UTF-16 units 2 of 2)");
    }

    @Test
    void textsTheCountingsAgreeOnAreReadAsTheStandardSays() {
        List<PositionCounting.Sample> samples = List.of(new PositionCounting.Sample(ExchangeText.of("Plain ASCII text."),
                List.of(new long[] {0, 5})));
        assertThat(PositionCounting.choose(samples, "NVivo").explanation())
                .isEqualTo("UTF-16 code units, origin NVivo (the other countings give the same positions in these texts)");
        assertThat(PositionCounting.choose(samples, "").explanation())
                .isEqualTo("Unicode code points, as the standard says (the other countings give the same positions in "
                        + "these texts)");
        assertThat(PositionCounting.choose(List.of(), "").explanation())
                .isEqualTo("Unicode code points, as the standard says (no text selections to check)");
    }

    @Test
    void storedTextHasLfLineEndsAndPositionsFollowThem() {
        ExchangeText text = ExchangeText.of("a\r\nb\rc\nd😀e");
        assertThat(text.stored()).isEqualTo("a\nb\nc\nd😀e");
        assertThat(text.storedLength()).isEqualTo(9);
        // code points of the original: a=0 CR=1 LF=2 b=3 CR=4 c=5 LF=6 d=7 😀=8 e=9
        assertThat(text.toStored(3, Counting.CODE_POINTS)).as("b").isEqualTo(2);
        assertThat(text.toStored(2, Counting.CODE_POINTS)).as("between CR and LF: at the LF").isEqualTo(1);
        assertThat(text.toStored(9, Counting.CODE_POINTS)).as("e").isEqualTo(8);
        assertThat(text.toStored(10, Counting.UTF16_UNITS)).as("e in UTF-16 units").isEqualTo(8);
        assertThat(text.toStored(9, Counting.UTF16_UNITS)).as("inside the emoji: the emoji").isEqualTo(7);
        assertThat(text.splitsCharacter(9, Counting.UTF16_UNITS)).isTrue();
        assertThat(text.toStored(8, Counting.CODE_POINTS_CRLF_AS_ONE)).as("e").isEqualTo(8);
        assertThat(text.toStored(9, Counting.UTF16_UNITS_CRLF_AS_ONE)).as("e").isEqualTo(8);
        assertThat(text.toStored(11, Counting.CODE_POINTS)).isEqualTo(ExchangeText.OUTSIDE);
        assertThat(text.toStored(12, Counting.UTF16_UNITS)).isEqualTo(ExchangeText.OUTSIDE);
        assertThat(text.toStored(-1, Counting.CODE_POINTS)).isEqualTo(ExchangeText.OUTSIDE);
    }

    private static PositionCounting.Choice choose(String origin, Counting counting) {
        return PositionCounting.choose(List.of(new PositionCounting.Sample(ExchangeText.of(TEXT), java.util.Arrays
                .stream(PASSAGES).map(p -> QdaModels.positions(TEXT, p, counting)).toList())), origin);
    }
}
