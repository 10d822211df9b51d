package org.scholion.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coding;
import org.scholion.source.SourceId;

/**
 * The requested coders' codings, sorted into source, code and coder, and which sources each coder
 * coded at all. A coder who applied no code anywhere in a source has not coded it: their decisions
 * there are missing, not "absent", so a second coder who did only half the corpus does not count
 * as disagreeing everywhere else.
 */
final class CodingsByCoder {

    private final List<String> coders;
    private final Map<SourceId, Map<CodeId, List<List<Coding>>>> codings = new HashMap<>();
    private final Map<SourceId, boolean[]> coded = new HashMap<>();
    private final Map<CodeId, Boolean> used = new LinkedHashMap<>();

    CodingsByCoder(List<String> coders, List<Coding> all) {
        this.coders = coders;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < coders.size(); i++) {
            index.put(coders.get(i), i);
        }
        for (Coding coding : all) {
            Integer coder = index.get(coding.coder().name());
            if (coder == null) {
                continue;
            }
            coded.computeIfAbsent(coding.source(), id -> new boolean[coders.size()])[coder] = true;
            used.put(coding.code(), true);
            List<List<Coding>> byCoder = codings.computeIfAbsent(coding.source(), id -> new HashMap<>())
                    .computeIfAbsent(coding.code(), id -> {
                        List<List<Coding>> lists = new ArrayList<>(coders.size());
                        for (int i = 0; i < coders.size(); i++) {
                            lists.add(new ArrayList<>());
                        }
                        return lists;
                    });
            byCoder.get(coder).add(coding);
        }
    }

    int coderCount() {
        return coders.size();
    }

    String coder(int index) {
        return coders.get(index);
    }

    /** Whether the coder applied any code in the source. */
    boolean coded(SourceId source, int coder) {
        boolean[] flags = coded.get(source);
        return flags != null && flags[coder];
    }

    /** How many of the coders coded the source. */
    int codersOf(SourceId source) {
        int count = 0;
        for (int coder = 0; coder < coders.size(); coder++) {
            count += coded(source, coder) ? 1 : 0;
        }
        return count;
    }

    boolean used(CodeId code) {
        return used.containsKey(code);
    }

    /** The coder's codings of the code in the source; empty when none. */
    List<Coding> of(SourceId source, CodeId code, int coder) {
        Map<CodeId, List<List<Coding>>> byCode = codings.get(source);
        if (byCode == null || !byCode.containsKey(code)) {
            return List.of();
        }
        return byCode.get(code).get(coder);
    }
}
