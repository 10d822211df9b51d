package org.scholion.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fleiss' kappa for a fixed number of raters per subject and nominal categories (Fleiss 1971):
 * (P̄ - P̄e) / (1 - P̄e), with P̄ the mean share of agreeing rater pairs per subject and P̄e the
 * chance agreement from the pooled category proportions. {@link #perCategory} gives Fleiss'
 * kappa_j for each category: 1 - sum_i n_ij (n - n_ij) / (N n (n - 1) p_j q_j).
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
            return AgreementResult.undefined(NAME, "needs two raters per subject, got " + raters, subjects, raters);
        }
        double agreementSum = 0;
        for (int s = 0; s < counts.subjects().size(); s++) {
            List<Integer> row = counts.subjects().get(s);
            int repeat = counts.repeats().get(s);
            double agreeingPairs = 0;
            for (int n : row) {
                agreeingPairs += (double) n * (n - 1);
            }
            agreementSum += repeat * agreeingPairs / ((double) raters * (raters - 1));
        }
        double observed = agreementSum / subjects;
        double expected = 0;
        for (double share : shares(counts)) {
            expected += share * share;
        }
        if (1 - expected < 1e-12) {
            return AgreementResult.undefined(NAME,
                    "no variation: every rating fell into one category, so chance agreement is already perfect",
                    subjects, raters);
        }
        return AgreementResult.defined(NAME, (observed - expected) / (1 - expected), subjects, raters);
    }

    /**
     * Kappa for each category on its own (that category against all others), in the order of
     * {@link RatingCounts#categories()}. A category nobody chose, or the only category anybody
     * chose, has no variation and is undefined.
     */
    public static Map<String, AgreementResult> perCategory(RatingCounts counts) {
        int subjects = counts.subjectCount();
        int raters = counts.raters();
        double[] shares = shares(counts);
        Map<String, AgreementResult> result = new LinkedHashMap<>();
        for (int j = 0; j < shares.length; j++) {
            String name = NAME + " for " + counts.categories().get(j);
            double pq = shares[j] * (1 - shares[j]);
            if (subjects == 0 || raters < 2) {
                result.put(counts.categories().get(j), AgreementResult.undefined(name,
                        subjects == 0 ? "no subjects were rated" : "needs two raters per subject, got " + raters,
                        subjects, raters));
            } else if (pq < 1e-12) {
                result.put(counts.categories().get(j), AgreementResult.undefined(name, shares[j] == 0
                        ? "nobody chose this category"
                        : "no variation: every rating fell into this category", subjects, raters));
            } else {
                double disagreeing = 0;
                for (int s = 0; s < counts.subjects().size(); s++) {
                    int n = counts.subjects().get(s).get(j);
                    disagreeing += (double) n * (raters - n) * counts.repeats().get(s);
                }
                double kappa = 1 - disagreeing / ((double) subjects * raters * (raters - 1) * pq);
                result.put(counts.categories().get(j), AgreementResult.defined(name, kappa, subjects, raters));
            }
        }
        return result;
    }

    /** p_j: the share of all ratings that went to each category. */
    private static double[] shares(RatingCounts counts) {
        double[] totals = new double[counts.categories().size()];
        for (int s = 0; s < counts.subjects().size(); s++) {
            List<Integer> row = counts.subjects().get(s);
            for (int j = 0; j < row.size(); j++) {
                totals[j] += (double) row.get(j) * counts.repeats().get(s);
            }
        }
        double all = (double) counts.subjectCount() * counts.raters();
        for (int j = 0; j < totals.length; j++) {
            totals[j] = all == 0 ? 0 : totals[j] / all;
        }
        return totals;
    }
}
