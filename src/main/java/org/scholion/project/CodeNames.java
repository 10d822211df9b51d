package org.scholion.project;

import java.util.Locale;
import java.util.Set;
import org.scholion.codebook.CodeName;
import org.scholion.exchange.Guid;

/**
 * Makes the names other tools give codes into names Scholion's codebook accepts ({@link CodeName}):
 * no line breaks or tabs, no surrounding blanks, not empty, at most 200 characters, and unique
 * among siblings ignoring case (a second "programming" under one parent becomes "programming (2)").
 */
final class CodeNames {

    private static final int MAX = 200;

    private CodeNames() {
    }

    /** A valid name for a code a file names so; the GUID stands in for a missing name. */
    static String clean(String written, Guid guid) {
        String name = written == null ? "" : written.replaceAll("[\\r\\n\\t]+", " ").strip();
        if (name.isEmpty()) {
            name = "Code " + (guid == null ? "" : guid.value().substring(0, 8));
        }
        return shortened(name.strip(), 0);
    }

    /** The name, or the name with the first free number, among siblings' lower-case names. */
    static String unique(String name, Set<String> siblings) {
        if (!siblings.contains(name.toLowerCase(Locale.ROOT))) {
            return name;
        }
        for (int n = 2; ; n++) {
            String suffix = " (" + n + ")";
            String candidate = shortened(name, suffix.length()) + suffix;
            if (!siblings.contains(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
    }

    private static String shortened(String name, int room) {
        int limit = MAX - room;
        if (name.codePointCount(0, name.length()) <= limit) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, limit)).strip();
    }
}
