package org.scholion.exchange;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a {@link QdaProject} as a REFI-QDA project document (project.qde): namespace
 * urn:QDA-XML:project:1.0, UTF-8 without a byte-order mark, valid against Project.xsd.
 *
 * <p>Elements come in the order ProjectType's sequence requires (Users, CodeBook, Variables, Cases,
 * Sources, Notes, Sets, Description, NoteRef), and each type's children likewise. Containers whose
 * content the schema requires at least once (Users, CodeBook, Variables, Cases, Sources, Notes,
 * Sets) are left out when the model has nothing for them, as are empty descriptions and absent
 * optional attributes. A source's text is not in this document but in the file its plainTextPath
 * names; {@link QdpxWriter} puts both into the archive.
 */
public final class QdeWriter {

    /** Writes the document; the stream is left open. */
    public WriteReport write(QdaProject project, OutputStream out) throws IOException {
        return write(project, out, new XmlSafeText());
    }

    WriteReport write(QdaProject project, OutputStream out, XmlSafeText safe) throws IOException {
        for (QdaSource source : project.sources()) {
            SourcesXml.text(source); // refuse before anything is written
        }
        try {
            RefiXmlWriter xml = new RefiXmlWriter(out, safe);
            xml.startDocument("Project", RefiSchemas.PROJECT_NAMESPACE, RefiSchemas.PROJECT_SCHEMA_URL);
            xml.attribute("name", project.name());
            xml.optional("origin", project.origin());
            xml.optional("creatingUserGUID", project.creatingUser());
            xml.optional("creationDateTime", project.created());
            xml.optional("modifiedDateTime", project.modified());
            users(xml, project);
            if (!project.codes().isEmpty()) {
                xml.start("CodeBook");
                CodesXml.write(xml, project.codes(), true);
                xml.end();
            }
            variables(xml, project);
            cases(xml, project);
            if (!project.sources().isEmpty()) {
                SourcesXml.write(xml, project.sources());
            }
            notes(xml, project);
            SetsXml.write(xml, project.sets(), SetsXml.Flavour.PROJECT);
            xml.optionalText("Description", project.description());
            xml.refs("NoteRef", project.noteRefs());
            xml.endDocument();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the project document: " + e.getMessage(), e);
        }
        return new WriteReport(WriteReport.countCodes(project.codes()), project.sources().size(),
                project.notes().size(), safe.replaced());
    }

    private static void users(RefiXmlWriter xml, QdaProject project) throws XMLStreamException {
        if (project.users().isEmpty()) {
            return;
        }
        xml.start("Users");
        for (QdaUser user : project.users()) {
            xml.empty("User");
            xml.guid(user.guid(), "user '" + user.name() + "'");
            xml.optional("name", user.name());
            xml.optional("id", user.id());
        }
        xml.end();
    }

    private static void variables(RefiXmlWriter xml, QdaProject project) throws XMLStreamException {
        if (project.variables().isEmpty()) {
            return;
        }
        xml.start("Variables");
        for (QdaVariable variable : project.variables()) {
            xml.start("Variable");
            xml.guid(variable.guid(), "variable '" + variable.name() + "'");
            xml.attribute("name", variable.name());
            xml.attribute("typeOfVariable", variable.type().written());
            xml.optionalText("Description", variable.description());
            xml.end();
        }
        xml.end();
    }

    private static void cases(RefiXmlWriter xml, QdaProject project) throws XMLStreamException {
        if (project.cases().isEmpty()) {
            return;
        }
        xml.start("Cases");
        for (QdaCase qdaCase : project.cases()) {
            xml.start("Case");
            xml.guid(qdaCase.guid(), "case '" + qdaCase.name() + "'");
            xml.optional("name", qdaCase.name());
            xml.optionalText("Description", qdaCase.description());
            xml.refs("CodeRef", qdaCase.codeRefs());
            VariableValuesXml.write(xml, qdaCase.values());
            xml.refs("SourceRef", qdaCase.sourceRefs());
            xml.refs("SelectionRef", qdaCase.selectionRefs());
            xml.end();
        }
        xml.end();
    }

    /** Notes are TextSource-shaped; their text travels inside the document, as PlainTextContent. */
    private static void notes(RefiXmlWriter xml, QdaProject project) throws XMLStreamException {
        if (project.notes().isEmpty()) {
            return;
        }
        xml.start("Notes");
        for (QdaNote note : project.notes()) {
            xml.start("Note");
            xml.guid(note.guid(), "note '" + note.name() + "'");
            xml.optional("name", note.name());
            xml.optional("creatingUser", note.creatingUser());
            xml.optional("creationDateTime", note.created());
            xml.optional("modifiedDateTime", note.modified());
            xml.text("PlainTextContent", note.text());
            xml.end();
        }
        xml.end();
    }
}
