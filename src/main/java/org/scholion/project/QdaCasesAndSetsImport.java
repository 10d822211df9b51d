package org.scholion.project;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.scholion.codebook.CodeId;
import org.scholion.exchange.Guid;
import org.scholion.exchange.QdaCase;
import org.scholion.exchange.QdaSet;
import org.scholion.exchange.QdaVariableValue;
import org.scholion.source.SourceId;
import org.scholion.store.ProjectStore;

/**
 * The last phase of a REFI-QDA import (and the sets of a codebook): cases with their sources, codes,
 * selections and values, and sets with their codes, sources and notes, each member by what it
 * became; a member that did not arrive (a source not imported, a note that became part of a
 * coding's memo) is reported. Scholion keeps them and writes them back, but does not show them yet.
 */
final class QdaCasesAndSetsImport {

    /**
     * What a set's members became: codes, sources and memos by the file's GUIDs; {@code guid} gives
     * the set's GUID, or null where another took it; {@code report} takes a line for the report.
     */
    record Members(Function<Guid, CodeId> codes, Function<Guid, SourceId> sources, Function<Guid, Long> memos,
                   java.util.Set<Guid> notesOnCodings, Function<Guid, String> guid, Consumer<String> report) {
    }

    private QdaCasesAndSetsImport() {
    }

    static void run(QdaImportState state) {
        ProjectStore store = state.store;
        for (QdaCase c : state.model.cases()) {
            String name = c.name().isBlank() ? "Case " + c.guid().value().substring(0, 8) : QdaImportReport.oneLine(c.name());
            String where = "case " + QdaImportState.quoted(name);
            long id = store.cases().add(name, c.description(), state.unused("case", c.guid(), where), state.now);
            for (Guid source : c.sourceRefs()) {
                var imported = state.sources.get(source);
                if (imported == null) {
                    state.report(where + ": its source " + source + " was not imported: left out of the case");
                } else {
                    store.cases().addSource(id, imported.id());
                }
            }
            for (Guid code : c.codeRefs()) {
                CodeId known = state.codes.get(code);
                if (known == null) {
                    state.report(where + ": a code the file does not have (" + code + "): left out of the case");
                } else {
                    store.cases().addCode(id, known);
                }
            }
            for (Guid selection : c.selectionRefs()) {
                if (state.selections.contains(selection)) {
                    store.cases().addSelection(id, selection.value());
                } else {
                    state.report(where + ": the selection " + selection + " was not imported: left out of the case");
                }
            }
            for (QdaVariableValue value : c.values()) {
                QdaImportState.VariableTarget target = state.variables.get(value.variable());
                if (target == null || target.attribute() == null) {
                    state.report(where + ": the value " + QdaImportState.quoted(value.value()) + " of a variable it "
                            + "cannot have (" + value.variable() + "): not imported");
                    continue;
                }
                try {
                    store.cases().setValue(id, target.attribute(), value.value());
                } catch (IllegalArgumentException e) {
                    state.report(where + ": " + QdaImportState.quoted(value.value()) + " is not of the type of "
                            + QdaImportState.quoted(target.attribute()) + " (" + target.type().word() + "): not imported");
                }
            }
            state.cases++;
        }
        Members members = new Members(state.codes::get,
                guid -> state.sources.containsKey(guid) ? state.sources.get(guid).id() : null, state.memoOfNote::get,
                state.notesOnCodings, guid -> state.unused("set", guid, "set " + guid), state::report);
        for (QdaSet set : state.model.sets()) {
            set(store, state.now, set, members);
            state.sets++;
        }
        if (state.cases + state.sets > 0) {
            state.report(state.cases + " case" + (state.cases == 1 ? "" : "s") + " and " + state.sets + " set"
                    + (state.sets == 1 ? "" : "s") + " are kept and exported again, but the workbench does not show "
                    + "them yet");
        }
    }

    /** A set of the project or of a codebook (whose sets have codes only). */
    static void set(ProjectStore store, Instant now, QdaSet set, Members members) {
        String name = set.name() == null || set.name().isBlank() ? "Set " + set.guid().value().substring(0, 8)
                : QdaImportReport.oneLine(set.name());
        String where = "set " + QdaImportState.quoted(name);
        long id = store.sets().add(name, set.description(), members.guid().apply(set.guid()), now);
        add(members, where, set.memberCodes(), members.codes(), code -> store.sets().addCode(id, code), "code");
        add(members, where, set.memberSources(), members.sources(), source -> store.sets().addSource(id, source),
                "source");
        add(members, where, set.memberNotes(), members.memos(), memo -> store.sets().addMemo(id, memo), "note");
    }

    private static <T> void add(Members members, String where, List<Guid> guids, Function<Guid, T> find,
                                Consumer<T> add, String kind) {
        for (Guid member : guids) {
            T found = find.apply(member);
            if (found != null) {
                add.accept(found);
            } else if (kind.equals("note") && members.notesOnCodings().contains(member)) {
                members.report().accept(where + ": its note " + member + " became part of a coding's memo: left out "
                        + "of the set");
            } else {
                members.report().accept(where + ": its " + kind + " " + member + " was not imported: left out of the set");
            }
        }
    }
}
