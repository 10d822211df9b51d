package org.scholion.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The values coders assigned to units: one row per unit, one column per coder, {@code null} where a
 * coder left the unit uncoded (Krippendorff's "reliability data matrix", transposed to unit rows).
 * Values are nominal labels (code names or ids); only equality between them matters.
 */
public record ReliabilityData(List<String> coders, List<Unit> units) {

    /**
     * One unit and the value each coder gave it, aligned with {@link ReliabilityData#coders()}.
     * {@code count} says how many units share exactly these values: text cut into sentences has
     * hundreds of thousands of units, nearly all coded alike (nobody applied the code), and the
     * statistics only need how often each pattern occurs.
     */
    public record Unit(String id, List<String> values, int count) {
        public Unit {
            Objects.requireNonNull(id, "id");
            // List.copyOf rejects nulls, but null is how a missing value is written.
            values = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(values, "values")));
            if (count < 1) {
                throw new IllegalArgumentException("unit " + id + " stands for " + count + " units; at least 1");
            }
        }

        public Unit(String id, List<String> values) {
            this(id, values, 1);
        }

        /** The values that are present, in coder order. */
        public List<String> present() {
            return values.stream().filter(Objects::nonNull).toList();
        }
    }

    public ReliabilityData {
        coders = List.copyOf(coders);
        units = List.copyOf(units);
        if (coders.isEmpty()) {
            throw new IllegalArgumentException("reliability data needs at least one coder");
        }
        for (Unit unit : units) {
            if (unit.values().size() != coders.size()) {
                throw new IllegalArgumentException("unit " + unit.id() + " has " + unit.values().size()
                        + " values for " + coders.size() + " coders");
            }
        }
    }

    /** Builds data from rows of values; units are named by their 1-based row number. */
    public static ReliabilityData ofRows(List<String> coders, List<List<String>> rows) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            units.add(new Unit(String.valueOf(i + 1), rows.get(i)));
        }
        return new ReliabilityData(coders, units);
    }
}
