package org.scholion.codebook;

/** The rules a code name follows, so that every name can stand in a code path. */
public final class CodeName {

    private CodeName() {
    }

    /** Returns the name if valid, else throws with the reason. */
    public static String check(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a code name must not be empty");
        }
        if (!name.equals(name.strip())) {
            throw new IllegalArgumentException("code name '" + name + "' starts or ends with white space");
        }
        if (name.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            throw new IllegalArgumentException("code name '" + name + "' contains a line break or tab");
        }
        if (name.codePointCount(0, name.length()) > 200) {
            throw new IllegalArgumentException("code name '" + name.substring(0, 40) + "…' is longer than 200 characters");
        }
        return name;
    }
}
