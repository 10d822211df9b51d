package org.scholion.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.CodeSpec;
import org.scholion.codebook.Codebook;
import org.scholion.codebook.CodebookException;
import org.scholion.codebook.CodebookProblem;
import org.scholion.codebook.CodebookSpec;
import org.scholion.codebook.DeletePolicy;
import org.scholion.coding.CodeState;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoPlacement;
import org.scholion.coding.MemoTarget;
import org.scholion.coding.SettingValue;
import org.scholion.store.ProjectStore;

/**
 * Edits the project's codebook. Each method is one user action: the domain ({@link Codebook})
 * checks it first, then it is stored in one transaction and logged.
 */
public final class CodebookService {

    static final String NAME_SETTING = "codebook.name";
    static final String DESCRIPTION_SETTING = "codebook.description";

    private final ProjectStore store;
    private final IndexUpdates index;

    CodebookService(ProjectStore store, IndexUpdates index) {
        this.store = store;
        this.index = index;
    }

    public Codebook snapshot() {
        return store.codes().codebook();
    }

    /** Number of codings per code, for the tree's counts. */
    public Map<CodeId, Integer> codingCounts() {
        return store.codes().codingCounts();
    }

    public Code add(CodeId parent, String name, CodeColor color, CodeGuidance guidance, String actor) {
        return store.write(actor, () -> {
            Codebook codebook = snapshot();
            codebook.checkNewCode(parent, name);
            String parentKey = parent == null ? null : codebook.get(parent).key();
            String key = CodeKeys.forNewCode(parentKey, name, store.codes()::keyExists);
            Code code = store.codes().insert(parent, key, name, color, guidance == null ? CodeGuidance.NONE : guidance,
                    codebook.nextPosition(parent), store.now());
            store.log().codeAdded(new CodeState(code, store.now()));
            logged("added code '" + pathAfter(code.id()) + "'");
            return code;
        });
    }

    public Code rename(CodeId id, String newName, String actor) {
        return store.write(actor, () -> {
            Codebook codebook = snapshot();
            codebook.checkRename(id, newName);
            Code code = codebook.get(id);
            Code renamed = new Code(id, code.parent(), code.key(), newName, code.color(), code.guidance(), code.position());
            changeCode(code, renamed);
            logged("renamed '" + codebook.pathOf(id) + "' to '" + newName + "'");
            return renamed;
        });
    }

    public Code recolour(CodeId id, CodeColor color, String actor) {
        return store.write(actor, () -> {
            Code code = snapshot().get(id);
            Code recoloured = new Code(id, code.parent(), code.key(), code.name(), color, code.guidance(), code.position());
            changeCode(code, recoloured);
            logged("recoloured '" + pathAfter(id) + "' from " + code.color() + " to " + color);
            return recoloured;
        });
    }

    public Code describe(CodeId id, CodeGuidance guidance, String actor) {
        return store.write(actor, () -> {
            Code code = snapshot().get(id);
            Code described = new Code(id, code.parent(), code.key(), code.name(), code.color(), guidance, code.position());
            changeCode(code, described);
            logged("edited the guidance of '" + pathAfter(id) + "'");
            return described;
        });
    }

    /** Moves a code (with its sub-codes) under a new parent (null: top level), as its last child. */
    public Code move(CodeId id, CodeId newParent, String actor) {
        return store.write(actor, () -> {
            Codebook codebook = snapshot();
            codebook.checkMove(id, newParent);
            Code code = codebook.get(id);
            String from = codebook.pathOf(id).toString();
            Code moved = new Code(id, newParent, code.key(), code.name(), code.color(), code.guidance(),
                    Objects.equals(code.parent(), newParent) ? code.position() : codebook.nextPosition(newParent));
            changeCode(code, moved);
            logged("moved '" + from + "' to '" + pathAfter(id) + "'");
            return moved;
        });
    }

    /** Moves the codings, sub-codes and memos of {@code absorbed} to {@code survivor}, then removes it. */
    public int merge(CodeId absorbed, CodeId survivor, String actor) {
        return store.write(actor, () -> {
            Codebook codebook = snapshot();
            codebook.checkMerge(absorbed, survivor);
            String absorbedPath = codebook.pathOf(absorbed).toString();
            int moved = reassignCodings(Set.of(absorbed), survivor);
            int position = codebook.nextPosition(survivor);
            for (Code child : codebook.childrenOf(absorbed)) {
                changeCode(child, new Code(child.id(), survivor, child.key(), child.name(), child.color(),
                        child.guidance(), position++));
            }
            moveMemos(new MemoTarget.OnCode(absorbed), new MemoTarget.OnCode(survivor),
                    "[from merged code " + absorbedPath + "] ");
            deleteCode(codebook.get(absorbed));
            logged("merged '" + absorbedPath + "' into '" + codebook.pathOf(survivor) + "' ("
                    + moved + " codings moved)");
            return moved;
        });
    }

    /**
     * Deletes a code and its sub-codes. Refused while codings use them unless the policy says to
     * delete or reassign those codings; their memos become project memos.
     */
    public int delete(CodeId id, DeletePolicy policy, String actor) {
        return store.write(actor, () -> {
            Codebook codebook = snapshot();
            String path = codebook.pathOf(id).toString();
            Set<CodeId> doomed = codebook.subtree(id);
            int coded = store.codes().codingCount(doomed);
            int affected = switch (policy) {
                case DeletePolicy.RefuseIfCoded r -> {
                    if (coded > 0) {
                        throw new CodebookException("cannot delete '" + path + "': " + coded + " coding"
                                + (coded == 1 ? " uses" : "s use") + " it or its sub-codes; delete them with it, "
                                + "or reassign them to another code");
                    }
                    yield 0;
                }
                case DeletePolicy.DeleteCodings d -> {
                    List<Coding> codings = store.codings().list(new CodingFilter(doomed, Set.of(), null));
                    for (Coding coding : codings) {
                        store.codings().delete(coding.id());
                        store.log().removed(coding);
                    }
                    yield codings.size();
                }
                case DeletePolicy.ReassignTo reassign -> {
                    codebook.get(reassign.target());
                    if (doomed.contains(reassign.target())) {
                        throw new CodebookException("cannot reassign the codings of '" + path + "' to '"
                                + codebook.pathOf(reassign.target()) + "', which is deleted with it");
                    }
                    yield reassignCodings(doomed, reassign.target());
                }
            };
            List<CodeId> bottomUp = new ArrayList<>(doomed).reversed();
            for (CodeId code : bottomUp) {
                moveMemos(new MemoTarget.OnCode(code), MemoTarget.project(),
                        "[from deleted code " + codebook.pathOf(code) + "] ");
                deleteCode(codebook.get(code));
            }
            logged("deleted '" + path + "' and " + (doomed.size() - 1) + " sub-codes ("
                    + affected + " codings " + (policy instanceof DeletePolicy.ReassignTo ? "reassigned" : "deleted") + ")");
            return affected;
        });
    }

    /** Imports a codebook file's codes: new keys are added, known keys updated, nothing deleted. */
    public CodebookImportReport importSpec(CodebookSpec spec, String actor) {
        List<CodebookProblem> problems = spec.problems();
        if (!problems.isEmpty()) {
            CodebookProblem first = problems.getFirst();
            throw new CodebookException("code " + (first.codeIndex() + 1) + ", field '" + first.field() + "': " + first.message());
        }
        return store.write(actor, () -> {
            Codebook before = snapshot();
            List<String> added = new ArrayList<>();
            List<String> updated = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            Map<String, CodeId> idByKey = new HashMap<>();
            before.depthFirst().forEach(c -> idByKey.put(c.key(), c.id()));
            Map<String, Integer> nextPosition = new HashMap<>();
            for (CodeSpec code : parentsFirst(spec.codes())) {
                CodeId parent = code.parentKey() == null ? null : idByKey.get(code.parentKey());
                int position = nextPosition.merge(String.valueOf(code.parentKey()), 1, Integer::sum) - 1;
                CodeId existing = idByKey.containsKey(code.key()) ? idByKey.get(code.key())
                        : sameNameUnder(snapshot(), parent, code.name());
                if (existing == null) {
                    Code inserted = store.codes().insert(parent, code.key(), code.name(), code.color(), code.guidance(),
                            position, store.now());
                    store.log().codeAdded(new CodeState(inserted, store.now()));
                    idByKey.put(code.key(), inserted.id());
                    added.add(code.key());
                    continue;
                }
                idByKey.put(code.key(), existing);
                Code current = snapshot().get(existing);
                Code wanted = new Code(existing, parent, current.key(), code.name(), code.color(), code.guidance(), position);
                if (wanted.equals(current)) {
                    unchanged.add(code.key());
                } else {
                    checkNoNamesake(snapshot(), wanted, code.key());
                    changeCode(current, wanted);
                    updated.add(code.key());
                }
            }
            List<String> kept = before.depthFirst().stream().map(Code::key)
                    .filter(key -> spec.codes().stream().noneMatch(c -> c.key().equals(key)))
                    .filter(key -> !updated.contains(key) && !unchanged.contains(key))
                    .toList();
            snapshot(); // re-reads and re-checks the whole tree; throws (rolling back) if the import broke a rule
            setLogged(NAME_SETTING, spec.name());
            setLogged(DESCRIPTION_SETTING, spec.description());
            CodebookImportReport report = new CodebookImportReport(added, updated, unchanged, kept);
            logged("imported a codebook: " + report.summary());
            return report;
        });
    }

    /** The project's codebook as a file would carry it, parents before children, siblings in order. */
    public CodebookSpec exportSpec() {
        return store.read(() -> {
            Codebook codebook = snapshot();
            List<CodeSpec> codes = codebook.depthFirst().stream()
                    .map(c -> new CodeSpec(c.key(), c.parent() == null ? null : codebook.get(c.parent()).key(),
                            c.name(), c.color(), c.guidance()))
                    .toList();
            return new CodebookSpec(store.setting(NAME_SETTING, ""), store.setting(DESCRIPTION_SETTING, ""), codes);
        });
    }

    private int reassignCodings(Set<CodeId> from, CodeId to) {
        List<Coding> codings = store.codings().list(new CodingFilter(from, Set.of(), null));
        for (Coding coding : codings) {
            Coding moved = new Coding(coding.id(), coding.source(), coding.span(), to, coding.coder(),
                    coding.created(), coding.memo(), coding.anchor());
            store.codings().update(moved);
            store.log().changed(coding, moved);
        }
        return codings.size();
    }

    /** Writes a code's new state and logs both states, so that undo can put the old one back. */
    private void changeCode(Code before, Code after) {
        store.codes().update(after);
        Instant created = store.codes().created(before.id());
        store.log().codeChanged(new CodeState(before, created), new CodeState(after, created));
    }

    private void deleteCode(Code code) {
        Instant created = store.codes().created(code.id());
        store.codes().delete(code.id());
        store.log().codeRemoved(new CodeState(code, created));
    }

    /** Moves every memo on one target to another, one logged move each (a removed code keeps its memos). */
    private void moveMemos(MemoTarget from, MemoTarget to, String titlePrefix) {
        for (Memo memo : store.memos().on(from)) {
            MemoPlacement moved = new MemoPlacement(memo.id(), to, titlePrefix + memo.title(), memo.text());
            store.memos().place(moved);
            store.log().memoMoved(MemoPlacement.of(memo), moved);
        }
    }

    /** Sets a setting and logs its old value, even when unchanged: every codebook action leaves a state to undo. */
    private void setLogged(String key, String value) {
        SettingValue before = new SettingValue(key, store.setting(key, null));
        store.setSetting(key, value);
        store.log().settingChanged(before, new SettingValue(key, value));
    }

    /** Logs a codebook change; the index then refreshes the code paths on coded passages. */
    private void logged(String detail) {
        store.log().codebook(detail);
        index.codebook();
    }

    private String pathAfter(CodeId id) {
        return snapshot().pathOf(id).toString();
    }

    /**
     * An update that would give a code the name of another code under the same parent (one the file
     * lacks, say) is refused with both codes named, before the database's own index refuses it.
     */
    private static void checkNoNamesake(Codebook codebook, Code wanted, String fileKey) {
        CodeId namesake = sameNameUnder(codebook, wanted.parent(), wanted.name());
        if (namesake != null && !namesake.equals(wanted.id())) {
            String where = wanted.parent() == null ? "at the top level" : "under '" + codebook.pathOf(wanted.parent()) + "'";
            Code other = codebook.get(namesake);
            throw new CodebookException("code '" + fileKey + "' cannot be named '" + wanted.name() + "' " + where
                    + ": the project's code '" + other.name() + "' (key '" + other.key() + "') is already there");
        }
    }

    private static CodeId sameNameUnder(Codebook codebook, CodeId parent, String name) {
        return codebook.childrenOf(parent).stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .map(Code::id).findFirst().orElse(null);
    }

    private static List<CodeSpec> parentsFirst(List<CodeSpec> codes) {
        List<CodeSpec> ordered = new ArrayList<>();
        List<CodeSpec> pending = new ArrayList<>(codes);
        Set<String> placed = new HashSet<>();
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                CodeSpec code = it.next();
                if (code.parentKey() == null || placed.contains(code.parentKey())) {
                    ordered.add(code);
                    placed.add(code.key());
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {
                throw new CodebookException("codes form a cycle: " + pending.getFirst().key());
            }
        }
        return ordered;
    }
}
