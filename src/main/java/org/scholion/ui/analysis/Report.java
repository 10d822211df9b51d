package org.scholion.ui.analysis;

import org.scholion.chart.ChartKind;

/** The reports of the analysis window, each with the chart it is drawn as. */
public enum Report {
    FREQUENCIES("Code frequencies", ChartKind.BAR),
    MATRIX("Code \u00d7 source matrix", ChartKind.HEAT_MAP),
    CO_OCCURRENCE("Co-occurrence", ChartKind.HEAT_MAP),
    OVER_TIME("Codes over time", ChartKind.LINE),
    WORDS("Words in a code", ChartKind.BAR);

    private final String label;
    private final ChartKind chart;

    Report(String label, ChartKind chart) {
        this.label = label;
        this.chart = chart;
    }

    public String label() {
        return label;
    }

    public ChartKind chart() {
        return chart;
    }

    @Override
    public String toString() {
        return label;
    }
}
