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

/**
 * Sentences as units, checked against the 2x2 table a reader can count by hand: ten sentences of
 * ten characters, ana codes sentences 1-4, ben 3-6 (his last coding only touches sentence 7's start,
 * end exclusive, so sentence 7 is not his).
 */
class SegmentAgreementTest {

    private static final SourceId FIRST = new SourceId(1);
    private static final SourceId SECOND = new SourceId(2);
    private static final CodeId SECURITY = new CodeId(10);
    private static final CodeId TURKEY = new CodeId(11);
    private static final CodeId UNUSED = new CodeId(12);
    private static final Coder ANA = new Coder(1, "ana");
    private static final Coder BEN = new Coder(2, "ben");
    private static final Coder CLEO = new Coder(3, "cleo");
    private static final Map<CodeId, String> CODES = new LinkedHashMap<>();

    static {
        CODES.put(SECURITY, "Security interests");
        CODES.put(TURKEY, "Bilateral relations/Relations with Turkey");
        CODES.put(UNUSED, "Energy");
    }

    private final List<Coding> codings = new ArrayList<>();

    private static List<Span> tenSentences() {
        List<Span> units = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            units.add(new Span(i * 10, i * 10 + 9)); // a space between sentences
        }
        return units;
    }

    private void code(SourceId source, CodeId code, Coder coder, int start, int end) {
        codings.add(new Coding(new CodingId(codings.size() + 1), source, new Span(start, end), code, coder,
                Instant.EPOCH, "", null));
    }

    private AgreementReport compare(List<String> coders, Set<CodeId> codes, UnitSource... sources) {
        return CodingAgreement.compute(List.of(sources), codings, CODES,
                new AgreementRequest(coders, AgreementUnit.SENTENCE, codes));
    }

    private static double value(CodeAgreement line, String statistic) {
        return line.statistic(statistic).orElseThrow().value().getAsDouble();
    }

    @Test
    void twoCodersOnTenSentencesGiveTheHandCountedTable() {
        code(FIRST, SECURITY, ANA, 0, 39);   // sentences 1-4
        code(FIRST, SECURITY, BEN, 25, 45);  // sentences 3-5
        code(FIRST, SECURITY, BEN, 52, 60);  // sentence 6; ends where sentence 7 starts
        AgreementReport report = compare(List.of("ana", "ben"), Set.of(),
                new UnitSource(FIRST, "Kuzio", 100, tenSentences()));

        CodeAgreement security = report.perCode().getFirst();
        // both: 3, 4; ana only: 1, 2; ben only: 5, 6; neither: 7-10 -> po = 0.6,
        // pe = 0.4 * 0.4 + 0.6 * 0.6 = 0.52, kappa = 0.08 / 0.48 = 1/6
        assertThat(security.label()).isEqualTo("Security interests");
        assertThat(security.marked()).containsExactly(4L, 4L);
        assertThat(value(security, PercentAgreement.NAME)).isCloseTo(0.6, within(1e-9));
        assertThat(value(security, CohenKappa.NAME)).isCloseTo(1.0 / 6, within(1e-9));
        assertThat(security.statistic(CohenKappa.NAME).orElseThrow().units()).isEqualTo(10);
        assertThat(report.perCode()).hasSize(1); // only codes someone used, unless asked for
        assertThat(report.disagreements()).extracting(d -> d.span().start()).containsExactly(0, 10, 40, 50);
        assertThat(report.disagreements().getFirst().marked()).containsExactly("ana");
        assertThat(report.disagreements().getFirst().omitted()).containsExactly("ben");
        assertThat(report.disagreements().get(2).marked()).containsExactly("ben");
    }

    @Test
    void aCoderWhoDidNotCodeASourceIsMissingThereNotDisagreeing() {
        code(FIRST, SECURITY, ANA, 0, 9);
        code(FIRST, SECURITY, BEN, 0, 9);
        code(SECOND, SECURITY, ANA, 0, 9); // ben never coded the second source
        AgreementReport report = compare(List.of("ana", "ben"), Set.of(),
                new UnitSource(FIRST, "Kuzio", 100, tenSentences()), new UnitSource(SECOND, "Thesis", 100, tenSentences()));

        CodeAgreement security = report.perCode().getFirst();
        assertThat(value(security, PercentAgreement.NAME)).isEqualTo(1.0);
        assertThat(security.statistic(KrippendorffAlpha.NAME).orElseThrow().units()).isEqualTo(10);
        assertThat(report.disagreements()).isEmpty();
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("\"Thesis\"").contains("ben coded nothing"));
    }

    @Test
    void threeCodersGetFleissAndAlphaButNoCohen() {
        code(FIRST, SECURITY, ANA, 0, 19);
        code(FIRST, SECURITY, BEN, 0, 9);
        code(FIRST, SECURITY, CLEO, 0, 19);
        code(FIRST, TURKEY, CLEO, 90, 99);
        AgreementReport report = compare(List.of("ana", "ben", "cleo"), Set.of(),
                new UnitSource(FIRST, "Kuzio", 100, tenSentences()));

        CodeAgreement security = report.perCode().getFirst();
        assertThat(security.statistic(CohenKappa.NAME)).isEmpty();
        // same data written out by hand: unit 1 all three, unit 2 ana and cleo, units 3-10 nobody
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("1", "1", "1"));
        rows.add(List.of("1", "0", "1"));
        for (int i = 0; i < 8; i++) {
            rows.add(List.of("0", "0", "0"));
        }
        ReliabilityData byHand = ReliabilityData.ofRows(List.of("ana", "ben", "cleo"), rows);
        assertThat(value(security, FleissKappa.NAME)).isCloseTo(FleissKappa.of(byHand).value().getAsDouble(), within(1e-12));
        assertThat(value(security, KrippendorffAlpha.NAME))
                .isCloseTo(KrippendorffAlpha.nominal(byHand).value().getAsDouble(), within(1e-12));
        // all codes pools both codes' decisions: 20 units
        assertThat(report.overall().statistic(FleissKappa.NAME).orElseThrow().units()).isEqualTo(20);
    }

    @Test
    void aCodeNobodyUsedAndFullAgreementGiveReasonsNotNaN() {
        code(FIRST, SECURITY, ANA, 0, 9);
        code(FIRST, SECURITY, BEN, 0, 9);
        AgreementReport report = compare(List.of("ana", "ben"), Set.of(SECURITY, UNUSED),
                new UnitSource(FIRST, "Kuzio", 100, tenSentences()));

        CodeAgreement unused = report.perCode().get(1);
        assertThat(unused.label()).isEqualTo("Energy");
        assertThat(value(unused, PercentAgreement.NAME)).isEqualTo(1.0);
        assertThat(unused.statistic(CohenKappa.NAME).orElseThrow().isDefined()).isFalse();
        assertThat(unused.statistic(CohenKappa.NAME).orElseThrow().undefinedReason()).contains("no variation");
        assertThat(unused.statistic(KrippendorffAlpha.NAME).orElseThrow().isDefined()).isFalse();
        CodeAgreement security = report.perCode().getFirst();
        assertThat(value(security, CohenKappa.NAME)).isEqualTo(1.0);
        assertThat(value(security, KrippendorffAlpha.NAME)).isEqualTo(1.0);
    }

    @Test
    void unitsFindTheSentencesASpanOverlaps() {
        java.util.BitSet bits = new java.util.BitSet();
        SegmentAgreement.markOverlapped(tenSentences(), new Span(9, 10), bits); // the space between 1 and 2
        assertThat(bits.isEmpty()).isTrue();
        SegmentAgreement.markOverlapped(tenSentences(), new Span(8, 21), bits);
        assertThat(bits.stream().boxed().toList()).containsExactly(0, 1, 2);
    }
}
