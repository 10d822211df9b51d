package org.scholion.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scholion.coding.MemoTarget;
import org.scholion.exchange.Guid;
import org.scholion.exchange.QdaNote;

/**
 * The notes of a REFI-QDA import that are not a coding's memo: a note the project, a source or a
 * code refers to becomes a memo there (with its author, times and GUID; on a second target a copy
 * with a GUID of its own); a note nothing refers to becomes a project memo; a note on something that
 * was not imported becomes a project memo that says where it was.
 */
final class QdaNotesImport {

    private final QdaImportState state;

    QdaNotesImport(QdaImportState state) {
        this.state = state;
    }

    void run() {
        Map<Guid, List<QdaImportState.NoteRef>> byNote = new LinkedHashMap<>();
        List<QdaImportState.NoteRef> refs = new ArrayList<>();
        state.model.noteRefs().forEach(note -> refs.add(new QdaImportState.NoteRef(note, MemoTarget.project(),
                "the project")));
        refs.addAll(state.noteRefs);
        for (QdaImportState.NoteRef ref : refs) {
            if (!state.noteByGuid.containsKey(ref.note())) {
                state.report(ref.context() + " refers to a note (" + ref.note() + ") that the file does not have");
            } else {
                byNote.computeIfAbsent(ref.note(), k -> new ArrayList<>()).add(ref);
            }
        }
        for (QdaNote note : state.noteByGuid.values()) {
            place(note, byNote.getOrDefault(note.guid(), List.of()));
        }
        for (QdaNote twin : state.duplicateNotes) {
            memo(MemoTarget.project(), twin, twin.name(), null);
            state.report("note " + QdaImportState.quoted(twin.name()) + " has the GUID of another note (" + twin.guid()
                    + "): it is a project memo");
        }
        for (QdaImportState.OrphanedText orphan : state.orphanedTexts) {
            state.store.memos().add(MemoTarget.project(), "From " + orphan.context(), orphan.text(), null, state.now,
                    state.now, null);
            state.report(orphan.context() + " is a project memo");
        }
    }

    private void place(QdaNote note, List<QdaImportState.NoteRef> refs) {
        List<MemoTarget> targets = refs.stream().filter(r -> !r.orphaned()).map(QdaImportState.NoteRef::target)
                .distinct().toList();
        String name = QdaImportState.quoted(note.name().isBlank() ? note.guid().value() : note.name());
        if (targets.isEmpty()) {
            if (state.notesOnCodings.contains(note.guid())) {
                return;
            }
            var orphan = refs.stream().filter(QdaImportState.NoteRef::orphaned).findFirst();
            if (orphan.isPresent()) {
                String title = "From " + orphan.get().context() + (note.name().isBlank() ? "" : ": " + note.name());
                memo(MemoTarget.project(), note, title, note.guid().value());
                state.report("note " + name + " was on " + orphan.get().context() + ": it is a project memo");
            } else {
                memo(MemoTarget.project(), note, note.name(), note.guid().value());
            }
            return;
        }
        String guid = state.notesOnCodings.contains(note.guid()) ? null : note.guid().value();
        for (MemoTarget target : targets) {
            memo(target, note, note.name(), guid);
            guid = null;
        }
        int places = targets.size() + (state.notesOnCodings.contains(note.guid()) ? 1 : 0);
        if (places > 1) {
            state.report("note " + name + " is on " + places + " items: each has a copy of it as a memo");
        }
    }

    private void memo(MemoTarget target, QdaNote note, String title, String guid) {
        Instant created = note.created() != null ? note.created() : state.now;
        Instant modified = note.modified() != null ? note.modified() : created;
        long id = state.store.memos().add(target, title, note.text(), note.creatingUser() == null ? null
                : state.users.get(note.creatingUser()), created, modified, guid == null ? null
                : state.unused("note", note.guid(), "note " + QdaImportState.quoted(note.name())));
        state.memoOfNote.putIfAbsent(note.guid(), id);
    }
}
