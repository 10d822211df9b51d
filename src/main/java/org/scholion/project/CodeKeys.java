package org.scholion.project;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Makes the stable, readable key a new code gets: its parent's key, a dot, and a slug of its name. */
final class CodeKeys {

    private CodeKeys() {
    }

    static String forNewCode(String parentKey, String name, Predicate<String> taken) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            slug = "code";
        }
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-$", "");
        }
        String base = parentKey == null ? slug : parentKey + "." + slug;
        String key = base;
        for (int n = 2; taken.test(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}
