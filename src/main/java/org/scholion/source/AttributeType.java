package org.scholion.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The type of a source attribute (a REFI-QDA variable): its values are stored as text and checked against it. */
public enum AttributeType {
    TEXT, INTEGER, DECIMAL, DATE, BOOLEAN;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AttributeType fromWord(String word) {
        return valueOf(word.strip().toUpperCase(Locale.ROOT));
    }

    /** The canonical form of a value of this type, or an exception saying why it is not one. */
    public String normalise(String value) {
        String v = value.strip();
        try {
            return switch (this) {
                case TEXT -> value;
                case INTEGER -> Long.toString(Long.parseLong(v));
                case DECIMAL -> new BigDecimal(v).toPlainString();
                case DATE -> LocalDate.parse(v).toString();
                case BOOLEAN -> switch (v.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "1" -> "true";
                    case "false", "no", "0" -> "false";
                    default -> throw new IllegalArgumentException();
                };
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a " + word() + " value", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not a " + word() + " value", e);
        }
    }
}
