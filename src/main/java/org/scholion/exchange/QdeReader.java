package org.scholion.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a project XML (.qde) into a {@link QdaProject}. Elements are matched by local name, so a
 * file in another version's namespace, or in none, reads the same; their order is not checked.
 * What Scholion cannot hold is counted (links, graphs, unsupported selections) or warned about;
 * the XML itself is read through an {@link XmlCursor}, which refuses anything hostile.
 */
final class QdeReader {

    static final String NAMESPACE = "urn:QDA-XML:project:1.0";

    private final XmlCursor cursor;
    private final Fields fields;
    private final CodeElements codes;
    private final VariableElements variables;
    private final SourceElements sources;
    private final SourceFiles files;
    private int links;
    private int graphs;

    QdeReader(XmlCursor cursor, SourceFiles files, ReadWarnings warnings) {
        this.cursor = cursor;
        this.fields = new Fields(cursor, warnings);
        this.codes = new CodeElements(fields);
        this.variables = new VariableElements(fields);
        this.sources = new SourceElements(fields, files);
        this.files = files;
    }

    /** Links between codes, sources and selections, which Scholion does not represent. */
    int links() {
        return links;
    }

    /** Graphs (the tools' network views), which Scholion does not represent. */
    int graphs() {
        return graphs;
    }

    QdaProject read() throws ExchangeException {
        String root = cursor.root();
        if (!root.equals("Project")) {
            throw cursor.fail(root.equals("CodeBook")
                    ? "a REFI-QDA codebook, not a project: the root element is <CodeBook>"
                    : "not a REFI-QDA project: the root element is <" + root + ">, not <Project>");
        }
        String namespace = cursor.namespace();
        if (!namespace.equals(NAMESPACE)) {
            fields.warnings().add("Project", (namespace.isEmpty() ? "no namespace" : "namespace " + namespace)
                    + " instead of " + NAMESPACE + "; read by element names");
        }
        String name = fields.attr("name");
        String origin = fields.attr("origin");
        Guid creatingUser = fields.optionalGuid("Project", "creatingUserGUID");
        Instant created = fields.instant("Project", "creationDateTime");
        Instant modified = fields.instant("Project", "modifiedDateTime");
        Parts parts = new Parts();
        cursor.children(parts::read);
        return new QdaProject(name, origin, parts.description.toString(), creatingUser, created, modified, parts.users,
                parts.codes, parts.variables, parts.cases, parts.sources, parts.notes, parts.sets, parts.noteRefs);
    }

    /** The children of Project, gathered in whatever order the file has them. */
    private final class Parts {
        final StringBuilder description = new StringBuilder();
        final List<QdaUser> users = new ArrayList<>();
        final List<QdaCode> codes = new ArrayList<>();
        final List<QdaVariable> variables = new ArrayList<>();
        final List<QdaCase> cases = new ArrayList<>();
        final List<QdaSource> sources = new ArrayList<>();
        final List<QdaNote> notes = new ArrayList<>();
        final List<QdaSet> sets = new ArrayList<>();
        final List<Guid> noteRefs = new ArrayList<>();

        void read(String child) throws ExchangeException {
            switch (child) {
                case "Users" -> each("User", child, () -> users.add(user()));
                case "CodeBook" -> cursor.children(part -> {
                    if (part.equals("Codes")) {
                        codes.addAll(QdeReader.this.codes.codes());
                    } else {
                        fields.unknown(part, "CodeBook");
                    }
                });
                case "Variables" -> variables.addAll(QdeReader.this.variables.variables());
                case "Cases" -> each("Case", child, () -> cases.add(projectCase()));
                case "Sources" -> sources.addAll(QdeReader.this.sources.sources());
                case "Notes" -> each("Note", child, () -> notes.add(note()));
                case "Links" -> each("Link", child, () -> links++);
                case "Sets" -> sets.addAll(QdeReader.this.codes.sets());
                case "Graphs" -> each("Graph", child, () -> graphs++);
                case "Description" -> description.append(cursor.text());
                case "NoteRef" -> fields.ref("Project", child, "targetGUID").ifPresent(noteRefs::add);
                default -> fields.unknown(child, "Project");
            }
        }
    }

    @FunctionalInterface
    private interface ElementRead {
        void read() throws ExchangeException;
    }

    /** Reads each {@code element} child of a list element (Users, Cases, Notes, ...); tells of anything else. */
    private void each(String element, String list, ElementRead read) throws ExchangeException {
        cursor.children(child -> {
            if (child.equals(element)) {
                read.read();
            } else {
                fields.unknown(child, list);
            }
        });
    }

    private QdaUser user() {
        String who = fields.who("User");
        return new QdaUser(fields.guid(who), fields.attr("name"), fields.attr("id"));
    }

    private QdaCase projectCase() throws ExchangeException {
        String who = fields.who("Case");
        Guid guid = fields.guid(who);
        String name = fields.attr("name");
        StringBuilder description = new StringBuilder();
        List<Guid> codeRefs = new ArrayList<>();
        List<QdaVariableValue> values = new ArrayList<>();
        List<Guid> sourceRefs = new ArrayList<>();
        List<Guid> selectionRefs = new ArrayList<>();
        cursor.children(child -> {
            switch (child) {
                case "Description" -> description.append(cursor.text());
                case "CodeRef" -> fields.ref(who, child, "targetGUID").ifPresent(codeRefs::add);
                case "VariableValue" -> variables.value(who).ifPresent(values::add);
                case "SourceRef" -> fields.ref(who, child, "targetGUID").ifPresent(sourceRefs::add);
                case "SelectionRef" -> fields.ref(who, child, "targetGUID").ifPresent(selectionRefs::add);
                default -> fields.unknown(child, "Case");
            }
        });
        return new QdaCase(guid, name, description.toString(), codeRefs, values, sourceRefs, selectionRefs);
    }

    /**
     * A Note, written like a TextSource: its text from PlainTextContent or the plainTextPath file;
     * a note with neither gets its Description as text.
     */
    private QdaNote note() throws ExchangeException {
        String who = fields.who("Note");
        Guid guid = fields.guid(who);
        String name = fields.attr("name");
        String path = fields.attr("plainTextPath");
        String richPath = fields.attr("richTextPath");
        Guid user = fields.optionalGuid(who, "creatingUser");
        Instant created = fields.instant(who, "creationDateTime");
        Instant modified = fields.instant(who, "modifiedDateTime");
        StringBuilder description = new StringBuilder();
        String[] content = {null};
        int[] selections = {0};
        cursor.children(child -> {
            switch (child) {
                case "PlainTextContent" -> content[0] = cursor.text();
                case "Description" -> description.append(cursor.text());
                case "PlainTextSelection" -> selections[0]++;
                case "Coding", "NoteRef", "VariableValue" -> fields.warnings().once("Note/" + child + guid, who,
                        child + " on a note is not kept");
                default -> fields.unknown(child, "Note");
            }
        });
        if (selections[0] > 0) {
            fields.warnings().add(who, selections[0] + " selection(s) in the note's text not kept");
        }
        String text = content[0];
        if (text == null && path != null) {
            text = files.plainText(path, who).orElse(null);
        }
        if (text == null && description.isEmpty() && richPath != null) {
            fields.warnings().add(who, "its text is only in rich text (" + richPath + "), which is not read for notes");
        }
        return new QdaNote(guid, name, text == null ? description.toString() : text, user, created, modified);
    }
}
