package org.scholion.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Krippendorff's alpha for unitized continua: how well coders agree on where relevant stretches
 * of a text begin and end and which value (code) they give them, character by character. This is
 * the family defined by Krippendorff, Mathet, Bouvry and Widlöcher (2016), "On the reliability of
 * unitizing textual continua: Further developments", Quality &amp; Quantity 50:2347-2364, and in
 * Krippendorff (2019), Content Analysis, 4th ed., section 12.6 - the coefficients ATLAS.ti reports
 * - not the older distance-based definitions of Krippendorff (1995, 2004), which give other numbers.
 * <ul>
 *   <li>{@link #overall}: uα, all values and the gaps between units at once;</li>
 *   <li>{@link #binary}: |uα, coded against uncoded text, whatever the code;</li>
 *   <li>{@link #of}: |uα for one value: that code's stretches against the rest of the text;</li>
 *   <li>{@link #coding}: cuα, the values given where coders' units intersect, gaps left out;</li>
 *   <li>{@link #codingOf}: (k)uα, cuα for one value: where a coder gave it and another coder's
 *       unit intersects, did the other give it too;</li>
 *   <li>{@link #pooled}: Do and De of the per-code |uα summed over codes, 1 - ΣDo / ΣDe - defined
 *       even where one coder's codes overlap, which uα and cuα do not allow.</li>
 * </ul>
 * Units of the result are continua (texts); coders are all coders of the data, since each is taken
 * to have read every text. Overlapping intervals one coder gave the same code count as one unit.
 * The computation sweeps each text once over sorted unit boundaries: O(n log n) in the number of
 * intervals, independent of the text length.
 */
public final class UnitizedAlpha {

    public static final String NAME = "Krippendorff's unitized alpha";

    private UnitizedAlpha() {
    }

    /** uα over all values, gaps being one more value; undefined where one coder's codes overlap. */
    public static AgreementResult overall(UnitizedData data) {
        String name = NAME + " (uα)";
        Labels labels = Labels.of(data);
        return compute(name, data, labels.size(), labels::index, false, UnitizedTally::unitizing, "");
    }

    /** |uα: relevant (coded with anything) against irrelevant (uncoded) text. */
    public static AgreementResult binary(UnitizedData data) {
        return compute(NAME + ", coded vs. uncoded (|uα)", data, 1, value -> 0, true, UnitizedTally::unitizing, "");
    }

    /** |uα for one value: stretches coded with {@code value} against the rest of the text. */
    public static AgreementResult of(UnitizedData data, String value) {
        String name = NAME + " for " + value + " (|uα)";
        if (usedNowhere(data, value)) {
            return guard(name, data).orElse(AgreementResult.undefined(name, "nobody coded " + value,
                    texts(data), data.coders().size()));
        }
        return compute(name, data, 1, single(value), false, UnitizedTally::unitizing, "");
    }

    /** cuα: agreement on the values of coded stretches where coders' units intersect. */
    public static AgreementResult coding(UnitizedData data) {
        String name = NAME + " for coding (cuα)";
        Labels labels = Labels.of(data);
        return compute(name, data, labels.size(), labels::index, false, UnitizedTally::coding,
                "no two coders coded intersecting stretches, so there is no coding to compare");
    }

    /** (k)uα: cuα for one value, from its row of the coding coincidences. */
    public static AgreementResult codingOf(UnitizedData data, String value) {
        String name = NAME + " for coding " + value + " ((k)uα)";
        if (usedNowhere(data, value)) {
            return guard(name, data).orElse(AgreementResult.undefined(name, "nobody coded " + value,
                    texts(data), data.coders().size()));
        }
        Labels labels = Labels.of(data);
        int label = labels.index(value);
        return compute(name, data, labels.size(), labels::index, false, tally -> tally.coding(label),
                "no stretch coded " + value + " intersects another coder's coded stretch");
    }

    /** 1 - ΣDo / ΣDe over the per-value |uα of every value used. */
    public static AgreementResult pooled(UnitizedData data) {
        String name = NAME + " pooled over codes";
        Optional<AgreementResult> guard = guard(name, data);
        if (guard.isPresent()) {
            return guard.get();
        }
        double observed = 0;
        double expected = 0;
        double pairable = 0;
        for (String value : Labels.of(data).values()) {
            UnitizedTally.Disagreement d = tally(data, 1, single(value), false).unitizing();
            observed += d.observed();
            expected += d.expected();
            pairable = d.pairable();
        }
        return result(name, data, new UnitizedTally.Disagreement(observed, expected, pairable));
    }

    /** The per-value |uα of every value used, in order of first use. */
    public static Map<String, AgreementResult> perValue(UnitizedData data) {
        Map<String, AgreementResult> result = new LinkedHashMap<>();
        for (String value : Labels.of(data).values()) {
            result.put(value, of(data, value));
        }
        return result;
    }

    /**
     * @param notPairable the reason to give when no length at all could be paired (only the coding
     *                    coefficients can come to that: the others pair all text, gaps included)
     */
    private static AgreementResult compute(String name, UnitizedData data, int labelCount, ToIntFunction<String> label,
            boolean mergeOverlap, Function<UnitizedTally, UnitizedTally.Disagreement> coefficient, String notPairable) {
        Optional<AgreementResult> guard = guard(name, data);
        if (guard.isPresent()) {
            return guard.get();
        }
        UnitizedTally tally = new UnitizedTally(data.coders().size(), labelCount);
        for (Continuum continuum : data.continua()) {
            Unitization text = Unitization.of(continuum, data.coders(), label, mergeOverlap);
            if (text.conflict() != null) {
                return AgreementResult.undefined(name, text.conflict()
                        + "; this coefficient needs each coder's codes not to overlap (compare per code instead)",
                        texts(data), data.coders().size());
            }
            tally.add(text);
        }
        UnitizedTally.Disagreement disagreement = coefficient.apply(tally);
        if (disagreement.pairable() == 0) {
            return AgreementResult.undefined(name, notPairable, texts(data), data.coders().size());
        }
        return result(name, data, disagreement);
    }

    private static UnitizedTally tally(UnitizedData data, int labelCount, ToIntFunction<String> label, boolean merge) {
        UnitizedTally tally = new UnitizedTally(data.coders().size(), labelCount);
        for (Continuum continuum : data.continua()) {
            tally.add(Unitization.of(continuum, data.coders(), label, merge));
        }
        return tally;
    }

    private static AgreementResult result(String name, UnitizedData data, UnitizedTally.Disagreement d) {
        if (!d.hasVariation()) {
            return AgreementResult.undefined(name, "no variation: the coders' marks leave nothing to disagree about"
                    + " (nobody coded anything, or all of the text is coded alike)", texts(data), data.coders().size());
        }
        return AgreementResult.defined(name, d.alpha(), texts(data), data.coders().size());
    }

    /** The cases every coefficient shares: one coder, no text. */
    private static Optional<AgreementResult> guard(String name, UnitizedData data) {
        if (data.coders().size() < 2) {
            return Optional.of(AgreementResult.undefined(name,
                    "needs two coders, the data has only " + data.coders().getFirst(), texts(data), 1));
        }
        if (texts(data) == 0) {
            return Optional.of(AgreementResult.undefined(name, "no text to compare", 0, data.coders().size()));
        }
        return Optional.empty();
    }

    private static int texts(UnitizedData data) {
        return (int) data.continua().stream().filter(c -> c.length() > 0).count();
    }

    private static boolean usedNowhere(UnitizedData data, String value) {
        return data.continua().stream().flatMap(c -> c.intervals().stream())
                .noneMatch(i -> i.length() > 0 && i.value().equals(value));
    }

    private static ToIntFunction<String> single(String value) {
        return v -> v.equals(value) ? 0 : Unitization.IGNORED;
    }

    /** The values used in the data, each with its label index, in order of first use. */
    private record Labels(Map<String, Integer> index) {

        static Labels of(UnitizedData data) {
            Map<String, Integer> index = new LinkedHashMap<>();
            for (Continuum continuum : data.continua()) {
                for (CodedInterval interval : continuum.intervals()) {
                    if (interval.length() > 0) {
                        index.putIfAbsent(interval.value(), index.size());
                    }
                }
            }
            return new Labels(index);
        }

        int size() {
            return index.size();
        }

        int index(String value) {
            return index.get(value);
        }

        List<String> values() {
            return new ArrayList<>(index.keySet());
        }
    }
}
