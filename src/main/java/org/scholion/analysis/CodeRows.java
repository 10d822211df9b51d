package org.scholion.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;

/**
 * The rows of a per-code table: every code of the codebook, parents before children, labelled by
 * its path; and, for a coding's code, the rows it counts under: its own, and with sub-codes also
 * each ancestor's.
 */
final class CodeRows {

    private final List<String> labels = new ArrayList<>();
    private final Map<CodeId, int[]> countsUnder = new HashMap<>();

    CodeRows(Codebook codebook, boolean withSubCodes) {
        Map<CodeId, Integer> rowOf = new HashMap<>();
        for (Code code : codebook.depthFirst()) {
            rowOf.put(code.id(), labels.size());
            labels.add(codebook.pathOf(code.id()).toString());
        }
        for (Code code : codebook.depthFirst()) {
            List<Integer> rows = new ArrayList<>();
            for (Code c = code; c != null; c = withSubCodes && c.parent() != null ? codebook.get(c.parent()) : null) {
                rows.add(rowOf.get(c.id()));
            }
            countsUnder.put(code.id(), rows.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    List<String> labels() {
        return labels;
    }

    int size() {
        return labels.size();
    }

    /** The rows a coding of this code counts under (its own first). */
    int[] rowsOf(CodeId code) {
        return countsUnder.get(code);
    }
}
