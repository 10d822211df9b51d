package org.scholion.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coding;
import org.scholion.source.Span;

/**
 * Agreement with sentences or paragraphs as units. Per code, each unit is a binary decision per
 * coder: a coder applied the code in the unit when any of their codings of it overlaps the unit
 * (end exclusive, so touching is not overlapping). "All codes" pools the per-code decisions: one
 * unit per unit and code, as MAXQDA and NVivo pool them.
 */
final class SegmentAgreement {

    private final List<UnitSource> sources;
    private final CodingsByCoder codings;
    private final List<String> coders;

    SegmentAgreement(List<UnitSource> sources, CodingsByCoder codings, List<String> coders) {
        this.sources = sources;
        this.codings = codings;
        this.coders = coders;
    }

    AgreementReport compute(AgreementRequest request, Map<CodeId, String> labels, List<String> notes) {
        List<CodeAgreement> perCode = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        UnitPatterns pooled = new UnitPatterns(coders);
        long[] pooledMarked = new long[coders.size()];
        for (Map.Entry<CodeId, String> code : labels.entrySet()) {
            UnitPatterns patterns = new UnitPatterns(coders);
            long[] marked = new long[coders.size()];
            for (UnitSource source : sources) {
                addSource(source, code.getKey(), patterns, marked, disagreements);
            }
            pooled.addAll(patterns);
            for (int c = 0; c < marked.length; c++) {
                pooledMarked[c] += marked[c];
            }
            perCode.add(line(Optional.of(code.getKey()), code.getValue(), patterns, marked));
        }
        disagreements.sort(DisagreementOrder.BY_PLACE);
        return new AgreementReport(request, perCode, line(Optional.empty(), "all codes", pooled, pooledMarked),
                disagreements, notes);
    }

    private void addSource(UnitSource source, CodeId code, UnitPatterns patterns, long[] marked,
                           List<Disagreement> disagreements) {
        List<Span> units = source.units();
        BitSet[] byCoder = new BitSet[coders.size()];
        BitSet any = new BitSet(units.size());
        String[] values = new String[coders.size()];
        for (int c = 0; c < coders.size(); c++) {
            byCoder[c] = new BitSet(units.size());
            if (codings.coded(source.id(), c)) {
                for (Coding coding : codings.of(source.id(), code, c)) {
                    markOverlapped(units, coding.span(), byCoder[c]);
                }
                values[c] = UnitPatterns.OMITTED;
            }
            marked[c] += byCoder[c].cardinality();
            any.or(byCoder[c]);
        }
        patterns.add(values, units.size() - any.cardinality());
        for (int unit = any.nextSetBit(0); unit >= 0; unit = any.nextSetBit(unit + 1)) {
            List<String> yes = new ArrayList<>();
            List<String> no = new ArrayList<>();
            for (int c = 0; c < coders.size(); c++) {
                if (values[c] == null) {
                    continue;
                }
                boolean applied = byCoder[c].get(unit);
                (applied ? yes : no).add(coders.get(c));
            }
            String[] pattern = values.clone();
            for (int c = 0; c < coders.size(); c++) {
                if (pattern[c] != null && byCoder[c].get(unit)) {
                    pattern[c] = UnitPatterns.MARKED;
                }
            }
            patterns.add(pattern, 1);
            if (!yes.isEmpty() && !no.isEmpty()) {
                disagreements.add(new Disagreement(source.id(), units.get(unit), code, yes, no));
            }
        }
    }

    /** Sets the bits of the units the span overlaps; units are sorted and do not overlap. */
    static void markOverlapped(List<Span> units, Span span, BitSet bits) {
        int low = 0;
        int high = units.size();
        while (low < high) { // first unit ending after the span starts
            int mid = (low + high) >>> 1;
            if (units.get(mid).end() <= span.start()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low; i < units.size() && units.get(i).start() < span.end(); i++) {
            bits.set(i);
        }
    }

    private CodeAgreement line(Optional<CodeId> code, String label, UnitPatterns patterns, long[] marked) {
        ReliabilityData data = patterns.data();
        List<AgreementResult> statistics = new ArrayList<>();
        statistics.add(PercentAgreement.of(data));
        if (coders.size() == 2) {
            statistics.add(CohenKappa.of(data));
        }
        statistics.add(FleissKappa.of(patterns.complete()));
        statistics.add(KrippendorffAlpha.nominal(data));
        List<Long> counts = new ArrayList<>();
        for (long m : marked) {
            counts.add(m);
        }
        return new CodeAgreement(code, label, statistics, counts);
    }
}
