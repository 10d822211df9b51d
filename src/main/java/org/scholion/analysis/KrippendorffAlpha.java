package org.scholion.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Krippendorff's alpha for nominal values with missing data (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability"): alpha = 1 - Do / De, computed from the coincidence matrix.
 * Units with fewer than two values are not pairable and drop out; any number of coders is fine.
 */
public final class KrippendorffAlpha {

    public static final String NAME = "Krippendorff's alpha (nominal)";

    private KrippendorffAlpha() {
    }

    public static AgreementResult nominal(ReliabilityData data) {
        if (data.coders().size() < 2) {
            return AgreementResult.undefined(NAME, "needs two coders, the data has only " + data.coders().getFirst(),
                    0, 1);
        }
        Map<String, Double> totals = new HashMap<>(); // n_c: pairable values per category
        double disagreeing = 0;                       // sum of o_ck over c != k
        int units = 0;
        boolean[] contributed = new boolean[data.coders().size()];
        for (ReliabilityData.Unit unit : data.units()) {
            List<String> values = unit.present();
            int m = values.size();
            if (m < 2) {
                continue;
            }
            units += unit.count();
            double count = unit.count();
            for (int coder = 0; coder < contributed.length; coder++) {
                contributed[coder] |= unit.values().get(coder) != null;
            }
            for (int i = 0; i < m; i++) {
                totals.merge(values.get(i), count, Double::sum);
                for (int j = 0; j < m; j++) {
                    if (i != j && !values.get(i).equals(values.get(j))) {
                        disagreeing += count / (m - 1);
                    }
                }
            }
        }
        int coders = 0;
        for (boolean c : contributed) {
            coders += c ? 1 : 0;
        }
        double n = totals.values().stream().mapToDouble(Double::doubleValue).sum();
        if (n < 2) {
            return AgreementResult.undefined(NAME, "no unit has two or more values to compare", units, coders);
        }
        double squares = totals.values().stream().mapToDouble(v -> v * v).sum();
        double expectedPairs = n * n - squares; // sum of n_c * n_k over c != k
        if (expectedPairs < 1e-12) {
            return AgreementResult.undefined(NAME,
                    "no variation: every pairable value is the same, so disagreement cannot be measured",
                    units, coders);
        }
        return AgreementResult.defined(NAME, 1 - (n - 1) * disagreeing / expectedPairs, units, coders);
    }
}
