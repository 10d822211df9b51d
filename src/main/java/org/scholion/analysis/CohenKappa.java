package org.scholion.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Cohen's kappa for two coders and nominal values (Cohen 1960): (po - pe) / (1 - pe), where po is
 * the observed share of agreeing units and pe the agreement expected from each coder's own value
 * distribution. Only units that both coders coded count.
 */
public final class CohenKappa {

    public static final String NAME = "Cohen's kappa";

    private CohenKappa() {
    }

    public static AgreementResult of(ReliabilityData data) {
        int coders = data.coders().size();
        if (coders != 2) {
            throw new IllegalArgumentException(NAME + " needs exactly two coders, got " + coders);
        }
        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> second = new HashMap<>();
        int units = 0;
        int agreeing = 0;
        for (ReliabilityData.Unit unit : data.units()) {
            String a = unit.values().get(0);
            String b = unit.values().get(1);
            if (a == null || b == null) {
                continue; // a unit one coder skipped says nothing about their agreement
            }
            units += unit.count();
            first.merge(a, unit.count(), Integer::sum);
            second.merge(b, unit.count(), Integer::sum);
            if (a.equals(b)) {
                agreeing += unit.count();
            }
        }
        if (units == 0) {
            return AgreementResult.undefined(NAME, "no unit was coded by both coders", 0, coders);
        }
        double observed = (double) agreeing / units;
        double expected = 0;
        for (Map.Entry<String, Integer> entry : first.entrySet()) {
            expected += (double) entry.getValue() / units * second.getOrDefault(entry.getKey(), 0) / units;
        }
        if (1 - expected < 1e-12) {
            return AgreementResult.undefined(NAME,
                    "no variation: both coders used one and the same value, so chance agreement is already perfect",
                    units, coders);
        }
        return AgreementResult.defined(NAME, (observed - expected) / (1 - expected), units, coders);
    }
}
