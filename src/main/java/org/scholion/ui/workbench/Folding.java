package org.scholion.ui.workbench;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded for matching what a user types: lower case, accents and other combining marks
 * removed, so "sudosetien" finds "Südossetien" and "Cafe" finds "Café".
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** True if {@code text} contains {@code typed}, both folded; blank {@code typed} matches everything. */
    public static boolean contains(String text, String typed) {
        return typed == null || typed.isBlank() || fold(text).contains(fold(typed.strip()));
    }
}
