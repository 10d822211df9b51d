package org.scholion.ui.analysis;

import java.util.Set;
import org.scholion.analysis.Breakdown;
import org.scholion.analysis.CoOccurrenceScope;
import org.scholion.analysis.MatrixMeasure;
import org.scholion.analysis.ReportRequest;

/**
 * Everything a report is computed from, as chosen in the window at one moment (so that the project
 * thread computes from a fixed value, not from properties that may change meanwhile).
 *
 * @param coder  whose codings count; null for everyone's
 * @param code      the code whose words are counted (words report); null when none is chosen
 * @param collocate words report: the word whose collocates are listed instead; blank for the words
 */
record ReportChoices(Report report, Breakdown breakdown, boolean withSubCodes, boolean sources,
                     MatrixMeasure measure, CoOccurrenceScope scope, String coder, CodeChoice code, int words,
                     String collocate, boolean hideEmpty) {

    ReportRequest request() {
        return new ReportRequest(coder == null ? Set.of() : Set.of(coder), Set.of(), withSubCodes);
    }
}
