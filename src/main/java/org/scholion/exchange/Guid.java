package org.scholion.exchange;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A REFI-QDA identifier. Tools write GUIDs in upper or lower case and some wrap them in braces;
 * a Guid is kept in one canonical form (lower case, no braces) so that references match
 * whatever spelling each end used.
 */
public record Guid(String value) {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public Guid {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException("not a GUID: " + value);
        }
    }

    /** Reads a GUID as a file spells it: any case, with or without braces, surrounding blanks. */
    public static Guid parse(String written) {
        if (written == null) {
            throw new IllegalArgumentException("a GUID is missing");
        }
        String s = written.strip();
        if (s.length() > 2 && s.charAt(0) == '{' && s.charAt(s.length() - 1) == '}') {
            s = s.substring(1, s.length() - 1);
        }
        return new Guid(s.toLowerCase(Locale.ROOT));
    }

    public static Guid random() {
        return new Guid(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
