package org.scholion.codebook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable snapshot of a project's code tree, and the rules every change to it must keep:
 * sibling names are unique (ignoring case), and no code is its own ancestor.
 * The check methods say whether an operation is allowed before anything is written.
 */
public final class Codebook {

    private static final Comparator<Code> SIBLING_ORDER =
            Comparator.comparingInt(Code::position).thenComparingLong(c -> c.id().value());

    private final Map<CodeId, Code> byId = new HashMap<>();
    private final Map<CodeId, List<Code>> children = new HashMap<>();
    private final List<Code> roots = new ArrayList<>();

    private Codebook(Collection<Code> codes) {
        for (Code code : codes) {
            if (byId.put(code.id(), code) != null) {
                throw new CodebookException("code id " + code.id() + " occurs twice");
            }
        }
        for (Code code : codes) {
            if (code.parent() == null) {
                roots.add(code);
            } else if (!byId.containsKey(code.parent())) {
                throw new CodebookException("code '" + code.name() + "' has a parent (" + code.parent() + ") that does not exist");
            } else {
                children.computeIfAbsent(code.parent(), k -> new ArrayList<>()).add(code);
            }
        }
        roots.sort(SIBLING_ORDER);
        children.values().forEach(list -> list.sort(SIBLING_ORDER));
        for (Code code : codes) {
            ancestorsOf(code.id());
        }
        checkSiblingNames(roots);
        children.values().forEach(Codebook::checkSiblingNames);
    }

    public static Codebook of(Collection<Code> codes) {
        return new Codebook(codes);
    }

    public static Codebook empty() {
        return new Codebook(List.of());
    }

    public int size() {
        return byId.size();
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    public Optional<Code> find(CodeId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Code get(CodeId id) {
        Code code = byId.get(id);
        if (code == null) {
            throw new CodebookException("there is no code with id " + id);
        }
        return code;
    }

    public Optional<Code> find(CodePath path) {
        List<Code> level = roots;
        Code found = null;
        for (String name : path.names()) {
            found = level.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            level = childrenOf(found.id());
        }
        return Optional.ofNullable(found);
    }

    /** The code at a path, or an exception that names the path and, if there is one, the code meant. */
    public Code resolve(CodePath path) {
        return find(path).orElseThrow(() -> {
            String hint = depthFirst().stream()
                    .filter(c -> c.name().equalsIgnoreCase(path.leaf()))
                    .map(c -> " (did you mean '" + pathOf(c.id()) + "'?)")
                    .findFirst().orElse("");
            return new CodebookException("no code '" + path + "' in the codebook" + hint);
        });
    }

    public Optional<Code> findByKey(String key) {
        return byId.values().stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public CodePath pathOf(CodeId id) {
        List<String> names = new ArrayList<>();
        for (Code code = get(id); code != null; code = code.parent() == null ? null : byId.get(code.parent())) {
            names.addFirst(code.name());
        }
        return new CodePath(names);
    }

    public List<Code> roots() {
        return List.copyOf(roots);
    }

    public List<Code> childrenOf(CodeId parent) {
        return parent == null ? List.copyOf(roots) : List.copyOf(children.getOrDefault(parent, List.of()));
    }

    /** Every code, parents before their children, siblings in order. */
    public List<Code> depthFirst() {
        List<Code> out = new ArrayList<>(byId.size());
        roots.forEach(root -> collect(root, out));
        return out;
    }

    /** A code and all codes below it. */
    public Set<CodeId> subtree(CodeId id) {
        List<Code> out = new ArrayList<>();
        collect(get(id), out);
        Set<CodeId> ids = new LinkedHashSet<>();
        out.forEach(c -> ids.add(c.id()));
        return ids;
    }

    public int depth(CodeId id) {
        return ancestorsOf(id).size();
    }

    /** The position a new last child of {@code parent} (null: top level) takes. */
    public int nextPosition(CodeId parent) {
        return childrenOf(parent).stream().mapToInt(Code::position).max().orElse(-1) + 1;
    }

    public void checkNewCode(CodeId parent, String name) {
        CodeName.check(name);
        if (parent != null) {
            get(parent);
        }
        checkFreeName(parent, name, null);
    }

    public void checkRename(CodeId id, String newName) {
        CodeName.check(newName);
        checkFreeName(get(id).parent(), newName, id);
    }

    public void checkMove(CodeId id, CodeId newParent) {
        Code code = get(id);
        if (newParent != null) {
            get(newParent);
            if (subtree(id).contains(newParent)) {
                throw new CodebookException("cannot move '" + pathOf(id) + "' under '" + pathOf(newParent)
                        + "': a code cannot be placed inside itself");
            }
        }
        checkFreeName(newParent, code.name(), id);
    }

    /** Merging moves the codings and sub-codes of {@code absorbed} to {@code survivor}, then removes it. */
    public void checkMerge(CodeId absorbed, CodeId survivor) {
        if (absorbed.equals(survivor)) {
            throw new CodebookException("cannot merge '" + pathOf(absorbed) + "' into itself");
        }
        get(survivor);
        if (subtree(absorbed).contains(survivor)) {
            throw new CodebookException("cannot merge '" + pathOf(absorbed) + "' into its own sub-code '"
                    + pathOf(survivor) + "'");
        }
        for (Code child : childrenOf(absorbed)) {
            checkFreeName(survivor, child.name(), child.id());
        }
    }

    private void checkFreeName(CodeId parent, String name, CodeId except) {
        for (Code sibling : childrenOf(parent)) {
            if (!sibling.id().equals(except) && sibling.name().equalsIgnoreCase(name)) {
                String where = parent == null ? "at the top level" : "under '" + pathOf(parent) + "'";
                throw new CodebookException("there is already a code '" + sibling.name() + "' " + where);
            }
        }
    }

    private List<CodeId> ancestorsOf(CodeId id) {
        List<CodeId> ancestors = new ArrayList<>();
        Set<CodeId> seen = new HashSet<>();
        seen.add(id);
        for (CodeId p = byId.get(id).parent(); p != null; p = byId.get(p).parent()) {
            if (!seen.add(p)) {
                throw new CodebookException("code '" + byId.get(id).name() + "' is its own ancestor");
            }
            ancestors.add(p);
        }
        return ancestors;
    }

    private void collect(Code code, List<Code> out) {
        out.add(code);
        children.getOrDefault(code.id(), List.of()).forEach(child -> collect(child, out));
    }

    private static void checkSiblingNames(List<Code> siblings) {
        Set<String> names = new HashSet<>();
        for (Code code : siblings) {
            if (!names.add(code.name().toLowerCase(Locale.ROOT))) {
                throw new CodebookException("two sibling codes are named '" + code.name() + "'");
            }
        }
    }
}
