package org.scholion.exchange;

import java.net.URL;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * REFI-QDA's namespaces and its two XML Schemas, as shipped in this package: {@code Project.xsd}
 * (QDPX, version 1.5 of the standard) and {@code Codebook.xsd} (QDC, repaired from the
 * specification's text; docs/exchange.md says how).
 */
public final class RefiSchemas {

    public static final String PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";
    public static final String CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0";
    /** Where the standard publishes the schemas; written into xsi:schemaLocation, never fetched. */
    static final String PROJECT_SCHEMA_URL = "http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd";
    static final String CODEBOOK_SCHEMA_URL = "http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd";

    private RefiSchemas() {
    }

    /** The schema of a project.qde. */
    public static Schema project() {
        return load("Project.xsd");
    }

    /** The schema of a .qdc codebook. */
    public static Schema codebook() {
        return load("Codebook.xsd");
    }

    private static Schema load(String name) {
        URL resource = RefiSchemas.class.getResource(name);
        if (resource == null) {
            throw new IllegalStateException("the REFI-QDA schema " + name + " is missing from the application");
        }
        try {
            // The JDK's own factory, whatever XML library is on the class path: the same behaviour everywhere.
            return SchemaFactory.newDefaultInstance().newSchema(resource);
        } catch (SAXException e) {
            throw new IllegalStateException("the REFI-QDA schema " + name + " does not compile: " + e.getMessage(), e);
        }
    }
}
