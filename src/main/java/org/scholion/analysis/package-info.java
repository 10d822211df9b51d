/**
 * What the coding says: code frequencies, matrices, co-occurrence, codes over time, and the
 * agreement between coders. Pure computation over domain values (codings, codes, sources, spans);
 * {@code project.AnalysisService} gathers the values from the store. JDK only.
 */
package org.scholion.analysis;
