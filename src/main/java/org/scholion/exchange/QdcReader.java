package org.scholion.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a REFI-QDA codebook exchange file (.qdc): codes with their hierarchy, colours,
 * descriptions and isCodable, and code sets. Untrusted like a project: no DTD, no entities,
 * bounded size, nesting and texts. Elements are matched by local name, whatever the namespace.
 */
public final class QdcReader {

    static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    private final ReadLimits limits;

    public QdcReader() {
        this(ReadLimits.defaults());
    }

    public QdcReader(ReadLimits limits) {
        this.limits = limits;
    }

    public QdcContent read(Path qdc) throws ExchangeException {
        checkSize(qdc);
        try (InputStream in = Files.newInputStream(qdc); XmlCursor cursor = XmlCursor.open(in, qdc, "", limits)) {
            return read(cursor);
        } catch (NoSuchFileException e) {
            throw new ExchangeException(qdc, "", "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ExchangeException(qdc, "", "not allowed to read it", e);
        } catch (IOException e) {
            throw new ExchangeException(qdc, "", "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private void checkSize(Path qdc) throws ExchangeException {
        try {
            long size = Files.size(qdc);
            if (size > limits.maxEntryBytes()) {
                throw new ExchangeException(qdc, "", "the file has " + size + " bytes, over the limit of "
                        + limits.maxEntryBytes());
            }
        } catch (NoSuchFileException e) {
            throw new ExchangeException(qdc, "", "no such file", e);
        } catch (IOException e) {
            throw new ExchangeException(qdc, "", "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static QdcContent read(XmlCursor cursor) throws ExchangeException {
        String root = cursor.root();
        if (!root.equals("CodeBook")) {
            throw cursor.fail(root.equals("Project")
                    ? "a REFI-QDA project, not a codebook: the root element is <Project>"
                    : "not a REFI-QDA codebook: the root element is <" + root + ">, not <CodeBook>");
        }
        ReadWarnings warnings = new ReadWarnings();
        Fields fields = new Fields(cursor, warnings);
        String namespace = cursor.namespace();
        if (!namespace.equals(NAMESPACE)) {
            warnings.add("CodeBook", (namespace.isEmpty() ? "no namespace" : "namespace " + namespace)
                    + " instead of " + NAMESPACE + "; read by element names");
        }
        String origin = fields.attr("origin");
        CodeElements elements = new CodeElements(fields);
        java.util.List<QdaCode> codes = new java.util.ArrayList<>();
        java.util.List<QdaSet> sets = new java.util.ArrayList<>();
        cursor.children(child -> {
            switch (child) {
                case "Codes" -> codes.addAll(elements.codes());
                case "Sets" -> sets.addAll(elements.sets());
                default -> fields.unknown(child, "CodeBook");
            }
        });
        return new QdcContent(new QdaCodebook(origin, codes, sets), warnings.lines());
    }
}
