package org.scholion.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads the attributes of the element a cursor is on as REFI-QDA values, leniently: what a tool
 * wrote wrongly becomes a sensible value plus a warning, never a failure of the whole file.
 */
final class Fields {

    private static final Pattern COLOUR = Pattern.compile("#(\\p{XDigit}{3}|\\p{XDigit}{6})");

    private final XmlCursor cursor;
    private final ReadWarnings warnings;

    Fields(XmlCursor cursor, ReadWarnings warnings) {
        this.cursor = cursor;
        this.warnings = warnings;
    }

    XmlCursor cursor() {
        return cursor;
    }

    ReadWarnings warnings() {
        return warnings;
    }

    String attr(String name) {
        return cursor.attr(name);
    }

    /** How warnings name the element the cursor is on: its element name, name and GUID as written. */
    String who(String element) {
        return ReadWarnings.who(element, attr("name"), attr("guid"));
    }

    /** The element's own GUID; a missing or malformed one is replaced by a new one, with a warning. */
    Guid guid(String who) {
        String written = attr("guid");
        Optional<Guid> guid = parse(written);
        if (guid.isPresent()) {
            return guid.get();
        }
        warnings.add(who, (written == null ? "no guid" : "guid '" + written + "' is not a GUID") + "; given a new one");
        return Guid.random();
    }

    /**
     * A GUID-valued reference attribute, the first of {@code names} that is present (QDC writes
     * MemberCode guid=, QDPX MemberCode targetGUID=); empty, with a warning, when none is or it is
     * malformed.
     */
    Optional<Guid> ref(String who, String element, String... names) {
        for (String name : names) {
            String written = attr(name);
            if (written != null) {
                Optional<Guid> guid = parse(written);
                if (guid.isEmpty()) {
                    warnings.add(who, element + " " + name + " '" + written + "' is not a GUID; left out");
                }
                return guid;
            }
        }
        warnings.add(who, element + " without " + names[0] + "; left out");
        return Optional.empty();
    }

    /** An optional GUID attribute (creatingUser): null when absent, null with a warning when malformed. */
    Guid optionalGuid(String who, String name) {
        String written = attr(name);
        if (written == null || written.isBlank()) {
            return null;
        }
        Optional<Guid> guid = parse(written);
        if (guid.isEmpty()) {
            warnings.add(who, name + " '" + written + "' is not a GUID; left out");
        }
        return guid.orElse(null);
    }

    /** An xsd:dateTime attribute; without a zone taken as UTC; null (with a warning when malformed). */
    Instant instant(String who, String name) {
        String written = attr(name);
        if (written == null || written.isBlank()) {
            return null;
        }
        String s = written.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException noOffset) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException noTime) {
                try {
                    return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notADate) {
                    warnings.add(who, name + " '" + written + "' is not a date and time; left out");
                    return null;
                }
            }
        }
    }

    /** An integer attribute (a selection's position); empty, with a warning, when missing or malformed. */
    OptionalLong position(String who, String name) {
        String written = attr(name);
        try {
            return OptionalLong.of(Long.parseLong(written == null ? "" : written.strip()));
        } catch (NumberFormatException e) {
            warnings.add(who, written == null ? "no " + name : name + " '" + written + "' is not a whole number");
            return OptionalLong.empty();
        }
    }

    /** isCodable: an xsd:boolean; when missing or malformed the code is codable, with a warning. */
    boolean codable(String who) {
        String written = attr("isCodable");
        String s = written == null ? "" : written.strip();
        if (s.equals("true") || s.equals("1")) {
            return true;
        }
        if (s.equals("false") || s.equals("0")) {
            return false;
        }
        warnings.add(who, (written == null ? "isCodable missing" : "isCodable '" + written + "' is not true or false")
                + "; taken as true");
        return true;
    }

    /** A colour as "#RRGGBB" in upper case ("#RGB" widened); null when absent, null with a warning when malformed. */
    String colour(String who) {
        String written = attr("color");
        if (written == null || written.isBlank()) {
            return null;
        }
        String s = written.strip();
        if (!COLOUR.matcher(s).matches()) {
            warnings.add(who, "colour '" + written + "' is not #RGB or #RRGGBB; left out");
            return null;
        }
        String hex = s.substring(1).toUpperCase(Locale.ROOT);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return "#" + hex;
    }

    /** An element REFI-QDA does not have at this place: told once per element and parent, then skipped. */
    void unknown(String element, String parent) {
        warnings.once(parent + "/" + element, parent, "element <" + element + "> is not REFI-QDA here; ignored");
    }

    private static Optional<Guid> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Guid.parse(written));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
