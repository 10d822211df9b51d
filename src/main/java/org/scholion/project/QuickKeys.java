package org.scholion.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;
import org.scholion.store.ProjectStore;

/**
 * The keys 1-9 that code the viewer's selection with a code, kept per project in the settings
 * table under "quickkey.N" (the code's id, or empty for a key left free). Until the user assigns
 * one, the first nine codes in tree order have them, so a new project can be coded by key at once.
 * Assigning a key writes all nine, so the defaults the user did not touch stay as they were.
 * Not an action of the log: a key is a working preference, not part of the analysis.
 */
public final class QuickKeys {

    public static final int FIRST = 1;
    public static final int LAST = 9;
    static final String PREFIX = "quickkey.";

    private final ProjectStore store;

    QuickKeys(ProjectStore store) {
        this.store = store;
    }

    /** Key to code, keys in order; codes deleted since an assignment are left out. */
    public Map<Integer, CodeId> current() {
        return store.read(() -> current(store.codes().codebook()));
    }

    /**
     * Gives a key to a code (null frees the key). A code has at most one key: the one it had
     * before is freed.
     */
    public Map<Integer, CodeId> assign(int key, CodeId code, String actor) {
        if (key < FIRST || key > LAST) {
            throw new IllegalArgumentException("a quick key is one of 1 to 9, not " + key);
        }
        return store.write(actor, () -> {
            Codebook codebook = store.codes().codebook();
            if (code != null) {
                codebook.get(code);
            }
            Map<Integer, CodeId> keys = new LinkedHashMap<>(current(codebook));
            keys.values().removeIf(c -> c.equals(code));
            if (code == null) {
                keys.remove(key);
            } else {
                keys.put(key, code);
            }
            for (int k = FIRST; k <= LAST; k++) {
                CodeId assigned = keys.get(k);
                store.setSetting(PREFIX + k, assigned == null ? "" : assigned.toString());
            }
            return current(codebook);
        });
    }

    /** The key of a code, if it has one. */
    public static Optional<Integer> keyOf(Map<Integer, CodeId> keys, CodeId code) {
        return keys.entrySet().stream().filter(e -> Objects.equals(e.getValue(), code)).map(Map.Entry::getKey).findFirst();
    }

    private Map<Integer, CodeId> current(Codebook codebook) {
        Map<Integer, CodeId> keys = new LinkedHashMap<>();
        boolean anyStored = false;
        for (int k = FIRST; k <= LAST; k++) {
            String stored = store.setting(PREFIX + k, null);
            if (stored == null) {
                continue;
            }
            anyStored = true;
            Optional<CodeId> code = parse(stored).filter(id -> codebook.find(id).isPresent());
            if (code.isPresent()) {
                keys.put(k, code.get());
            }
        }
        return anyStored ? keys : defaults(codebook);
    }

    private static Map<Integer, CodeId> defaults(Codebook codebook) {
        Map<Integer, CodeId> keys = new LinkedHashMap<>();
        List<Code> codes = codebook.depthFirst();
        for (int k = FIRST; k <= LAST && k - FIRST < codes.size(); k++) {
            keys.put(k, codes.get(k - FIRST).id());
        }
        return keys;
    }

    private static Optional<CodeId> parse(String stored) {
        try {
            return stored.isBlank() ? Optional.empty() : Optional.of(new CodeId(Long.parseLong(stored.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
