package org.scholion.analysis;

/**
 * Coded segments per code per year: rows the codes, columns the years of the sources' dates from
 * the earliest to the latest (every year between, so a line chart's axis is true), then
 * "undated" when a source has no date. A segment is counted as in {@link CodeFrequencies}.
 */
public final class CodesOverTime {

    private CodesOverTime() {
    }

    public static CountTable of(CodedCorpus corpus, boolean withSubCodes) {
        CountTable byYear = CodeFrequencies.of(corpus, Breakdown.YEAR, withSubCodes).segments();
        return new CountTable("Coded segments per code per year" + (withSubCodes ? " (with sub-codes)" : ""),
                byYear.rowHeading(), byYear.columnHeading(), byYear.measure(), byYear.rows(), byYear.columns(),
                byYear.summable(), byYear.cells());
    }
}
