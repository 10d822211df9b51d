package org.scholion.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coding;
import org.scholion.source.Span;

/**
 * Agreement on the segments themselves, character by character along the text (Krippendorff's
 * unitized alpha, {@link UnitizedAlpha}). A coder's overlapping codings of one code are one stretch
 * of marked text. Only sources every requested coder coded enter: unitizing compares how coders cut
 * the same continuum, and a coder who never read a source did not cut it at all.
 */
final class CharacterAgreement {

    /** The statistic's name in every line of the report. */
    static final String NAME = "Krippendorff's unitized alpha (|uα)";

    private final List<UnitSource> sources;
    private final CodingsByCoder codings;
    private final List<String> coders;

    CharacterAgreement(List<UnitSource> sources, CodingsByCoder codings, List<String> coders) {
        this.sources = sources;
        this.codings = codings;
        this.coders = coders;
    }

    AgreementReport compute(AgreementRequest request, Map<CodeId, String> labels, List<String> notes) {
        List<UnitSource> shared = sources.stream()
                .filter(source -> codings.codersOf(source.id()) == coders.size()).toList();
        List<Disagreement> disagreements = new ArrayList<>();
        List<Continuum> continua = new ArrayList<>();
        long[] totalMarked = new long[coders.size()];
        List<CodeAgreement> perCode = new ArrayList<>();
        List<List<CodedInterval>> bySource = new ArrayList<>();
        for (int s = 0; s < shared.size(); s++) {
            bySource.add(new ArrayList<>());
        }
        for (Map.Entry<CodeId, String> code : labels.entrySet()) {
            long[] marked = new long[coders.size()];
            List<Continuum> ofCode = new ArrayList<>();
            for (int s = 0; s < shared.size(); s++) {
                UnitSource source = shared.get(s);
                List<List<Span>> stretches = new ArrayList<>();
                for (int c = 0; c < coders.size(); c++) {
                    List<Span> merged = merged(codings.of(source.id(), code.getKey(), c));
                    stretches.add(merged);
                    for (Span span : merged) {
                        marked[c] += span.length();
                        bySource.get(s).add(new CodedInterval(c, span.start(), span.end(), code.getValue()));
                    }
                }
                ofCode.add(continuum(source, stretches, code.getValue()));
                disagreements.addAll(differences(source, code.getKey(), stretches));
            }
            for (int c = 0; c < marked.length; c++) {
                totalMarked[c] += marked[c];
            }
            UnitizedData data = new UnitizedData(coders, ofCode);
            perCode.add(line(Optional.of(code.getKey()), code.getValue(),
                    List.of(named(UnitizedAlpha.of(data, code.getValue()))), marked));
        }
        for (int s = 0; s < shared.size(); s++) {
            UnitSource source = shared.get(s);
            continua.add(new Continuum(source.title(), source.length(), bySource.get(s)));
        }
        UnitizedData all = new UnitizedData(coders, continua);
        disagreements.sort(DisagreementOrder.BY_PLACE);
        List<String> withOverall = new ArrayList<>(notes);
        AgreementResult overall = UnitizedAlpha.overall(all);
        withOverall.add(overall.isDefined()
                ? String.format(java.util.Locale.ROOT, "uα, all codes and the gaps between them at once: %.3f", overall.value().getAsDouble())
                : "uα, all codes at once, is undefined: " + overall.undefinedReason());
        return new AgreementReport(request, perCode,
                line(Optional.empty(), "all codes (pooled)", List.of(named(UnitizedAlpha.pooled(all))), totalMarked),
                disagreements, withOverall);
    }

    private static Continuum continuum(UnitSource source, List<List<Span>> stretches, String value) {
        List<CodedInterval> intervals = new ArrayList<>();
        for (int c = 0; c < stretches.size(); c++) {
            for (Span span : stretches.get(c)) {
                intervals.add(new CodedInterval(c, span.start(), span.end(), value));
            }
        }
        return new Continuum(source.title(), source.length(), intervals);
    }

    /** The coder's codings of one code as stretches of marked text, sorted, overlaps joined. */
    static List<Span> merged(List<Coding> codings) {
        List<Span> spans = codings.stream().map(Coding::span).sorted().toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            if (!merged.isEmpty() && merged.getLast().end() >= span.start()) {
                Span last = merged.removeLast();
                merged.add(new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /**
     * The stretches where some coders marked the code and others did not, each as long as the same
     * coders differ: a sweep over the stretches' ends, so the cost grows with codings, not text.
     */
    private List<Disagreement> differences(UnitSource source, CodeId code, List<List<Span>> stretches) {
        List<int[]> edges = new ArrayList<>(); // {position, coder, +1 start / -1 end}
        for (int c = 0; c < stretches.size(); c++) {
            for (Span span : stretches.get(c)) {
                edges.add(new int[] {span.start(), c, 1});
                edges.add(new int[] {span.end(), c, -1});
            }
        }
        edges.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Disagreement> found = new ArrayList<>();
        boolean[] covering = new boolean[coders.size()];
        int inside = 0;
        int from = -1;
        boolean[] openSet = null;
        int i = 0;
        while (i < edges.size()) {
            int position = edges.get(i)[0];
            boolean[] before = covering.clone();
            while (i < edges.size() && edges.get(i)[0] == position) {
                int[] edge = edges.get(i++);
                covering[edge[1]] = edge[2] > 0;
                inside += edge[2];
            }
            if (Arrays.equals(before, covering)) {
                continue;
            }
            if (openSet != null) {
                found.add(disagreement(source, code, new Span(from, position), openSet));
                openSet = null;
            }
            if (inside > 0 && inside < coders.size()) {
                from = position;
                openSet = covering.clone();
            }
        }
        return found;
    }

    private Disagreement disagreement(UnitSource source, CodeId code, Span span, boolean[] covering) {
        List<String> yes = new ArrayList<>();
        List<String> no = new ArrayList<>();
        for (int c = 0; c < covering.length; c++) {
            (covering[c] ? yes : no).add(coders.get(c));
        }
        return new Disagreement(source.id(), span, code, yes, no);
    }

    /**
     * One name for the column: the per-code |uα and its pooled form over all codes are the same
     * coefficient, the first for one code, the second summed over codes.
     */
    private static AgreementResult named(AgreementResult result) {
        return new AgreementResult(NAME, result.value(), result.units(), result.coders(), result.undefinedReason());
    }

    private static CodeAgreement line(Optional<CodeId> code, String label, List<AgreementResult> statistics, long[] marked) {
        return new CodeAgreement(code, label, statistics, Arrays.stream(marked).boxed().toList());
    }
}
