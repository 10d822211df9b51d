package org.scholion.project;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coder;
import org.scholion.coding.MemoTarget;
import org.scholion.exchange.Guid;
import org.scholion.exchange.QdaCode;
import org.scholion.exchange.QdaUser;
import org.scholion.exchange.QdaVariable;
import org.scholion.exchange.QdaVariableType;
import org.scholion.source.AttributeType;

/**
 * The first phase of a REFI-QDA import: users become coders (by name), variables become attributes
 * (or, for the ones Scholion writes, metadata again), codes become the code tree with their GUIDs,
 * colours, codability and guidance.
 */
final class QdaPeopleAndCodes {

    /** Colours for codes a file gives none, in turn (those of a JSON codebook without colours). */
    static final List<CodeColor> PALETTE = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
            "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf").stream().map(CodeColor::parse).toList();

    private final QdaImportState state;
    private final Set<String> keys = new HashSet<>();
    private int uncoloured;

    QdaPeopleAndCodes(QdaImportState state) {
        this.state = state;
    }

    void run() {
        users();
        variables();
        codes(state.model.codes(), null, null, "");
        state.store.codes().codebook(); // reads and checks the whole tree: a rule broken fails the import here
    }

    private void users() {
        Map<String, Guid> firstByName = new HashMap<>();
        for (QdaUser user : state.model.users()) {
            String name = QdaImportReport.oneLine(user.name());
            if (name.isEmpty()) {
                name = !user.id().isBlank() ? QdaImportReport.oneLine(user.id())
                        : "user-" + user.guid().value().substring(0, 8);
                state.report("a user without a name (" + user.guid() + ") is the coder " + QdaImportState.quoted(name));
            }
            Guid first = firstByName.putIfAbsent(name, user.guid());
            if (first != null && !first.equals(user.guid())) {
                state.report("users " + first + " and " + user.guid() + " are both named " + QdaImportState.quoted(name)
                        + ": they are one coder");
            }
            Coder coder = state.store.coders().ensure(name,
                    first == null ? state.unused("user", user.guid(), "user " + QdaImportState.quoted(name)) : null,
                    state.now);
            state.users.putIfAbsent(user.guid(), coder);
        }
    }

    private void variables() {
        Set<String> names = new HashSet<>();
        for (QdaVariable variable : state.model.variables()) {
            var metadata = MetadataVariable.named(variable.name());
            if (metadata.isPresent()) {
                state.variables.put(variable.guid(), new QdaImportState.VariableTarget(null, null, metadata.get()));
                continue;
            }
            String name = QdaImportReport.oneLine(variable.name());
            if (name.isEmpty()) {
                name = "Variable " + variable.guid().value().substring(0, 8);
                state.report("a variable without a name (" + variable.guid() + ") is the attribute "
                        + QdaImportState.quoted(name));
            }
            String unique = name;
            for (int n = 2; !names.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + " (" + n + ")";
            }
            if (!unique.equals(name)) {
                state.report("variable " + QdaImportState.quoted(name) + " is the attribute " + QdaImportState.quoted(unique)
                        + ": another variable has that name");
            }
            AttributeType type = VariableTypes.of(variable.type());
            if (variable.type() == QdaVariableType.DATE_TIME) {
                state.report("variable " + QdaImportState.quoted(unique) + " holds dates with times: kept as text");
            }
            state.store.attributes().define(unique, type,
                    state.unused("variable", variable.guid(), "variable " + QdaImportState.quoted(unique)), state.now);
            state.variables.put(variable.guid(), new QdaImportState.VariableTarget(unique, type, null));
            state.attributes++;
        }
    }

    private void codes(List<QdaCode> codes, CodeId parent, String parentKey, String parentPath) {
        Set<String> siblings = new HashSet<>();
        int position = 0;
        for (QdaCode code : codes) {
            String cleaned = CodeNames.clean(code.name(), code.guid());
            String where = parentPath.isEmpty() ? "at the top level" : "under " + QdaImportState.quoted(parentPath);
            if (!cleaned.equals(code.name())) {
                state.report("code " + QdaImportState.exactly(code.name()) + " " + where + " is named "
                        + QdaImportState.quoted(cleaned) + " (a code name has no line breaks or surrounding blanks, "
                        + "is not empty and has at most 200 characters)");
            }
            String name = CodeNames.unique(cleaned, siblings);
            if (!name.equals(cleaned)) {
                state.report("code " + QdaImportState.quoted(cleaned) + " " + where + " is renamed "
                        + QdaImportState.quoted(name) + ": another code there has that name");
            }
            siblings.add(name.toLowerCase(Locale.ROOT));
            String path = parentPath.isEmpty() ? name : parentPath + "/" + name;
            String key = CodeKeys.forNewCode(parentKey, name, keys::contains);
            keys.add(key);
            Code inserted = state.store.codes().insert(parent, key, name, colour(code, path),
                    guidance(code.description()), position++, state.now,
                    state.unused("code", code.guid(), "code " + QdaImportState.quoted(path)), code.codable());
            state.codes.putIfAbsent(code.guid(), inserted.id());
            state.codePaths.put(inserted.id(), path);
            for (Guid note : code.noteRefs()) {
                state.noteRefs.add(new QdaImportState.NoteRef(note, new MemoTarget.OnCode(inserted.id()),
                        "code " + QdaImportState.quoted(path)));
            }
            codes(code.children(), inserted.id(), key, path);
        }
    }

    private CodeColor colour(QdaCode code, String path) {
        var parsed = CodeColor.tryParse(code.color());
        if (parsed.isPresent()) {
            return parsed.get();
        }
        if (code.color() != null && !code.color().isBlank()) {
            state.report("code " + QdaImportState.quoted(path) + " has the colour " + QdaImportState.quoted(code.color())
                    + ", which is none: it got one of Scholion's");
        }
        return PALETTE.get(uncoloured++ % PALETTE.size());
    }

    private static CodeGuidance guidance(String description) {
        return GuidanceText.parse(description);
    }
}
