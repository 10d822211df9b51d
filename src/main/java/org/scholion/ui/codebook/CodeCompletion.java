package org.scholion.ui.codebook;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scholion.ui.workbench.Folding;

/**
 * Completion over code paths for the quick-code box: a code matches when its path contains what
 * was typed, ignoring case and accents; codes whose name starts with it come first.
 */
final class CodeCompletion {

    static final int LIMIT = 12;

    private CodeCompletion() {
    }

    static List<CodeNode> matches(List<CodeNode> codes, String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String folded = Folding.fold(typed.strip());
        return codes.stream()
                .filter(node -> Folding.fold(node.path().toString()).contains(folded))
                .sorted(Comparator.comparing((CodeNode node) -> !Folding.fold(node.name()).startsWith(folded)))
                .limit(LIMIT)
                .toList();
    }

    /** The code meant: its exact path or name (ignoring case and accents), else the best match. */
    static Optional<CodeNode> chosen(List<CodeNode> codes, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String folded = Folding.fold(typed.strip());
        Optional<CodeNode> exactPath = codes.stream().filter(n -> Folding.fold(n.path().toString()).equals(folded)).findFirst();
        if (exactPath.isPresent()) {
            return exactPath;
        }
        List<CodeNode> exactName = codes.stream().filter(n -> Folding.fold(n.name()).equals(folded)).toList();
        if (exactName.size() == 1) {
            return Optional.of(exactName.getFirst());
        }
        return matches(codes, typed).stream().findFirst();
    }
}
