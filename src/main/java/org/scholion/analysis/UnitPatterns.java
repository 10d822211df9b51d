package org.scholion.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each pattern of decisions occurs: per unit, each coder's value is "1" (applied the
 * code), "0" (coded the source, not this code here) or missing (did not code the source). Counting
 * patterns instead of keeping units makes a corpus of 100,000 sentences a handful of units.
 */
final class UnitPatterns {

    static final String MARKED = "1";
    static final String OMITTED = "0";

    private final List<String> coders;
    private final Map<List<String>, Integer> counts = new LinkedHashMap<>();

    UnitPatterns(List<String> coders) {
        this.coders = coders;
    }

    void add(String[] values, int times) {
        if (times > 0) {
            counts.merge(Arrays.asList(values.clone()), times, Integer::sum);
        }
    }

    void addAll(UnitPatterns other) {
        other.counts.forEach((values, times) -> counts.merge(values, times, Integer::sum));
    }

    ReliabilityData data() {
        List<ReliabilityData.Unit> units = new ArrayList<>(counts.size());
        int n = 0;
        for (Map.Entry<List<String>, Integer> entry : counts.entrySet()) {
            units.add(new ReliabilityData.Unit("pattern " + (++n), entry.getKey(), entry.getValue()));
        }
        return new ReliabilityData(coders, units);
    }

    /** Only the units every coder decided on, as Fleiss' kappa needs. */
    ReliabilityData complete() {
        ReliabilityData all = data();
        return new ReliabilityData(coders, all.units().stream().filter(unit -> !unit.values().contains(null)).toList());
    }
}
