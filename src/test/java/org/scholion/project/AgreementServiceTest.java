package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.analysis.AgreementReport;
import org.scholion.analysis.AgreementUnit;
import org.scholion.analysis.CodeAgreement;
import org.scholion.analysis.CohenKappa;
import org.scholion.analysis.Disagreement;
import org.scholion.analysis.PercentAgreement;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.source.Source;
import org.scholion.source.Span;
import org.scholion.source.TextSegments;

/** Agreement on the corpus coded by ana, ben and cleo, checked against counts made here from the store. */
class AgreementServiceTest {

    @TempDir
    Path dir;

    @Test
    void sentenceAgreementOnGeorgiaEqualsTheTableCountedHere() {
        try (Project project = CodedSample.coded(dir)) {
            CodeId georgia = TestProjects.code(project, CodedSample.GEORGIA).id();
            AgreementReport report = project.agreement().compare(List.of("ana", "ben"), AgreementUnit.SENTENCE, Set.of(georgia));

            // Count the 2x2 table the plain way: every sentence against every coding of each coder.
            long both = 0, anaOnly = 0, benOnly = 0, neither = 0;
            List<Coding> codings = project.codings().list(new CodingFilter(Set.of(georgia), Set.of(), null));
            for (Source source : project.sources().list()) {
                List<Coding> here = codings.stream().filter(c -> c.source().equals(source.id())).toList();
                boolean anaCoded = !project.codings().list(new CodingFilter(Set.of(), Set.of(source.id()), "ana")).isEmpty();
                boolean benCoded = !project.codings().list(new CodingFilter(Set.of(), Set.of(source.id()), "ben")).isEmpty();
                if (!anaCoded || !benCoded) {
                    continue;
                }
                for (Span sentence : TextSegments.of(project.sources().text(source.id())).sentences()) {
                    boolean a = here.stream().anyMatch(c -> c.coder().name().equals("ana") && c.span().overlaps(sentence));
                    boolean b = here.stream().anyMatch(c -> c.coder().name().equals("ben") && c.span().overlaps(sentence));
                    if (a && b) both++; else if (a) anaOnly++; else if (b) benOnly++; else neither++;
                }
            }
            double n = both + anaOnly + benOnly + neither;
            double observed = (both + neither) / n;
            double expected = (both + anaOnly) / n * (both + benOnly) / n + (benOnly + neither) / n * (anaOnly + neither) / n;
            double kappa = (observed - expected) / (1 - expected);

            CodeAgreement line = report.perCode().getFirst();
            assertThat(anaOnly + benOnly).as("the two queries differ, so the coders do too").isPositive();
            assertThat(line.statistic(PercentAgreement.NAME).orElseThrow().value().getAsDouble()).isCloseTo(observed, within(1e-12));
            assertThat(line.statistic(CohenKappa.NAME).orElseThrow().value().getAsDouble()).isCloseTo(kappa, within(1e-12));
            assertThat(line.statistic(CohenKappa.NAME).orElseThrow().units()).isEqualTo((int) n);
            assertThat(line.marked()).containsExactly(both + anaOnly, both + benOnly);
            assertThat(report.disagreements()).hasSize((int) (anaOnly + benOnly));
        }
    }

    @Test
    void natoCodedByParagraphAgainstBySentenceDiffersOnlyWhereBenCodedMore() {
        try (Project project = CodedSample.coded(dir)) {
            CodeId nato = TestProjects.code(project, CodedSample.NATO).id();
            AgreementReport report = project.agreement().compare(List.of("ana", "ben"), AgreementUnit.SENTENCE, Set.of(nato));

            List<Disagreement> places = report.disagreements();
            assertThat(places).isNotEmpty().allSatisfy(place -> {
                assertThat(place.marked()).containsExactly("ben");
                assertThat(place.omitted()).containsExactly("ana");
            });
            long anaCodings = project.codings().list(new CodingFilter(Set.of(nato), Set.of(), "ana")).size();
            CodeAgreement line = report.perCode().getFirst();
            assertThat(line.marked().getFirst()).as("ana coded each NATO sentence once").isEqualTo(anaCodings);
            assertThat(line.marked().get(1)).isEqualTo(anaCodings + places.size());

            AgreementReport byParagraph = project.agreement().compare(List.of("ana", "ben"), AgreementUnit.PARAGRAPH, Set.of(nato));
            assertThat(byParagraph.disagreements()).as("the paragraphs are the same, whoever cut them finer").isEmpty();
        }
    }

    @Test
    void characterByCharacterBenCodedMoreOfNatoNeverLess() {
        try (Project project = CodedSample.coded(dir)) {
            CodeId nato = TestProjects.code(project, CodedSample.NATO).id();
            AgreementReport report = project.agreement().compare(List.of("ana", "ben"), AgreementUnit.CHARACTER, Set.of(nato));

            assertThat(report.disagreements()).isNotEmpty().allSatisfy(place -> assertThat(place.marked()).containsExactly("ben"));
            CodeAgreement line = report.perCode().getFirst();
            double alpha = line.statistic("Krippendorff's unitized alpha (|uα)").orElseThrow().value().getAsDouble();
            assertThat(alpha).isBetween(-1.0, 1.0);
            long benOnly = report.disagreements().stream().mapToLong(place -> place.span().length()).sum();
            assertThat(line.marked().get(1) - line.marked().getFirst()).isEqualTo(benOnly);
        }
    }

    @Test
    void threeCodersNoteWhereOneDidNotCode() {
        try (Project project = CodedSample.coded(dir)) {
            AgreementReport report = project.agreement().compare(List.of("ana", "ben", "cleo"), AgreementUnit.PARAGRAPH, Set.of());

            assertThat(report.perCode()).extracting(CodeAgreement::label).contains(CodedSample.NATO, CodedSample.TURKEY);
            assertThat(report.perCode().getFirst().statistic(CohenKappa.NAME)).isEmpty();
            List<String> withoutCleo = project.sources().list().stream()
                    .filter(s -> project.codings().list(new CodingFilter(Set.of(), Set.of(s.id()), "cleo")).isEmpty())
                    .map(Source::title).toList();
            assertThat(withoutCleo).isNotEmpty();
            for (String title : withoutCleo) {
                assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("\"" + title + "\"").contains("cleo"));
            }
        }
    }

    @Test
    void anUnknownCoderIsNamedWithTheCodersThereAre() {
        try (Project project = CodedSample.coded(dir)) {
            assertThatThrownBy(() -> project.agreement().compare(List.of("ana", "dora"), AgreementUnit.SENTENCE, Set.of()))
                    .hasMessageContaining("no coder named 'dora'").hasMessageContaining("ana").hasMessageContaining("ben");
            assertThatThrownBy(() -> project.agreement().compare(List.of("ana"), AgreementUnit.SENTENCE, Set.of()))
                    .hasMessageContaining("two or more coders");
        }
    }
}
