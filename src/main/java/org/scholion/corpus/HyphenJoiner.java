package org.scholion.corpus;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins words that a PDF split with a hyphen at a line end, deciding from the document's own
 * vocabulary whether the hyphen belongs to the word.
 *
 * <p>For "first-" at a line end followed by "second" on the next non-blank line (blank lines
 * between are allowed: double-spaced typescripts have one, and dropped page furniture leaves a
 * few where a word is split across pages):
 * <ol>
 * <li>Inside a URL or e-mail address (the token holds "/", "@" or "www.") the hyphen is kept and the
 *     break removed: addresses are split where they have hyphens.</li>
 * <li>The text's own usage decides: how often "first-second" occurs elsewhere within a line versus
 *     "firstsecond" as one word. The more frequent form wins ("power-political" occurs 15 times in
 *     the thesis, so its split stays a compound; "peacekeeping" is the Miholjcic article's word, so
 *     "peace-/keeping" joins).</li>
 * <li>With no evidence: the hyphen stays when the second part starts with a capital or a digit
 *     ("post-Soviet", "G-8") or the first part is a prefix that English writes with a hyphen
 *     ("self-", "non-", "ex-", "quasi-", "semi-", "anti-", "post-", "well-", "half-", "cross-");
 *     otherwise the parts are joined, because a line-end hyphen in typeset text is usually a word
 *     division.</li>
 * </ol>
 * A soft hyphen (U+00AD) at a line end is always a word division.
 */
final class HyphenJoiner {

    private static final Pattern LINE_END_HYPHEN = Pattern.compile(
            "(\\p{L}+)([-\u00AD])[ \t]*\n(?:[ \t]*\n){0,6}[ \t]*(\\p{L}[\\p{L}\\p{M}]*|\\d)");
    private static final Pattern COMPOUND = Pattern.compile("\\p{L}+(?:-\\p{L}+)+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> HYPHENATED_PREFIXES = Set.of(
            "self", "non", "ex", "quasi", "semi", "anti", "post", "well", "half", "cross");

    private HyphenJoiner() {
    }

    static Edited join(String text) {
        Map<String, Integer> compounds = new HashMap<>();
        Matcher compound = COMPOUND.matcher(text);
        while (compound.find()) {
            String[] parts = compound.group().toLowerCase(Locale.ROOT).split("-");
            for (int i = 0; i + 1 < parts.length; i++) {
                compounds.merge(parts[i] + "-" + parts[i + 1], 1, Integer::sum);
            }
        }
        Map<String, Integer> words = new HashMap<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.merge(word.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }

        Edited.Builder edit = new Edited.Builder(text);
        Matcher m = LINE_END_HYPHEN.matcher(text);
        int searchFrom = 0;
        while (m.find(searchFrom)) {
            int hyphen = m.start(2);
            int second = m.start(3);
            boolean keep = m.group(2).equals("-") && keepHyphen(text, m.start(1), m.group(1), m.group(3), compounds, words);
            edit.delete(keep ? hyphen + 1 : hyphen, second);
            searchFrom = second; // "a-\nb-\nc": the second part may itself end a line with a hyphen
        }
        return edit.build();
    }

    private static boolean keepHyphen(String text, int firstStart, String first, String second,
            Map<String, Integer> compounds, Map<String, Integer> words) {
        if (insideAddress(text, firstStart)) {
            return true;
        }
        String lowerFirst = first.toLowerCase(Locale.ROOT);
        String lowerSecond = second.toLowerCase(Locale.ROOT);
        int hyphenated = compounds.getOrDefault(lowerFirst + "-" + lowerSecond, 0);
        int joined = words.getOrDefault(lowerFirst + lowerSecond, 0);
        if (hyphenated != joined) {
            return hyphenated > joined;
        }
        char initial = second.charAt(0);
        return Character.isUpperCase(initial) || Character.isDigit(initial) || HYPHENATED_PREFIXES.contains(lowerFirst);
    }

    /** Whether the whitespace-delimited token that ends in the hyphen is a URL or address. */
    private static boolean insideAddress(String text, int wordStart) {
        int tokenStart = wordStart;
        while (tokenStart > 0 && !Character.isWhitespace(text.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        String token = text.substring(tokenStart, wordStart);
        return token.contains("/") || token.contains("@") || token.toLowerCase(Locale.ROOT).contains("www.");
    }
}
