package org.scholion.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;
import org.scholion.coding.CodeState;
import org.scholion.store.ProjectStore;

/**
 * The codes a merge's codings use, found in the project or created there. A code is the same as one
 * here when it has the same GUID (a copy of this project, or its export); otherwise when it has the
 * same path, names compared ignoring case as the codebook compares them. A code that is not here is
 * created at its path, its missing parents too, with the other side's GUID (so the next merge finds
 * it by GUID) and colour. Only codes some merged coding uses are looked up, so a merge never brings
 * in codes nobody applied.
 */
final class MergeCodes {

    private final ProjectStore store;
    private final IndexUpdates index;
    private final Map<MergeInput.Code, CodeId> resolved = new HashMap<>();
    private final Set<CodeId> created = new HashSet<>();
    private final List<String> createdPaths = new ArrayList<>();
    private Codebook codebook;
    private int uncoloured;

    MergeCodes(ProjectStore store, IndexUpdates index) {
        this.store = store;
        this.index = index;
        this.codebook = store.codes().codebook();
    }

    CodeId resolve(MergeInput.Code code) {
        CodeId known = resolved.get(code);
        if (known != null) {
            return known;
        }
        CodeId id = byGuid(code.path().getLast()).orElseGet(() -> walk(code.path()));
        resolved.put(code, id);
        return id;
    }

    boolean created(CodeId id) {
        return created.contains(id);
    }

    String path(CodeId id) {
        return codebook.pathOf(id).toString();
    }

    List<String> createdPaths() {
        return List.copyOf(createdPaths);
    }

    private CodeId walk(List<MergeInput.Step> path) {
        CodeId parent = null;
        for (MergeInput.Step step : path) {
            CodeId under = parent;
            Optional<CodeId> here = byGuid(step).or(() -> codebook.childrenOf(under).stream()
                    .filter(c -> c.name().equalsIgnoreCase(step.name())).map(Code::id).findFirst());
            parent = here.isPresent() ? here.get() : create(parent, step);
        }
        return parent;
    }

    private Optional<CodeId> byGuid(MergeInput.Step step) {
        return step.guid() == null ? Optional.empty()
                : store.codes().findByGuid(step.guid()).filter(id -> codebook.find(id).isPresent());
    }

    private CodeId create(CodeId parent, MergeInput.Step step) {
        codebook.checkNewCode(parent, step.name());
        String parentKey = parent == null ? null : codebook.get(parent).key();
        String key = CodeKeys.forNewCode(parentKey, step.name(), store.codes()::keyExists);
        CodeColor color = step.color() != null ? step.color()
                : QdaPeopleAndCodes.PALETTE.get(uncoloured++ % QdaPeopleAndCodes.PALETTE.size());
        Code code = store.codes().insert(parent, key, step.name(), color, CodeGuidance.NONE,
                codebook.nextPosition(parent), store.now(), step.guid(), true);
        store.log().codeAdded(new CodeState(code, store.now()));
        index.codebook();
        codebook = store.codes().codebook();
        created.add(code.id());
        createdPaths.add(codebook.pathOf(code.id()).toString());
        return code.id();
    }
}
