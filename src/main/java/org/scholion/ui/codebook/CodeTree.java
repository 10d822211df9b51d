package org.scholion.ui.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;
import org.scholion.project.QuickKeys;

/** What the codebook tree shows, read on the project thread in one go and built into nodes. */
record CodeTree(Codebook codebook, List<CodeNode> roots, List<CodeNode> depthFirst, Map<Integer, CodeId> quickKeys) {

    static final CodeTree EMPTY = new CodeTree(Codebook.empty(), List.of(), List.of(), Map.of());

    static CodeTree of(Codebook codebook, Map<CodeId, Integer> counts, Map<Integer, CodeId> quickKeys) {
        List<CodeNode> roots = new ArrayList<>();
        for (Code root : codebook.roots()) {
            roots.add(node(codebook, root, counts, quickKeys));
        }
        List<CodeNode> flat = new ArrayList<>();
        roots.forEach(root -> collect(root, flat));
        return new CodeTree(codebook, List.copyOf(roots), List.copyOf(flat), Map.copyOf(quickKeys));
    }

    CodeNode find(CodeId id) {
        return depthFirst.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
    }

    private static CodeNode node(Codebook codebook, Code code, Map<CodeId, Integer> counts, Map<Integer, CodeId> keys) {
        List<CodeNode> children = new ArrayList<>();
        int below = 0;
        for (Code child : codebook.childrenOf(code.id())) {
            CodeNode node = node(codebook, child, counts, keys);
            children.add(node);
            below += node.codingsWithSubcodes();
        }
        int own = counts.getOrDefault(code.id(), 0);
        return new CodeNode(code, codebook.pathOf(code.id()), own, own + below,
                QuickKeys.keyOf(keys, code.id()).orElse(0), children);
    }

    private static void collect(CodeNode node, List<CodeNode> out) {
        out.add(node);
        node.children().forEach(child -> collect(child, out));
    }
}
