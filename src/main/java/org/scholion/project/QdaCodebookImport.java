package org.scholion.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.CodeSpec;
import org.scholion.codebook.Codebook;
import org.scholion.codebook.CodebookSpec;
import org.scholion.exchange.Guid;
import org.scholion.exchange.QdaCode;
import org.scholion.exchange.QdaCodebook;
import org.scholion.exchange.QdaSet;
import org.scholion.store.ProjectStore;

/**
 * A REFI-QDA codebook (QDC) added to an open project as one undoable action, through the same path
 * as a JSON codebook ({@link CodebookService#importSpec}): the file's codes become a
 * {@link CodebookSpec} that also holds the project's own codes as they are, so that only the new
 * ones are added. A code the project already has (the same GUID, or the same path ignoring case) is
 * kept as it is and reported; the new codes keep the file's GUIDs and codability.
 */
final class QdaCodebookImport {

    /** A code to add: its spec, and what the spec cannot carry. */
    private record NewCode(CodeSpec spec, String guid, boolean codable, String path, Guid fileGuid) {
    }

    private final ProjectStore store;
    private final CodebookService codebooks;
    private final List<String> notes = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();
    private final Map<String, NewCode> added = new LinkedHashMap<>();
    private final Set<String> keys = new HashSet<>();
    private final Set<String> guids = new HashSet<>();
    /** What each code of the file is in the project, once added or found, for the sets. */
    private final Map<Guid, CodeId> byGuid = new HashMap<>();
    private Codebook codebook;
    private int uncoloured;

    QdaCodebookImport(ProjectStore store, CodebookService codebooks) {
        this.store = store;
        this.codebooks = codebooks;
    }

    QdaCodebookImportReport run(QdaCodebook file, String actor) {
        return store.write(actor, () -> {
            codebook = store.codes().codebook();
            codebook.depthFirst().forEach(c -> keys.add(c.key()));
            guids.addAll(store.codes().guids().values());
            walk(file.codes(), null, null, "");
            if (!added.isEmpty()) {
                CodebookSpec current = codebooks.exportSpec();
                List<CodeSpec> specs = new ArrayList<>(current.codes());
                added.values().forEach(code -> specs.add(code.spec()));
                codebooks.importSpec(new CodebookSpec(current.name(), current.description(), specs), actor);
                Codebook after = store.codes().codebook();
                for (NewCode code : added.values()) {
                    CodeId id = after.findByKey(code.spec().key()).orElseThrow().id();
                    store.codes().identify(id, code.guid() != null ? code.guid() : store.codes().guids().get(id),
                            code.codable());
                    byGuid.putIfAbsent(code.fileGuid(), id);
                }
            }
            sets(file);
            return new QdaCodebookImportReport(added.values().stream().map(NewCode::path).toList(), kept, notes);
        });
    }

    /**
     * @param existing the project's code the file's codes go under (null: the top level, or a new code)
     * @param parentKey the key of the parent in the spec (an existing code's key or a new one's)
     */
    private void walk(List<QdaCode> codes, CodeId existing, String parentKey, String parentPath) {
        boolean parentExists = parentKey == null || existing != null;
        Set<String> siblings = new HashSet<>();
        if (parentExists) {
            codebook.childrenOf(existing).forEach(c -> siblings.add(c.name().toLowerCase(Locale.ROOT)));
        }
        Set<String> fromFile = new HashSet<>();
        for (QdaCode code : codes) {
            String name = CodeNames.clean(code.name(), code.guid());
            String path = parentPath.isEmpty() ? name : parentPath + "/" + name;
            Code same = store.codes().findByGuid(code.guid().value()).flatMap(codebook::find)
                    .or(() -> parentExists && !fromFile.contains(name.toLowerCase(Locale.ROOT))
                            ? codebook.childrenOf(existing).stream()
                            .filter(c -> c.name().equalsIgnoreCase(name)).findFirst() : java.util.Optional.empty())
                    .orElse(null);
            if (same != null) {
                String there = codebook.pathOf(same.id()).toString();
                kept.add(there);
                notes.add("code " + QdaImportState.quoted(path) + " is already in the project"
                        + (there.equals(path) ? "" : " as " + QdaImportState.quoted(there)) + ": kept as it is");
                fromFile.add(name.toLowerCase(Locale.ROOT));
                byGuid.putIfAbsent(code.guid(), same.id());
                walk(code.children(), same.id(), same.key(), there);
                continue;
            }
            if (!name.equals(code.name())) {
                notes.add("code " + QdaImportState.exactly(code.name()) + " is named " + QdaImportState.quoted(name)
                        + " (a code name has no line breaks or surrounding blanks, is not empty and has at most "
                        + "200 characters)");
            }
            String unique = CodeNames.unique(name, union(siblings, fromFile));
            if (!unique.equals(name)) {
                notes.add("code " + QdaImportState.quoted(path) + " is renamed " + QdaImportState.quoted(unique)
                        + ": another code there has that name");
            }
            fromFile.add(unique.toLowerCase(Locale.ROOT));
            String uniquePath = parentPath.isEmpty() ? unique : parentPath + "/" + unique;
            String key = CodeKeys.forNewCode(parentKey, unique, keys::contains);
            keys.add(key);
            String guid = guids.add(code.guid().value()) ? code.guid().value() : null;
            if (guid == null) {
                notes.add("code " + QdaImportState.quoted(uniquePath) + " has the GUID of another code in the file: "
                        + "it got a new one");
            }
            added.put(key, new NewCode(new CodeSpec(key, parentKey, unique, colour(code), GuidanceText.parse(
                    code.description())), guid, code.codable(), uniquePath, code.guid()));
            walk(code.children(), null, key, uniquePath);
        }
    }

    /**
     * The file's sets, with the codes they name; a set the project has already (the same GUID: the
     * codebook was imported before) is kept as it is.
     */
    private void sets(QdaCodebook file) {
        Set<String> known = new HashSet<>(store.sets().guids().values());
        int made = 0;
        for (QdaSet set : file.sets()) {
            if (known.contains(set.guid().value())) {
                notes.add("set " + QdaImportState.quoted(set.name()) + " is already in the project: kept as it is");
                continue;
            }
            QdaCasesAndSetsImport.set(store, store.now(), set, new QdaCasesAndSetsImport.Members(byGuid::get,
                    guid -> null, guid -> null, Set.of(), guid -> known.add(guid.value()) ? guid.value() : null,
                    notes::add));
            made++;
        }
        if (made > 0) {
            notes.add(made + " set" + (made == 1 ? " is" : "s are") + " kept and exported again, but the workbench "
                    + "does not show sets yet");
        }
    }

    private CodeColor colour(QdaCode code) {
        return CodeColor.tryParse(code.color())
                .orElseGet(() -> QdaPeopleAndCodes.PALETTE.get(uncoloured++ % QdaPeopleAndCodes.PALETTE.size()));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
