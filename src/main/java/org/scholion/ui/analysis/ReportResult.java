package org.scholion.ui.analysis;

import java.util.List;
import org.scholion.analysis.CoOccurrence;
import org.scholion.analysis.CountTable;

/**
 * A report computed on the project thread: its table, the co-occurrence behind it (to list a
 * cell's segments; null for other reports), and the coders and codes the window offers as choices.
 */
record ReportResult(CountTable table, CoOccurrence coOccurrence, List<String> coders, List<CodeChoice> codes) {
}
