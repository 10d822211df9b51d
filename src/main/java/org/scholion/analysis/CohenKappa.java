package org.scholion.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Cohen's kappa for two coders and nominal values (Cohen 1960): (po - pe) / (1 - pe), where po is
 * the observed share of agreeing units and pe the agreement expected from each coder's own value
 * distribution. Only units that both coders coded count. One coder alone gives an undefined result;
 * more than two coders is a caller error (use Fleiss' kappa or Krippendorff's alpha).
 */
public final class CohenKappa {

    public static final String NAME = "Cohen's kappa";

    private CohenKappa() {
    }

    public static AgreementResult of(ReliabilityData data) {
        int coders = data.coders().size();
        if (coders == 1) {
            return AgreementResult.undefined(NAME, "needs two coders, the data has only " + data.coders().getFirst(),
                    0, 1);
        }
        Table table = Table.of(data);
        if (table.units == 0) {
            return AgreementResult.undefined(NAME, "no unit was coded by both coders", 0, coders);
        }
        if (1 - table.chance < 1e-12) {
            return AgreementResult.undefined(NAME,
                    "no variation: both coders used one and the same value, so chance agreement is already perfect",
                    table.units, coders);
        }
        return AgreementResult.defined(NAME, (table.observed() - table.chance) / (1 - table.chance), table.units, coders);
    }

    /** pe, the agreement expected by chance from the two coders' marginals; empty when no unit counts. */
    public static OptionalDouble chanceAgreement(ReliabilityData data) {
        if (data.coders().size() == 1) {
            return OptionalDouble.empty();
        }
        Table table = Table.of(data);
        return table.units == 0 ? OptionalDouble.empty() : OptionalDouble.of(table.chance);
    }

    /**
     * The standard error of kappa as Cohen (1960) gives it for confidence limits:
     * sqrt(po (1 - po) / (N (1 - pe)^2)). Empty where kappa itself is undefined.
     */
    public static OptionalDouble standardError(ReliabilityData data) {
        if (data.coders().size() == 1) {
            return OptionalDouble.empty();
        }
        Table table = Table.of(data);
        if (table.units == 0 || 1 - table.chance < 1e-12) {
            return OptionalDouble.empty();
        }
        double po = table.observed();
        return OptionalDouble.of(Math.sqrt(po * (1 - po) / (table.units * Math.pow(1 - table.chance, 2))));
    }

    /** The agreement table reduced to what kappa needs: units both coded, agreeing units, pe. */
    private record Table(int units, int agreeing, double chance) {

        double observed() {
            return (double) agreeing / units;
        }

        static Table of(ReliabilityData data) {
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
            double chance = 0;
            for (Map.Entry<String, Integer> entry : first.entrySet()) {
                chance += (double) entry.getValue() / units * second.getOrDefault(entry.getKey(), 0) / units;
            }
            return new Table(units, agreeing, chance);
        }
    }
}
