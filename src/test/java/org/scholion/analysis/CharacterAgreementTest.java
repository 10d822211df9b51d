package org.scholion.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coder;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingId;
import org.scholion.source.SourceId;
import org.scholion.source.Span;

/** Agreement character by character: the stretches where coders differ, and unitized alpha on the codings. */
class CharacterAgreementTest {

    private static final SourceId TEXT = new SourceId(1);
    private static final SourceId OTHER = new SourceId(2);
    private static final CodeId NATO = new CodeId(7);
    private static final CodeId GEORGIA = new CodeId(8);
    private static final Coder ANA = new Coder(1, "ana");
    private static final Coder BEN = new Coder(2, "ben");
    private static final Map<CodeId, String> CODES = new LinkedHashMap<>();

    static {
        CODES.put(NATO, "NATO");
        CODES.put(GEORGIA, "Georgia");
    }

    private final List<Coding> codings = new ArrayList<>();

    private void code(SourceId source, CodeId code, Coder coder, int start, int end) {
        codings.add(new Coding(new CodingId(codings.size() + 1), source, new Span(start, end), code, coder,
                Instant.EPOCH, "", null));
    }

    private AgreementReport compare(UnitSource... sources) {
        return CodingAgreement.compute(List.of(sources), codings, CODES,
                new AgreementRequest(List.of("ana", "ben"), AgreementUnit.CHARACTER, Set.of()));
    }

    @Test
    void theStretchesWhereOnlyOneCoderMarkedAreTheDisagreements() {
        code(TEXT, NATO, ANA, 10, 30);
        code(TEXT, NATO, ANA, 25, 35); // overlaps her own first coding: one stretch 10-35
        code(TEXT, NATO, BEN, 20, 40);
        code(TEXT, GEORGIA, ANA, 60, 70);
        code(TEXT, GEORGIA, BEN, 60, 70);

        AgreementReport report = compare(new UnitSource(TEXT, "Kuzio", 100, List.of()));

        assertThat(report.disagreements()).extracting(Disagreement::span, Disagreement::marked)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new Span(10, 20), List.of("ana")),
                        org.assertj.core.groups.Tuple.tuple(new Span(35, 40), List.of("ben")));
        CodeAgreement nato = report.perCode().getFirst();
        assertThat(nato.marked()).containsExactly(25L, 20L);
        UnitizedData byHand = new UnitizedData(List.of("ana", "ben"), List.of(new Continuum("Kuzio", 100, List.of(
                new CodedInterval(0, 10, 35, "NATO"), new CodedInterval(1, 20, 40, "NATO")))));
        assertThat(nato.statistic(CharacterAgreement.NAME).orElseThrow().value().getAsDouble())
                .isCloseTo(UnitizedAlpha.of(byHand, "NATO").value().getAsDouble(), within(1e-12));
        CodeAgreement georgia = report.perCode().get(1);
        assertThat(georgia.statistic(CharacterAgreement.NAME).orElseThrow().value().getAsDouble()).isEqualTo(1.0);
        assertThat(report.overall().label()).isEqualTo("all codes (pooled)");
        assertThat(report.overall().statistic(CharacterAgreement.NAME).orElseThrow().isDefined()).isTrue();
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).startsWith("uα, all codes"));
    }

    @Test
    void onlySourcesBothCodersCodedAreCompared() {
        code(TEXT, NATO, ANA, 10, 30);
        code(TEXT, NATO, BEN, 10, 30);
        code(OTHER, NATO, ANA, 0, 50); // ben never read the other source

        AgreementReport report = compare(new UnitSource(TEXT, "Kuzio", 100, List.of()),
                new UnitSource(OTHER, "Thesis", 1000, List.of()));

        assertThat(report.disagreements()).isEmpty();
        AgreementResult alpha = report.perCode().getFirst().statistic(CharacterAgreement.NAME).orElseThrow();
        assertThat(alpha.value().getAsDouble()).isEqualTo(1.0);
        assertThat(alpha.units()).isEqualTo(1);
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("\"Thesis\"").contains("ben"));
    }
}
