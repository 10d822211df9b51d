package org.scholion.ui.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The codes a typed fragment completes to in the quick-code box: codes whose name starts with it
 * first, then those whose path contains it anywhere, each group in codebook order.
 */
final class CodeCompletion {

    private CodeCompletion() {
    }

    static List<CodeChoice> complete(List<CodeChoice> choices, String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return choices;
        }
        List<CodeChoice> leading = new ArrayList<>();
        List<CodeChoice> containing = new ArrayList<>();
        for (CodeChoice choice : choices) {
            String path = choice.path().toLowerCase(Locale.ROOT);
            String leaf = path.substring(path.lastIndexOf('/') + 1);
            if (leaf.startsWith(wanted) || path.startsWith(wanted)) {
                leading.add(choice);
            } else if (path.contains(wanted)) {
                containing.add(choice);
            }
        }
        leading.addAll(containing);
        return leading;
    }
}
