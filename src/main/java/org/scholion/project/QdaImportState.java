package org.scholion.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coder;
import org.scholion.coding.MemoTarget;
import org.scholion.exchange.Guid;
import org.scholion.exchange.QdaNote;
import org.scholion.exchange.QdaProject;
import org.scholion.exchange.QdaSource;
import org.scholion.source.AttributeType;
import org.scholion.source.SourceId;
import org.scholion.store.ProjectStore;

/**
 * What the phases of a REFI-QDA import share: the file's GUIDs mapped to what they became, the
 * report's lines, and the GUIDs already given (a file that uses one twice keeps it once).
 */
final class QdaImportState {

    /** An imported source: where it is, what it is called, and its text as stored and as the file had it. */
    record ImportedSource(SourceId id, String title, ExchangeText text, boolean extracted, QdaSource model) {
    }

    /** Where a variable's values go: into an attribute, or back into the metadata Scholion wrote it from. */
    record VariableTarget(String attribute, AttributeType type, MetadataVariable metadata) {
    }

    /**
     * A note to hang on a target; {@code context} names where the reference came from, for the
     * report. An orphaned reference came from something not imported: its note goes to the project.
     */
    record NoteRef(Guid note, MemoTarget target, String context, boolean orphaned) {
        NoteRef(Guid note, MemoTarget target, String context) {
            this(note, target, context, false);
        }

        static NoteRef orphaned(Guid note, String context) {
            return new NoteRef(note, MemoTarget.project(), context, true);
        }
    }

    /** A text that belonged to something not imported (a skipped selection's description): a project memo. */
    record OrphanedText(String context, String text) {
    }

    final ProjectStore store;
    final QdaProject model;
    final String actor;
    final Instant now;
    final List<String> notes = new ArrayList<>();
    final Map<Guid, Coder> users = new HashMap<>();
    final Map<Guid, CodeId> codes = new HashMap<>();
    final Map<CodeId, String> codePaths = new HashMap<>();
    final Map<Guid, VariableTarget> variables = new HashMap<>();
    final Map<Guid, ImportedSource> sources = new LinkedHashMap<>();
    final Map<Guid, QdaNote> noteByGuid = new LinkedHashMap<>();
    /** Notes to become memos on the project, a source or a code, in the order they were met. */
    final List<NoteRef> noteRefs = new ArrayList<>();
    final List<OrphanedText> orphanedTexts = new ArrayList<>();
    /** Notes with the GUID of an earlier note: what refers to that GUID means the first. */
    final List<QdaNote> duplicateNotes = new ArrayList<>();
    /** The memo each note became (the first, where it became several), for the sets that name it. */
    final Map<Guid, Long> memoOfNote = new HashMap<>();
    /** The selections some coding was imported from, for the cases that name them. */
    final Set<Guid> selections = new HashSet<>();
    /** Notes that became (part of) a coding's memo. */
    final Set<Guid> notesOnCodings = new HashSet<>();
    private final Map<String, Set<String>> givenGuids = new HashMap<>();
    private Coder importer;
    int codings;
    int codingMemos;
    int attributes;
    int cases;
    int sets;

    QdaImportState(ProjectStore store, QdaProject model, String actor, Instant now) {
        this.store = store;
        this.model = model;
        this.actor = actor;
        this.now = now;
        for (QdaNote note : model.notes()) {
            if (noteByGuid.putIfAbsent(note.guid(), note) != null) {
                duplicateNotes.add(note);
            }
        }
    }

    void report(String line) {
        notes.add(QdaImportReport.oneLine(line));
    }

    /**
     * The file's GUID for a new row of a kind, or null (the store then makes one) when an earlier
     * row of that kind took it already: such a file is broken, and the second keeps a GUID of its own.
     */
    String unused(String kind, Guid guid, String what) {
        if (guid == null) {
            return null;
        }
        if (!givenGuids.computeIfAbsent(kind, k -> new HashSet<>()).add(guid.value())) {
            report(what + " has the GUID " + guid + " of another " + kind + " in the file: it got a new one");
            return null;
        }
        return guid.value();
    }

    /** The coder a file's user GUID names; the importing user where it names none or an unknown one. */
    Coder coder(Guid user) {
        Coder coder = user == null ? null : users.get(user);
        if (coder == null && model.creatingUser() != null) {
            coder = users.get(model.creatingUser());
        }
        return coder != null ? coder : importer();
    }

    boolean knowsUser(Guid user) {
        return user != null && users.containsKey(user);
    }

    private Coder importer() {
        if (importer == null) {
            importer = store.coders().ensure(actor, now);
        }
        return importer;
    }

    /** The texts of notes, joined by a blank line, and marked as used on a coding. */
    String noteTexts(List<Guid> refs, String context) {
        List<String> texts = new ArrayList<>();
        for (Guid ref : refs) {
            QdaNote note = noteByGuid.get(ref);
            if (note == null) {
                report(context + " refers to a note (" + ref + ") that the file does not have");
            } else if (!note.text().isBlank()) {
                texts.add(note.text());
                notesOnCodings.add(ref);
            } else {
                notesOnCodings.add(ref);
            }
        }
        return String.join("\n\n", texts);
    }

    static String quoted(String name) {
        return "'" + QdaImportReport.oneLine(name) + "'";
    }

    /** A name exactly as written, its line breaks and tabs made visible: for reporting that they were changed. */
    static String exactly(String name) {
        return "'" + (name == null ? "" : name.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")) + "'";
    }
}
