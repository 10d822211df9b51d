package org.scholion.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The codes a typed fragment completes to, for every quick-code box: a code matches when its path
 * contains the fragment, ignoring case and accents; codes whose name (or path) starts with it come
 * first, then the others, each group in the order given (the codebook's).
 */
public final class CodeCompletion {

    private CodeCompletion() {
    }

    /**
     * @param path a code's full path ("Security interests/Border security")
     * @param name its own name ("Border security")
     */
    public static <T> List<T> complete(List<T> codes, String typed, Function<T, String> path, Function<T, String> name) {
        if (typed == null || typed.isBlank()) {
            return List.copyOf(codes);
        }
        String wanted = Folding.fold(typed.strip());
        List<T> leading = new ArrayList<>();
        List<T> containing = new ArrayList<>();
        for (T code : codes) {
            String foldedPath = Folding.fold(path.apply(code));
            if (Folding.fold(name.apply(code)).startsWith(wanted) || foldedPath.startsWith(wanted)) {
                leading.add(code);
            } else if (foldedPath.contains(wanted)) {
                containing.add(code);
            }
        }
        leading.addAll(containing);
        return leading;
    }
}
