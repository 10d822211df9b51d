package org.scholion.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a {@link QdaCodebook} as a REFI-QDA codebook (.qdc): namespace urn:QDA-XML:codebook:1.0,
 * UTF-8 without a byte-order mark, valid against Codebook.xsd. A codebook's set holds codes only
 * (MemberCode guid="..."); source and note members of a set are not written. Code notes have no
 * place in a QDC either; a QDPX carries them.
 */
public final class QdcWriter {

    /** Writes the codebook into {@code target}, replacing it, or leaves the target as it was. */
    public WriteReport write(QdaCodebook codebook, Path target) throws IOException {
        return AtomicWrite.write(target, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out);
            WriteReport report = write(codebook, buffered);
            buffered.flush();
            return report;
        });
    }

    /** Writes the document; the stream is left open. */
    public WriteReport write(QdaCodebook codebook, OutputStream out) throws IOException {
        if (codebook.codes().isEmpty()) {
            throw new IllegalArgumentException("a REFI-QDA codebook needs at least one code");
        }
        XmlSafeText safe = new XmlSafeText();
        try {
            RefiXmlWriter xml = new RefiXmlWriter(out, safe);
            xml.startDocument("CodeBook", RefiSchemas.CODEBOOK_NAMESPACE, RefiSchemas.CODEBOOK_SCHEMA_URL);
            xml.optional("origin", codebook.origin());
            CodesXml.write(xml, codebook.codes(), false);
            SetsXml.write(xml, codebook.sets(), SetsXml.Flavour.CODEBOOK);
            xml.endDocument();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the codebook: " + e.getMessage(), e);
        }
        return new WriteReport(WriteReport.countCodes(codebook.codes()), 0, 0, safe.replaced());
    }
}
