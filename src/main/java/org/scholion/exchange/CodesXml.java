package org.scholion.exchange;

import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/** The code tree as both files write it: a QDE's codes carry NoteRefs, a QDC's cannot. */
final class CodesXml {

    private static final Pattern RGB = Pattern.compile("#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})");

    private CodesXml() {
    }

    /** {@code <Codes>} with the tree; callers leave it out when there are no codes (an empty Codes is invalid). */
    static void write(RefiXmlWriter xml, List<QdaCode> codes, boolean withNoteRefs) throws XMLStreamException {
        xml.start("Codes");
        for (QdaCode code : codes) {
            code(xml, code, withNoteRefs);
        }
        xml.end();
    }

    private static void code(RefiXmlWriter xml, QdaCode code, boolean withNoteRefs) throws XMLStreamException {
        xml.start("Code");
        xml.guid(code.guid(), "code '" + code.name() + "'");
        xml.attribute("name", code.name());
        xml.attribute("isCodable", Boolean.toString(code.codable()));
        xml.optional("color", color(code));
        xml.optionalText("Description", code.description());
        if (withNoteRefs) {
            xml.refs("NoteRef", code.noteRefs());
        }
        for (QdaCode child : code.children()) {
            code(xml, child, withNoteRefs);
        }
        xml.end();
    }

    private static String color(QdaCode code) {
        if (code.color() == null || RGB.matcher(code.color()).matches()) {
            return code.color();
        }
        throw new IllegalArgumentException("the colour of code '" + code.name() + "' is not #RRGGBB: " + code.color());
    }
}
