package org.scholion.ui.codebook;

import java.util.List;
import java.util.Optional;
import org.scholion.ui.workbench.Folding;

/**
 * The codebook's quick-code box: the workbench's completion ({@link org.scholion.ui.workbench.CodeCompletion}),
 * at most twelve offered, and which code a typed text means.
 */
final class CodeCompletion {

    static final int LIMIT = 12;

    private CodeCompletion() {
    }

    static List<CodeNode> matches(List<CodeNode> codes, String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return org.scholion.ui.workbench.CodeCompletion.complete(codes, typed, node -> node.path().toString(), CodeNode::name)
                .stream().limit(LIMIT).toList();
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
