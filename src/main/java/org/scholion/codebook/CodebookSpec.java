package org.scholion.codebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A codebook as a file carries it, independent of any project: a name, a description and the codes
 * in order, parents before their children. {@link #problems()} lists every rule it breaks.
 */
public record CodebookSpec(String name, String description, List<CodeSpec> codes) {

    public CodebookSpec {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        codes = List.copyOf(codes);
    }

    /** Every broken rule, in file order; empty when the codebook can be imported. */
    public List<CodebookProblem> problems() {
        List<CodebookProblem> problems = new ArrayList<>();
        Map<String, Integer> indexByKey = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            CodeSpec code = codes.get(i);
            if (indexByKey.putIfAbsent(code.key(), i) != null) {
                problems.add(new CodebookProblem(i, "key", "key '" + code.key() + "' is used by an earlier code"));
            }
            try {
                CodeName.check(code.name());
            } catch (IllegalArgumentException e) {
                problems.add(new CodebookProblem(i, "name", e.getMessage()));
            }
        }
        Set<String> namesUnderParent = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            CodeSpec code = codes.get(i);
            String parent = code.parentKey();
            if (parent != null) {
                if (parent.equals(code.key())) {
                    problems.add(new CodebookProblem(i, "parent", "code '" + code.key() + "' names itself as its parent"));
                    continue;
                }
                if (!indexByKey.containsKey(parent)) {
                    problems.add(new CodebookProblem(i, "parent", "parent '" + parent + "' is not the key of any code"));
                    continue;
                }
                String cycle = cycleFrom(i, indexByKey);
                if (cycle != null) {
                    problems.add(new CodebookProblem(i, "parent", "codes form a cycle: " + cycle));
                    continue;
                }
            }
            if (code.name() != null && !namesUnderParent.add(parent + "\u0000" + code.name().toLowerCase(Locale.ROOT))) {
                String where = parent == null ? "at the top level" : "under '" + parent + "'";
                problems.add(new CodebookProblem(i, "name", "duplicate name '" + code.name() + "' " + where));
            }
        }
        return problems;
    }

    private String cycleFrom(int start, Map<String, Integer> indexByKey) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String key = codes.get(start).key();
        while (key != null) {
            if (!seen.add(key)) {
                chain.add(key);
                return String.join(" -> ", chain.subList(chain.indexOf(key), chain.size()));
            }
            chain.add(key);
            Integer index = indexByKey.get(key);
            key = index == null ? null : codes.get(index).parentKey();
        }
        return null;
    }
}
