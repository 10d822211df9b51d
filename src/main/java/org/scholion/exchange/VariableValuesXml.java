package org.scholion.exchange;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * VariableValue elements: the reference to the variable and the value in the element of its type,
 * in that type's XML Schema lexical form. A value that is not of its type is refused rather than
 * written into a file the other tools would reject.
 */
final class VariableValuesXml {

    private VariableValuesXml() {
    }

    static void write(RefiXmlWriter xml, List<QdaVariableValue> values) throws XMLStreamException {
        for (QdaVariableValue value : values) {
            xml.start("VariableValue");
            xml.refs("VariableRef", List.of(value.variable()));
            xml.text(element(value.type()), lexical(value));
            xml.end();
        }
    }

    static String element(QdaVariableType type) {
        return type.written() + "Value";
    }

    /** The value as its XML Schema type spells it: xsd:boolean, integer, decimal, date, dateTime. */
    static String lexical(QdaVariableValue value) {
        String written = value.value() == null ? "" : value.value();
        if (value.type() == QdaVariableType.TEXT) {
            return written;
        }
        String s = written.strip();
        try {
            return switch (value.type()) {
                case BOOLEAN -> bool(s);
                case INTEGER -> new BigInteger(s).toString();
                case FLOAT -> new BigDecimal(s).toPlainString();
                case DATE -> date(s);
                case DATE_TIME -> dateTime(s);
                case TEXT -> written;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("the value '" + written + "' of variable " + value.variable()
                    + " is not a " + value.type().written(), e);
        }
    }

    private static String bool(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> "true";
            case "false", "0" -> "false";
            default -> throw new NumberFormatException(s);
        };
    }

    /** xsd:date: yyyy-mm-dd with an optional zone, which is kept. */
    private static String date(String s) {
        DateTimeFormatter.ISO_DATE.parse(s);
        return s;
    }

    /** xsd:dateTime needs the seconds, which ISO-8601 lets a writer leave out; written out again in full. */
    private static String dateTime(String s) {
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime offset
                ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(offset)
                : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(parsed);
    }
}
