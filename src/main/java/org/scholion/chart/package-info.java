/**
 * A {@link org.scholion.analysis.CountTable} drawn: the decisions a chart makes whatever draws it
 * (a nice axis scale, the heat-map colour of a count, the series colours, code paths shortened to
 * fit) and the SVG of the three charts the thesis needs (bar chart of frequencies, heat map of a
 * matrix, line chart over time), written with the JDK alone so that a chart can be saved without a
 * window. The workbench draws the same charts with JavaFX ({@code ui.analysis}) from the same
 * scales and colours.
 */
package org.scholion.chart;
