package org.scholion.exchange;

import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * A QDE's {@code <Sources>}: every source as a TextSource whose text is the file named by
 * plainTextPath, with its selections, their codings, the codings of the whole source, its notes
 * and its variable values, in the order TextSourceType's sequence requires.
 *
 * <p>Scholion holds text, so a source is written as text whatever kind it was read as; a
 * richTextPath is not written, since the archive carries no rich-text file for it.
 */
final class SourcesXml {

    private SourcesXml() {
    }

    static void write(RefiXmlWriter xml, List<QdaSource> sources) throws XMLStreamException {
        xml.start("Sources");
        for (QdaSource source : sources) {
            source(xml, source);
        }
        xml.end();
    }

    /** The text a source's file holds; a source without one cannot be exported as text. */
    static String text(QdaSource source) {
        if (source.plainText() == null) {
            throw new IllegalArgumentException("source '" + source.name() + "' (" + source.guid()
                    + ") has no plain text to export");
        }
        return source.plainText();
    }

    private static void source(RefiXmlWriter xml, QdaSource source) throws XMLStreamException {
        long length = text(source).codePointCount(0, source.plainText().length());
        xml.start("TextSource");
        xml.guid(source.guid(), "source '" + source.name() + "'");
        xml.optional("name", source.name());
        xml.attribute("plainTextPath", WrittenSourceFiles.plainTextPath(source.guid()));
        xml.optional("creatingUser", source.creatingUser());
        xml.optional("creationDateTime", source.created());
        xml.optional("modifiedDateTime", source.modified());
        xml.optionalText("Description", source.description());
        for (QdaSelection selection : source.selections()) {
            selection(xml, source, selection, length);
        }
        codings(xml, source.codings());
        xml.refs("NoteRef", source.noteRefs());
        VariableValuesXml.write(xml, source.values());
        xml.end();
    }

    private static void selection(RefiXmlWriter xml, QdaSource source, QdaSelection selection, long length)
            throws XMLStreamException {
        if (selection.start() < 0 || selection.start() > selection.end() || selection.end() > length) {
            throw new IllegalArgumentException("selection " + selection.guid() + " [" + selection.start() + ", "
                    + selection.end() + ") lies outside the " + length + " code points of source '" + source.name() + "'");
        }
        xml.start("PlainTextSelection");
        xml.guid(selection.guid(), "a selection in source '" + source.name() + "'");
        xml.optional("name", selection.name());
        xml.attribute("startPosition", Long.toString(selection.start()));
        xml.attribute("endPosition", Long.toString(selection.end()));
        xml.optional("creatingUser", selection.creatingUser());
        xml.optional("creationDateTime", selection.created());
        xml.optional("modifiedDateTime", selection.modified());
        xml.optionalText("Description", selection.description());
        codings(xml, selection.codings());
        xml.refs("NoteRef", selection.noteRefs());
        xml.end();
    }

    private static void codings(RefiXmlWriter xml, List<QdaCoding> codings) throws XMLStreamException {
        for (QdaCoding coding : codings) {
            xml.start("Coding");
            xml.guid(coding.guid(), "a coding");
            xml.optional("creatingUser", coding.creatingUser());
            xml.optional("creationDateTime", coding.created());
            xml.refs("CodeRef", List.of(coding.code()));
            xml.refs("NoteRef", coding.noteRefs());
            xml.end();
        }
    }
}
