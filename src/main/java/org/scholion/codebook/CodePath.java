package org.scholion.codebook;

import java.util.ArrayList;
import java.util.List;

/**
 * A code named by its place in the tree, written "Parent/Child". A slash inside a name is written
 * "\/" and a backslash "\\".
 */
public record CodePath(List<String> names) {

    public CodePath {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a code path needs at least one name");
        }
        names = List.copyOf(names);
    }

    public static CodePath of(String... names) {
        return new CodePath(List.of(names));
    }

    public static CodePath parse(String text) {
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                current.append(text.charAt(++i));
            } else if (c == '/') {
                names.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        names.add(current.toString().strip());
        if (names.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("'" + text + "' is not a code path: a name in it is empty");
        }
        return new CodePath(names);
    }

    public String leaf() {
        return names.getLast();
    }

    public CodePath child(String name) {
        List<String> longer = new ArrayList<>(names);
        longer.add(name);
        return new CodePath(longer);
    }

    public int depth() {
        return names.size();
    }

    public boolean startsWith(CodePath prefix) {
        return names.size() >= prefix.names.size() && names.subList(0, prefix.names.size()).equals(prefix.names);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(name.replace("\\", "\\\\").replace("/", "\\/"));
        }
        return out.toString();
    }
}
