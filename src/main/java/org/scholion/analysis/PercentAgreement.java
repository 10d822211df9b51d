package org.scholion.analysis;

import java.util.List;

/**
 * Observed agreement without any chance correction: per unit, the share of coder pairs that gave
 * the same value, averaged over units that at least two coders coded. For two coders this is the
 * plain share of units on which they agree.
 */
public final class PercentAgreement {

    public static final String NAME = "percent agreement";

    private PercentAgreement() {
    }

    public static AgreementResult of(ReliabilityData data) {
        int coders = data.coders().size();
        if (coders < 2) {
            return AgreementResult.undefined(NAME, "needs two coders, the data has only " + data.coders().getFirst(),
                    0, coders);
        }
        double sum = 0;
        int units = 0;
        for (ReliabilityData.Unit unit : data.units()) {
            List<String> values = unit.present();
            if (values.size() < 2) {
                continue; // nobody to agree with
            }
            int pairs = 0;
            int agreeing = 0;
            for (int i = 0; i < values.size(); i++) {
                for (int j = i + 1; j < values.size(); j++) {
                    pairs++;
                    if (values.get(i).equals(values.get(j))) {
                        agreeing++;
                    }
                }
            }
            sum += (double) unit.count() * agreeing / pairs;
            units += unit.count();
        }
        if (units == 0) {
            return AgreementResult.undefined(NAME, "no unit was coded by two or more coders", 0, coders);
        }
        return AgreementResult.defined(NAME, sum / units, units, coders);
    }
}
