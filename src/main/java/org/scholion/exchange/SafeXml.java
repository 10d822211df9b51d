package org.scholion.exchange;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The one place XML parsers for untrusted REFI-QDA files are made. REFI-QDA files have no DTD, so
 * none is processed: DTD support, external entities and entity replacement are off, external DTDs
 * and schemas may not be fetched, and a resolver refuses anything that still asks.
 * {@link XmlCursor} then rejects a DOCTYPE or an entity reference the moment it appears, before any
 * content after it is read.
 */
final class SafeXml {

    private SafeXml() {
    }

    /** A new factory per file: XMLInputFactory is not documented as safe to share between threads. */
    static XMLInputFactory inputFactory(ReadLimits limits) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false); // long texts arrive in chunks, so their limit bites early
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        // The JDK parser's own limits as a second line, set here so that a jaxp.properties elsewhere
        // cannot loosen them; at twice the cursor's, so that the cursor's clearer message comes
        // first for a file just over the limit (the parser counts attributes before the cursor sees them).
        setJdkLimit(factory, "jdk.xml.maxElementDepth", 2 * limits.maxElementDepth());
        setJdkLimit(factory, "jdk.xml.elementAttributeLimit", 2 * limits.maxAttributes());
        return factory;
    }

    private static void setJdkLimit(XMLInputFactory factory, String property, int value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException notThisParser) {
            // another StAX implementation on the class path: the cursor's limits still hold
        }
    }
}
