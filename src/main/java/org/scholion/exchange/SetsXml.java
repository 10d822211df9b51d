package org.scholion.exchange;

import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * {@code <Sets>}. The two schemas name a set's members differently: a QDE's MemberCode,
 * MemberSource and MemberNote point with targetGUID; a QDC has only MemberCode, pointing with guid.
 */
final class SetsXml {

    enum Flavour { PROJECT, CODEBOOK }

    private SetsXml() {
    }

    /** Nothing when there are no sets (an empty Sets is invalid). */
    static void write(RefiXmlWriter xml, List<QdaSet> sets, Flavour flavour) throws XMLStreamException {
        if (sets.isEmpty()) {
            return;
        }
        xml.start("Sets");
        for (QdaSet set : sets) {
            xml.start("Set");
            xml.guid(set.guid(), "set '" + set.name() + "'");
            xml.attribute("name", set.name());
            xml.optionalText("Description", set.description());
            if (flavour == Flavour.PROJECT) {
                xml.refs("MemberCode", set.memberCodes());
                xml.refs("MemberSource", set.memberSources());
                xml.refs("MemberNote", set.memberNotes());
            } else {
                for (Guid code : set.memberCodes()) {
                    xml.empty("MemberCode");
                    xml.guid(code, "a member of set '" + set.name() + "'");
                }
            }
            xml.end();
        }
        xml.end();
    }
}
