package org.scholion.exchange;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks an untrusted XML document element by element over StAX, by local names whatever the
 * namespace, enforcing the nesting, attribute and text limits and refusing DOCTYPEs and entity
 * references. Every problem becomes an {@link ExchangeException} naming the file, the entry and
 * the line and column.
 *
 * <p>Used by recursive descent: a reader handed an element (the cursor on its start tag) may read
 * its attributes, then its {@link #children}, its {@link #text} or nothing; whatever it leaves
 * unread is skipped.
 */
final class XmlCursor implements AutoCloseable {

    /** Reads one child element; the cursor is on its start tag and {@code name} is its local name. */
    @FunctionalInterface
    interface ChildReader {
        void read(String name) throws ExchangeException;
    }

    private final XMLStreamReader reader;
    private final Path file;
    private final String entry;
    private final ReadLimits limits;
    private int depth;

    private XmlCursor(XMLStreamReader reader, Path file, String entry, ReadLimits limits) {
        this.reader = reader;
        this.file = file;
        this.entry = entry;
        this.limits = limits;
    }

    /**
     * @param entry the entry's name inside an archive, or "" for a file read on its own
     */
    static XmlCursor open(InputStream in, Path file, String entry, ReadLimits limits) throws ExchangeException {
        try {
            return new XmlCursor(SafeXml.inputFactory(limits).createXMLStreamReader(in), file, entry, limits);
        } catch (XMLStreamException e) {
            throw new XmlCursor(null, file, entry, limits).translate(e);
        }
    }

    /** Moves to the root element and returns its local name. */
    String root() throws ExchangeException {
        for (int event = next(); ; event = next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                return reader.getLocalName();
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw fail("no XML element in it");
            }
        }
    }

    /** The namespace of the element the cursor is on, "" when none. */
    String namespace() {
        String uri = reader.getNamespaceURI();
        return uri == null ? "" : uri;
    }

    /** An attribute of the element the cursor is on, by local name; null when absent. */
    String attr(String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Hands each child element of the current element to {@code child}, then leaves the element. */
    void children(ChildReader child) throws ExchangeException {
        int level = depth;
        for (int event = next(); ; event = next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                child.read(reader.getLocalName());
                while (depth > level) {
                    next();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && depth < level) {
                return;
            }
        }
    }

    /** The text of the current element (the text of elements nested in it left out), then leaves it. */
    String text() throws ExchangeException {
        int level = depth;
        StringBuilder text = new StringBuilder();
        for (int event = next(); depth >= level; event = next()) {
            boolean characters = event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE;
            if (characters && depth == level) {
                text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                if (text.length() > limits.maxTextChars()) {
                    throw fail("a text of more than " + limits.maxTextChars() + " characters, over the limit");
                }
            }
        }
        return text.toString();
    }

    /** "project.qde line 3:14": where the cursor is, for messages. */
    String place() {
        Location location = reader == null ? null : reader.getLocation();
        String at = location == null || location.getLineNumber() < 0 ? ""
                : "line " + location.getLineNumber() + ":" + location.getColumnNumber();
        return (entry + " " + at).strip();
    }

    ExchangeException fail(String reason) {
        return new ExchangeException(file, place(), reason);
    }

    private int next() throws ExchangeException {
        int event;
        try {
            event = reader.next();
        } catch (XMLStreamException e) {
            throw translate(e);
        }
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                depth++;
                if (depth > limits.maxElementDepth()) {
                    throw fail("elements nested more than " + limits.maxElementDepth() + " deep, over the limit");
                }
                if (reader.getAttributeCount() > limits.maxAttributes()) {
                    throw fail("<" + reader.getLocalName() + "> has " + reader.getAttributeCount()
                            + " attributes, over the limit of " + limits.maxAttributes());
                }
            }
            case XMLStreamConstants.END_ELEMENT -> depth--;
            case XMLStreamConstants.DTD -> throw fail(
                    "a DOCTYPE is not allowed (REFI-QDA files have none, and it could read local files or expand entities)");
            case XMLStreamConstants.ENTITY_REFERENCE -> throw fail(
                    "the entity reference &" + reader.getLocalName() + "; is not allowed");
            default -> {
                // text, comments, processing instructions: read by whoever wants them
            }
        }
        return event;
    }

    /** A parser error, or an I/O error of the stream under it (a size limit, a damaged ZIP entry). */
    private ExchangeException translate(XMLStreamException e) {
        for (Throwable cause = e; cause != null; cause = causeOf(cause)) {
            if (cause instanceof EntryLimitException limit) {
                return limit.problem();
            }
            if (cause instanceof ZipException) {
                return new ExchangeException(file, entry, "the entry is damaged (" + cause.getMessage() + ")", e);
            }
            if (cause instanceof IOException && !(cause instanceof CharConversionException)) {
                return new ExchangeException(file, entry, "cannot be read (" + cause.getMessage() + ")", e);
            }
        }
        // what is left is the XML itself, bytes that are not in its encoding included
        String message = e.getMessage() == null ? "" : e.getMessage();
        int at = message.indexOf("Message: ");
        String reason = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        String where = e.getLocation() == null ? place()
                : (entry + " line " + e.getLocation().getLineNumber() + ":" + e.getLocation().getColumnNumber()).strip();
        return new ExchangeException(file, where, "not well-formed XML (" + reason.strip() + ")", e);
    }

    private static Throwable causeOf(Throwable cause) {
        if (cause instanceof XMLStreamException stream && stream.getNestedException() != null
                && stream.getNestedException() != cause) {
            return stream.getNestedException();
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (XMLStreamException ignored) {
            // closing a reader of a file we have finished with
        }
    }
}
