package org.scholion.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.CodingId;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoTarget;
import org.scholion.exchange.Guid;
import org.scholion.exchange.QdaCase;
import org.scholion.exchange.QdaCode;
import org.scholion.exchange.QdaCodebook;
import org.scholion.exchange.QdaCoding;
import org.scholion.exchange.QdaNote;
import org.scholion.exchange.QdaProject;
import org.scholion.exchange.QdaSelection;
import org.scholion.exchange.QdaSet;
import org.scholion.exchange.QdaSource;
import org.scholion.exchange.QdaSourceKind;
import org.scholion.exchange.QdaUser;
import org.scholion.exchange.QdaVariable;
import org.scholion.exchange.QdaVariableType;
import org.scholion.exchange.QdaVariableValue;
import org.scholion.source.PageMap;
import org.scholion.source.Source;
import org.scholion.source.SourceAttribute;
import org.scholion.source.SourceId;
import org.scholion.store.AttributeDefinition;
import org.scholion.store.CodingGuids;
import org.scholion.store.ProjectStore;

/**
 * A project as a REFI-QDA project or codebook, read in one transaction (docs/exchange-mapping.md).
 * Everything is written in the store's order (by id, by position), under the GUIDs the store
 * keeps, so that exporting twice gives the same model.
 */
final class QdaExport {

    private final ProjectStore store;

    QdaExport(ProjectStore store) {
        this.store = store;
    }

    QdaProject project(String origin) {
        return store.read(() -> {
            var info = store.info();
            Map<Long, Guid> coders = coderGuids();
            Map<Long, String> memoGuids = store.memos().guids();
            List<QdaNote> notes = new ArrayList<>();
            Map<MemoTarget, List<Guid>> memoRefs = new LinkedHashMap<>();
            for (Memo memo : store.memos().all()) {
                Guid guid = Guid.parse(memoGuids.get(memo.id()));
                notes.add(new QdaNote(guid, memo.title(), memo.text(),
                        memo.author() == null ? null : coders.get(memo.author().id()), memo.created(), memo.modified()));
                memoRefs.computeIfAbsent(memo.target(), t -> new ArrayList<>()).add(guid);
            }
            Codebook codebook = store.codes().codebook();
            List<QdaCode> codes = codes(codebook, memoRefs);
            Map<CodeId, Guid> codeGuids = codeGuids();
            List<QdaVariable> variables = new ArrayList<>();
            List<QdaSource> sources = sources(codebook, codeGuids, coders, memoRefs, notes, variables);
            return new QdaProject(info.name(), origin, info.description(), null, info.created(), null,
                    users(coders), codes, variables, cases(codeGuids), sources, notes, sets(codeGuids, memoGuids, false),
                    memoRefs.getOrDefault(MemoTarget.project(), List.of()));
        });
    }

    /** The codebook alone, as a QDC file carries it: no notes, so no references to them. */
    QdaCodebook codebook(String origin) {
        return store.read(() -> new QdaCodebook(origin, codes(store.codes().codebook(), Map.of()),
                sets(codeGuids(), Map.of(), true)));
    }

    private List<QdaCase> cases(Map<CodeId, Guid> codeGuids) {
        Map<Long, String> guids = store.cases().guids();
        Map<SourceId, String> sourceGuids = store.sources().guids();
        Map<String, String> attributes = new HashMap<>();
        store.attributes().definitions().forEach(d -> attributes.put(d.name(), d.guid()));
        return store.cases().list().stream().map(c -> new QdaCase(Guid.parse(guids.get(c.id())), c.name(),
                c.description(), c.codes().stream().map(codeGuids::get).toList(),
                c.values().stream().map(v -> new QdaVariableValue(Guid.parse(attributes.get(v.attribute())),
                        VariableTypes.of(v.type()), v.value())).toList(),
                c.sources().stream().map(s -> Guid.parse(sourceGuids.get(s))).toList(),
                c.selections().stream().map(Guid::parse).toList())).toList();
    }

    /** The project's sets; in a codebook (QDC) only their codes, and only sets that have codes. */
    private List<QdaSet> sets(Map<CodeId, Guid> codeGuids, Map<Long, String> memoGuids, boolean codesOnly) {
        Map<Long, String> guids = store.sets().guids();
        Map<SourceId, String> sourceGuids = store.sources().guids();
        return store.sets().list().stream()
                .filter(set -> !codesOnly || !set.codes().isEmpty())
                .map(set -> new QdaSet(Guid.parse(guids.get(set.id())), set.name(), set.description(),
                        set.codes().stream().map(codeGuids::get).toList(),
                        codesOnly ? List.of() : set.sources().stream().map(s -> Guid.parse(sourceGuids.get(s))).toList(),
                        codesOnly ? List.of() : set.memos().stream().map(m -> Guid.parse(memoGuids.get(m))).toList()))
                .toList();
    }

    private List<QdaUser> users(Map<Long, Guid> guids) {
        return store.coders().list().stream().map(c -> new QdaUser(guids.get(c.id()), c.name(), "")).toList();
    }

    private Map<Long, Guid> coderGuids() {
        Map<Long, Guid> guids = new HashMap<>();
        store.coders().guids().forEach((id, guid) -> guids.put(id, Guid.parse(guid)));
        return guids;
    }

    private Map<CodeId, Guid> codeGuids() {
        Map<CodeId, Guid> guids = new HashMap<>();
        store.codes().guids().forEach((id, guid) -> guids.put(id, Guid.parse(guid)));
        return guids;
    }

    private List<QdaCode> codes(Codebook codebook, Map<MemoTarget, List<Guid>> memoRefs) {
        Map<CodeId, Guid> guids = codeGuids();
        Set<CodeId> notCodable = store.codes().notCodable();
        return codebook.roots().stream().map(root -> code(codebook, root, guids, notCodable, memoRefs)).toList();
    }

    private static QdaCode code(Codebook codebook, Code code, Map<CodeId, Guid> guids, Set<CodeId> notCodable,
                                Map<MemoTarget, List<Guid>> memoRefs) {
        List<QdaCode> children = codebook.childrenOf(code.id()).stream()
                .map(child -> code(codebook, child, guids, notCodable, memoRefs)).toList();
        return new QdaCode(guids.get(code.id()), code.name(), !notCodable.contains(code.id()),
                code.color().hex().toUpperCase(Locale.ROOT), GuidanceText.format(code.guidance()),
                memoRefs.getOrDefault(new MemoTarget.OnCode(code.id()), List.of()), children);
    }

    private List<QdaSource> sources(Codebook codebook, Map<CodeId, Guid> codeGuids, Map<Long, Guid> coders,
                                    Map<MemoTarget, List<Guid>> memoRefs, List<QdaNote> notes,
                                    List<QdaVariable> variables) {
        List<Source> sources = store.sources().list();
        Map<SourceId, String> sourceGuids = store.sources().guids();
        Map<SourceId, List<SourceAttribute>> attributes = store.attributes().all();
        Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
        store.attributes().definitions().forEach(d -> definitions.put(d.name(), d));
        Map<SourceId, List<Coding>> codings = new HashMap<>();
        store.codings().list(CodingFilter.ALL).forEach(c -> codings.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c));
        Map<CodingId, CodingGuids> codingGuids = store.codings().guids();

        Map<MetadataVariable, Boolean> metadataUsed = new LinkedHashMap<>();
        List<QdaSource> out = new ArrayList<>();
        for (Source source : sources) {
            PageMap pages = store.sources().pageMap(source.id());
            List<QdaVariableValue> values = new ArrayList<>();
            for (MetadataVariable variable : MetadataVariable.values()) {
                String value = variable.valueOf(source.metadata(), pages);
                if (value != null) {
                    metadataUsed.put(variable, true);
                    values.add(new QdaVariableValue(variable.guid(), QdaVariableType.TEXT, value));
                }
            }
            for (SourceAttribute attribute : attributes.getOrDefault(source.id(), List.of())) {
                values.add(new QdaVariableValue(Guid.parse(definitions.get(attribute.name()).guid()),
                        VariableTypes.of(attribute.type()), attribute.value()));
            }
            Guid sourceGuid = Guid.parse(sourceGuids.get(source.id()));
            List<QdaSelection> selections = new Selections(sourceGuid, codebook, codeGuids, coders, codingGuids)
                    .of(codings.getOrDefault(source.id(), List.of()), notes);
            out.add(new QdaSource(sourceGuid, source.title(), QdaSourceKind.TEXT, "", store.sources().text(source.id()),
                    null, null, selections, List.of(), memoRefs.getOrDefault(new MemoTarget.OnSource(source.id()),
                    List.of()), values, null, source.imported(), null, 0));
        }
        metadataUsed.keySet().stream().sorted(Comparator.comparingInt(Enum::ordinal)).forEach(v ->
                variables.add(new QdaVariable(v.guid(), v.written(), QdaVariableType.TEXT,
                        "Scholion's source metadata")));
        definitions.values().forEach(d -> variables.add(new QdaVariable(Guid.parse(d.guid()), d.name(),
                VariableTypes.of(d.type()), "")));
        return out;
    }

    /**
     * The selections of one source: one per distinct span and selection GUID, holding the codings of
     * that span (so the codings Scholion made on one span share one selection, and an imported
     * selection comes back whole). A coding's memo is a note on its Coding; when every coding of a
     * selection has the same memo, it is one note on the selection.
     */
    private record Selections(Guid source, Codebook codebook, Map<CodeId, Guid> codes, Map<Long, Guid> coders,
                              Map<CodingId, CodingGuids> guids) {

        private record Key(int start, int end, Guid guid) {
        }

        List<QdaSelection> of(List<Coding> codings, List<QdaNote> notes) {
            Map<Key, List<Coding>> bySelection = new LinkedHashMap<>();
            for (Coding coding : codings) {
                String selection = guids.get(coding.id()).selection();
                Guid guid = selection == null ? DerivedGuids.selection(source.value(), coding.start(), coding.end())
                        : Guid.parse(selection);
                bySelection.computeIfAbsent(new Key(coding.start(), coding.end(), guid), k -> new ArrayList<>()).add(coding);
            }
            List<QdaSelection> out = new ArrayList<>();
            bySelection.forEach((key, members) -> out.add(selection(key, members, notes)));
            return out;
        }

        private QdaSelection selection(Key key, List<Coding> members, List<QdaNote> notes) {
            String memo = members.getFirst().memo();
            boolean shared = members.size() > 1 && !memo.isEmpty()
                    && members.stream().allMatch(c -> c.memo().equals(memo));
            List<Guid> selectionNotes = new ArrayList<>();
            if (shared) {
                Guid note = DerivedGuids.selectionMemo(key.guid());
                Coding first = members.getFirst();
                notes.add(new QdaNote(note, "Memo on " + members.size() + " codings", memo,
                        coders.get(first.coder().id()), first.created(), null));
                selectionNotes.add(note);
            }
            List<QdaCoding> codings = new ArrayList<>();
            for (Coding coding : members) {
                Guid guid = Guid.parse(guids.get(coding.id()).guid());
                List<Guid> codingNotes = new ArrayList<>();
                if (!shared && !coding.memo().isEmpty()) {
                    Guid note = DerivedGuids.codingMemo(guid.value());
                    notes.add(new QdaNote(note, "Memo on coding with " + codebook.pathOf(coding.code()), coding.memo(),
                            coders.get(coding.coder().id()), coding.created(), null));
                    codingNotes.add(note);
                }
                codings.add(new QdaCoding(guid, codes.get(coding.code()), coders.get(coding.coder().id()),
                        coding.created(), codingNotes));
            }
            Coding first = members.getFirst();
            Instant created = members.stream().map(Coding::created).min(Comparator.naturalOrder()).orElse(null);
            return new QdaSelection(key.guid(), "", key.start(), key.end(), "", codings, selectionNotes,
                    coders.get(first.coder().id()), created, null);
        }
    }
}
