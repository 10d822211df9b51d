package org.scholion.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a reader worked around, one line each, for the import report: which element, its name and
 * GUID, and what was done: "Code 'Security' (4f0c…): colour '#12' is not #RGB or #RRGGBB; left out".
 */
final class ReadWarnings {

    private final List<String> lines = new ArrayList<>();
    private final Set<String> once = new HashSet<>();

    void add(String who, String what) {
        lines.add(who + ": " + what);
    }

    /** Adds a line only the first time {@code key} is given, so that a quirk repeated a thousand times is told once. */
    void once(String key, String who, String what) {
        if (once.add(key)) {
            add(who, what);
        }
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** "Code 'Security' (4f0c…)", "Coding (4f0c…)", "Project": how a warning names an element. */
    static String who(String element, String name, String guid) {
        StringBuilder who = new StringBuilder(element);
        if (name != null && !name.isBlank()) {
            who.append(" '").append(name.strip()).append('\'');
        }
        if (guid != null && !guid.isBlank()) {
            who.append(" (").append(guid.strip()).append(')');
        }
        return who.toString();
    }
}
