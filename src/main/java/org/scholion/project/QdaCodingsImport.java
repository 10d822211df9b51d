package org.scholion.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Anchor;
import org.scholion.exchange.Guid;
import org.scholion.exchange.QdaCoding;
import org.scholion.exchange.QdaSelection;
import org.scholion.project.ExchangeText.Counting;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;
import org.scholion.store.CodingGuids;

/**
 * The codings of a REFI-QDA import: each Coding of a PlainTextSelection becomes a coding of the
 * selection's span, its positions converted from the file's counting to code points of the stored
 * text, with its coder, time and GUID and the GUID of its selection. Its memo gathers the
 * selection's description (where ATLAS.ti keeps memos), the notes on the selection and the notes on
 * the Coding. A selection that lies outside its text or is empty, and a coding of an unknown code,
 * are reported and skipped; a coding of a whole source codes its whole text.
 */
final class QdaCodingsImport {

    private final QdaImportState state;
    private final Counting counting;
    /** Where each selection GUID was met: a broken file may give two selections one GUID. */
    private final java.util.Map<Guid, String> selectionPlaces = new java.util.HashMap<>();
    private int unnamedUsers;

    QdaCodingsImport(QdaImportState state, Counting counting) {
        this.state = state;
        this.counting = counting;
    }

    /** The selections of the sources whose text came with the file: what the counting is decided on. */
    static List<PositionCounting.Sample> samples(QdaImportState state) {
        List<PositionCounting.Sample> samples = new ArrayList<>();
        for (QdaImportState.ImportedSource source : state.sources.values()) {
            if (!source.extracted()) {
                samples.add(new PositionCounting.Sample(source.text(), source.model().selections().stream()
                        .map(s -> new long[] {s.start(), s.end()}).toList()));
            }
        }
        return samples;
    }

    void run() {
        for (QdaImportState.ImportedSource source : state.sources.values()) {
            TextOffsets offsets = TextOffsets.of(source.text().stored());
            for (QdaSelection selection : source.model().selections()) {
                selection(source, offsets, selection);
            }
            wholeSource(source, offsets);
        }
        if (unnamedUsers > 0) {
            state.report(unnamedUsers + " coding" + (unnamedUsers == 1 ? " names" : "s name") + " no user the file "
                    + "lists: coded by " + QdaImportState.quoted(state.coder(null).name()));
        }
    }

    private void selection(QdaImportState.ImportedSource source, TextOffsets offsets, QdaSelection selection) {
        String where = "selection [" + selection.start() + ", " + selection.end() + ") in "
                + QdaImportState.quoted(source.title());
        int start = source.text().toStored(selection.start(), counting);
        int end = source.text().toStored(selection.end(), counting);
        String problem = selection.codings().isEmpty() ? "has no coding"
                : start == ExchangeText.OUTSIDE || end == ExchangeText.OUTSIDE
                ? "lies outside its text (" + source.text().storedLength() + " characters)"
                : selection.start() > selection.end() ? "ends before it starts" : start >= end ? "is empty" : null;
        if (problem != null) {
            skip(where, problem, selection);
            return;
        }
        List<QdaCoding> known = new ArrayList<>();
        for (QdaCoding coding : selection.codings()) {
            if (state.codes.containsKey(coding.code())) {
                known.add(coding);
            } else {
                state.report(where + ": a coding of a code the file does not have (" + coding.code() + "): skipped");
                coding.noteRefs().forEach(note -> state.noteRefs.add(QdaImportState.NoteRef.orphaned(note,
                        "a coding of " + where + ", which was skipped")));
            }
        }
        if (known.isEmpty()) {
            orphan(where + ", whose codings were skipped", selection);
            return;
        }
        Span span = new Span(start, end);
        Anchor anchor = Anchor.in(offsets, span);
        String shared = join(selection.description(), state.noteTexts(selection.noteRefs(), where));
        Guid guid = selection.guid();
        String place = source.id() + ":" + span;
        if (!selectionPlaces.computeIfAbsent(guid, g -> place).equals(place)) {
            state.report(where + " has the GUID of another selection (" + guid + "): it got one of its own");
            guid = null;
        }
        for (QdaCoding coding : known) {
            String memo = join(shared, state.noteTexts(coding.noteRefs(), "a coding of " + where));
            insert(source, span, anchor, state.codes.get(coding.code()), coding, selection.creatingUser(),
                    selection.created(), memo, guid);
        }
    }

    /** A Coding of a whole source (not of a selection) codes its whole text. */
    private void wholeSource(QdaImportState.ImportedSource source, TextOffsets offsets) {
        List<QdaCoding> codings = source.model().codings();
        if (codings.isEmpty()) {
            return;
        }
        String where = "source " + QdaImportState.quoted(source.title());
        if (source.text().storedLength() == 0) {
            state.report(where + " has no text: its " + codings.size() + " coding" + (codings.size() == 1 ? "" : "s")
                    + " of the whole source skipped");
            return;
        }
        Span span = new Span(0, source.text().storedLength());
        Anchor anchor = Anchor.in(offsets, span);
        int imported = 0;
        for (QdaCoding coding : codings) {
            CodeId code = state.codes.get(coding.code());
            if (code == null) {
                state.report(where + ": a coding of the whole source with a code the file does not have ("
                        + coding.code() + "): skipped");
                continue;
            }
            insert(source, span, anchor, code, coding, null, null,
                    state.noteTexts(coding.noteRefs(), "a coding of " + where), null);
            imported++;
        }
        if (imported > 0) {
            state.report(where + ": " + imported + " coding" + (imported == 1 ? "" : "s")
                    + " of the whole source became coding" + (imported == 1 ? "" : "s") + " of its whole text");
        }
    }

    private void insert(QdaImportState.ImportedSource source, Span span, Anchor anchor, CodeId code, QdaCoding coding,
                        Guid selectionUser, Instant selectionCreated, String memo, Guid selection) {
        Guid user = coding.creatingUser() != null ? coding.creatingUser() : selectionUser;
        if (!state.knowsUser(user)) {
            unnamedUsers++;
        }
        Instant created = coding.created() != null ? coding.created()
                : selectionCreated != null ? selectionCreated : state.now;
        state.store.codings().insert(source.id(), span, code, state.coder(user), memo, anchor, created,
                new CodingGuids(state.unused("coding", coding.guid(), "a coding in " + QdaImportState.quoted(source.title())),
                        selection == null ? null : selection.value()));
        state.codings++;
        if (selection != null) {
            state.selections.add(selection);
        }
        if (!memo.isEmpty()) {
            state.codingMemos++;
        }
    }

    private void skip(String where, String problem, QdaSelection selection) {
        int codings = selection.codings().size();
        state.report(where + " " + problem + (codings == 0 ? ": not imported" : ": its " + codings + " coding"
                + (codings == 1 ? "" : "s") + " skipped"));
        orphan(where + ", which was skipped", selection);
    }

    /** The notes and description of a selection that is not imported go to the project. */
    private void orphan(String context, QdaSelection selection) {
        selection.noteRefs().forEach(note -> state.noteRefs.add(QdaImportState.NoteRef.orphaned(note, context)));
        selection.codings().forEach(coding -> coding.noteRefs().forEach(note ->
                state.noteRefs.add(QdaImportState.NoteRef.orphaned(note, context))));
        if (!selection.description().isBlank()) {
            state.orphanedTexts.add(new QdaImportState.OrphanedText("the description of " + context,
                    selection.description()));
        }
    }

    private static String join(String first, String second) {
        if (first.isBlank()) {
            return second;
        }
        return second.isBlank() ? first : first + "\n\n" + second;
    }
}
