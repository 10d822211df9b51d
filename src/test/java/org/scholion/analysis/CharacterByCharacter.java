package org.scholion.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A slow, literal reading of the unitized-alpha equations for one continuum whose coders' marks do
 * not overlap: every character is visited, and the coincidence matrices are built cell by cell as
 * Krippendorff (2019, eqs. 32-37) writes them. Tests compare {@link UnitizedAlpha}'s sweep with it.
 */
final class CharacterByCharacter {

    private static final String GAP = "\u2205";

    private final int coders;
    private final int length;
    private final List<CodedInterval> marks;

    CharacterByCharacter(UnitizedData data) {
        this.coders = data.coders().size();
        Continuum continuum = data.continua().getFirst();
        this.length = continuum.length();
        this.marks = continuum.intervals();
    }

    Double overall() {
        return unitizing(marks);
    }

    Double of(String value) {
        return unitizing(marks.stream().filter(m -> m.value().equals(value)).toList());
    }

    private String[][] labels(List<CodedInterval> kept) {
        String[][] label = new String[coders][length];
        for (String[] row : label) {
            java.util.Arrays.fill(row, GAP);
        }
        for (CodedInterval mark : kept) {
            for (int at = mark.start(); at < mark.end(); at++) {
                label[mark.coder()][at] = mark.value();
            }
        }
        return label;
    }

    private Double unitizing(List<CodedInterval> kept) {
        String[][] label = labels(kept);
        Map<String, Double> margin = new HashMap<>();
        Map<String, Double> self = new HashMap<>();
        double observedAgreement = 0;
        for (int at = 0; at < length; at++) {
            for (int i = 0; i < coders; i++) {
                margin.merge(label[i][at], 1.0, Double::sum);
                for (int j = 0; j < coders; j++) {
                    if (i != j && label[i][at].equals(label[j][at])) {
                        observedAgreement += 1.0 / (coders - 1);
                    }
                }
            }
        }
        for (CodedInterval mark : kept) {
            self.merge(mark.value(), (double) mark.length() * mark.length(), Double::sum);
        }
        self.put(GAP, margin.getOrDefault(GAP, 0.0)); // a gap character pairs with itself only
        double total = (double) coders * length;
        double selfTotal = self.values().stream().mapToDouble(Double::doubleValue).sum();
        double expectedAgreement = 0;
        for (Map.Entry<String, Double> c : margin.entrySet()) {
            expectedAgreement += total * (c.getValue() * c.getValue() - self.getOrDefault(c.getKey(), 0.0))
                    / (total * total - selfTotal);
        }
        return alpha(total - observedAgreement, total - expectedAgreement, total);
    }

    Double coding() {
        return coding(null);
    }

    /** cuα, or (k)uα for {@code value} when it is not null. */
    Double coding(String value) {
        String[][] label = labels(marks);
        Map<String, Double> margin = new HashMap<>();
        Map<String, Double> self = new HashMap<>();
        Map<String, Double> diagonal = new HashMap<>();
        double observedAgreement = 0;
        for (int at = 0; at < length; at++) {
            for (int i = 0; i < coders; i++) {
                for (int j = 0; j < coders; j++) {
                    if (i != j && !label[i][at].equals(GAP) && !label[j][at].equals(GAP)) {
                        margin.merge(label[i][at], 1.0 / (coders - 1), Double::sum);
                        if (label[i][at].equals(label[j][at])) {
                            observedAgreement += 1.0 / (coders - 1);
                            diagonal.merge(label[i][at], 1.0 / (coders - 1), Double::sum);
                        }
                    }
                }
            }
        }
        for (CodedInterval mark : marks) {
            double pairable = 0;
            for (int at = mark.start(); at < mark.end(); at++) {
                for (int j = 0; j < coders; j++) {
                    if (j != mark.coder() && !label[j][at].equals(GAP)) {
                        pairable += 1.0 / (coders - 1);
                    }
                }
            }
            self.merge(mark.value(), pairable * pairable, Double::sum);
        }
        double total = margin.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total == 0) {
            return null;
        }
        double selfTotal = self.values().stream().mapToDouble(Double::doubleValue).sum();
        if (value != null) {
            double k = margin.getOrDefault(value, 0.0);
            if (k == 0) {
                return null;
            }
            double row = 0; // e_.k, summed cell by cell
            for (Map.Entry<String, Double> c : margin.entrySet()) {
                row += (c.getValue() * k - (c.getKey().equals(value) ? self.getOrDefault(value, 0.0) : 0))
                        / (total - selfTotal / total);
            }
            double cell = (k * k - self.getOrDefault(value, 0.0)) / (total - selfTotal / total);
            return alpha(row * (k - diagonal.getOrDefault(value, 0.0)), k * (row - cell), k);
        }
        double expectedAgreement = 0;
        for (Map.Entry<String, Double> c : margin.entrySet()) {
            expectedAgreement += (c.getValue() * c.getValue() - self.getOrDefault(c.getKey(), 0.0))
                    / (total - selfTotal / total);
        }
        return alpha(total - observedAgreement, total - expectedAgreement, total);
    }

    private static Double alpha(double observed, double expected, double total) {
        return expected > 1e-9 * Math.max(1, total) ? 1 - observed / expected : null;
    }
}
