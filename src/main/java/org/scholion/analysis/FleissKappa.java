package org.scholion.analysis;

import java.util.List;

/**
 * Fleiss' kappa for a fixed number of raters per subject and nominal categories (Fleiss 1971):
 * (P̄ - P̄e) / (1 - P̄e), with P̄ the mean share of agreeing rater pairs per subject and P̄e the
 * chance agreement from the pooled category proportions.
 */
public final class FleissKappa {

    public static final String NAME = "Fleiss' kappa";

    private FleissKappa() {
    }

    public static AgreementResult of(ReliabilityData data) {
        return of(RatingCounts.of(data));
    }

    public static AgreementResult of(RatingCounts counts) {
        int subjects = counts.subjectCount();
        int raters = counts.raters();
        if (subjects == 0) {
            return AgreementResult.undefined(NAME, "no subjects were rated", 0, 0);
        }
        if (raters < 2) {
            throw new IllegalArgumentException(NAME + " needs at least two raters per subject, got " + raters);
        }
        double[] categoryTotals = new double[counts.categories().size()];
        double agreementSum = 0;
        for (int s = 0; s < counts.subjects().size(); s++) {
            List<Integer> row = counts.subjects().get(s);
            int repeat = counts.repeats().get(s);
            double agreeingPairs = 0;
            for (int j = 0; j < row.size(); j++) {
                int n = row.get(j);
                categoryTotals[j] += (double) n * repeat;
                agreeingPairs += (double) n * (n - 1);
            }
            agreementSum += repeat * agreeingPairs / ((double) raters * (raters - 1));
        }
        double observed = agreementSum / subjects;
        double expected = 0;
        for (double total : categoryTotals) {
            double share = total / ((double) subjects * raters);
            expected += share * share;
        }
        if (1 - expected < 1e-12) {
            return AgreementResult.undefined(NAME,
                    "no variation: every rating fell into one category, so chance agreement is already perfect",
                    subjects, raters);
        }
        return AgreementResult.defined(NAME, (observed - expected) / (1 - expected), subjects, raters);
    }
}
