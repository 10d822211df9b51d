package org.scholion.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Test helpers: validating written XML, reading it back as DOM, opening an archive. */
final class RefiXml {

    private RefiXml() {
    }

    /** Validates against the schema; throws SAXException naming the first violation. */
    static void validate(Schema schema, byte[] xml) throws SAXException {
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Every element of that local name in the document's namespace, in document order. */
    static List<Element> all(Document document, String name) {
        var nodes = document.getElementsByTagNameNS(document.getDocumentElement().getNamespaceURI(), name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The element children of {@code parent}, by local name, in order. */
    static List<String> childNames(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    /** The text of {@code parent}'s first child of that name. */
    static String text(Element parent, String name) {
        return children(parent, name).getFirst().getTextContent();
    }

    static Element byGuid(Document document, String name, Guid guid) {
        return all(document, name).stream().filter(e -> e.getAttribute("guid").equals(guid.value())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " with guid " + guid));
    }

    /** The targetGUIDs of {@code parent}'s children of that name. */
    static List<String> targets(Element parent, String name) {
        return children(parent, name).stream().map(e -> e.getAttribute("targetGUID")).toList();
    }

    static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The entries of a ZIP file, by name, in the archive's order. */
    static Map<String, byte[]> entries(Path archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
