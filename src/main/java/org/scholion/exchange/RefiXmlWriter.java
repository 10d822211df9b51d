package org.scholion.exchange;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The XML side of the QDE and QDC writers: a StAX writer (UTF-8, no byte-order mark) that indents
 * element-only content, closes an element that got no content as {@code <X/>}, leaves absent
 * optional attributes and empty optional elements out, and passes every string through
 * {@link XmlSafeText}.
 *
 * <p>A carriage return in element text is written as {@code &#13;}, since a parser turns a literal
 * one into a line feed. Attribute values cannot keep tab, line feed or carriage return through
 * StAX (every reader normalises them to spaces), so names are written on one line.
 */
final class RefiXmlWriter {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final XMLStreamWriter xml;
    private final XmlSafeText safe;
    private int depth;
    private boolean hadChildren;
    /** An element started but not yet written, with its attributes: written empty if nothing follows before its end. */
    private String pending;
    private final List<String[]> pendingAttributes = new ArrayList<>();

    RefiXmlWriter(OutputStream out, XmlSafeText safe) throws XMLStreamException {
        // The JDK's own StAX, whatever else is on the class path: its escaping is what this class relies on.
        this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        this.safe = safe;
    }

    /** Writes the XML declaration and opens the root element in {@code namespace}, as the schema at {@code schemaUrl}. */
    void startDocument(String root, String namespace, String schemaUrl) throws XMLStreamException {
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(namespace);
        xml.writeStartElement(namespace, root);
        xml.writeDefaultNamespace(namespace);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", namespace + " " + schemaUrl);
        depth = 1;
        hadChildren = false;
    }

    void endDocument() throws XMLStreamException {
        end();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /** Opens an element; attributes follow, then its content, then {@link #end()}. */
    void start(String name) throws XMLStreamException {
        writePending();
        indent();
        pending = name;
        depth++;
        hadChildren = false;
    }

    void end() throws XMLStreamException {
        depth--;
        if (pending != null) {
            xml.writeEmptyElement(pending);
            writePendingAttributes();
            pending = null;
        } else {
            if (hadChildren) {
                indent();
            }
            xml.writeEndElement();
        }
        hadChildren = true;
    }

    /** An element without content; attributes may follow until the next element starts. */
    void empty(String name) throws XMLStreamException {
        writePending();
        indent();
        xml.writeEmptyElement(name);
        hadChildren = true;
    }

    /** An attribute that is written even when empty (the schema requires it). */
    void attribute(String name, String value) throws XMLStreamException {
        rawAttribute(name, oneLine(safe.clean(value == null ? "" : value)));
    }

    /** An optional attribute: left out when null or empty. */
    void optional(String name, String value) throws XMLStreamException {
        if (value != null && !value.isEmpty()) {
            attribute(name, value);
        }
    }

    /** The element's own guid attribute, which every REFI-QDA element that has one requires. */
    void guid(Guid guid, String what) throws XMLStreamException {
        if (guid == null) {
            throw new IllegalArgumentException(what + " has no GUID");
        }
        rawAttribute("guid", guid.value());
    }

    void optional(String name, Guid guid) throws XMLStreamException {
        if (guid != null) {
            rawAttribute(name, guid.value());
        }
    }

    void optional(String name, Instant time) throws XMLStreamException {
        if (time != null) {
            rawAttribute(name, dateTime(time));
        }
    }

    /** {@code <name>text</name>}, left out when the text is empty. */
    void optionalText(String name, String text) throws XMLStreamException {
        if (text != null && !text.isEmpty()) {
            text(name, text);
        }
    }

    /** {@code <name>text</name>}, written even when empty. */
    void text(String name, String text) throws XMLStreamException {
        writePending();
        indent();
        xml.writeStartElement(name);
        characters(safe.clean(text));
        xml.writeEndElement();
        hadChildren = true;
    }

    /** One {@code <name targetGUID="..."/>} per reference. */
    void refs(String name, List<Guid> targets) throws XMLStreamException {
        for (Guid target : targets) {
            empty(name);
            rawAttribute("targetGUID", target.value());
        }
    }

    /** xsd:dateTime in UTC to the second, as the other tools write it: 2024-09-15T15:36:45Z. */
    static String dateTime(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    private void rawAttribute(String name, String value) throws XMLStreamException {
        if (pending != null) {
            pendingAttributes.add(new String[] {name, value});
        } else {
            xml.writeAttribute(name, value);
        }
    }

    private void writePending() throws XMLStreamException {
        if (pending != null) {
            xml.writeStartElement(pending);
            writePendingAttributes();
            pending = null;
        }
    }

    private void writePendingAttributes() throws XMLStreamException {
        for (String[] attribute : pendingAttributes) {
            xml.writeAttribute(attribute[0], attribute[1]);
        }
        pendingAttributes.clear();
    }

    private void characters(String text) throws XMLStreamException {
        int from = 0;
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', from)) {
            xml.writeCharacters(text.substring(from, i));
            xml.writeEntityRef("#13");
            from = i + 1;
        }
        xml.writeCharacters(text.substring(from));
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static String oneLine(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
