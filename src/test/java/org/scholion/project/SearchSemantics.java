package org.scholion.project;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholion.index.PassageHit;
import org.scholion.index.SearchResults;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;

/**
 * The matching rules of docs/search.md written as regular expressions, and an independent count of
 * them over a project's stored texts: what a search must find, span for span.
 */
public final class SearchSemantics {

    /** Word edges as the standard tokenizer sees them: '.' and apostrophes between letters join words. */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])(?<!\\p{L}[.'\u2019])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])(?![.'\u2019]\\p{L})";
    /** The English possessive, which the analysis drops: "NATO's" is NATO. */
    private static final String POSSESSIVE = "(?:['\u2019]s)?";
    /** A hyphen joins words, also at a line end (followed by a newline, or by a blank line). */
    private static final String HYPHEN = "[-\u2010\u2011](?:[ \\t]{0,3}\\r?\\n[ \\t]{0,3}(?:\\r?\\n[ \\t]{0,3})?)?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * {@code peacekeeping}: peacekeeping, peace-keeping, peace-⏎keeping in any case, and what the
     * Porter stemmer joins to them (peacekeeper, peacekeepers, peacekeeps); never "peace keeping".
     */
    public static final Pattern PEACEKEEPING = Pattern.compile(
            BEFORE + "peace(?:" + HYPHEN + ")?keep(?:ing|ings|er|ers|s)?" + POSSESSIVE + AFTER, FLAGS);

    /** {@code NATO}: the word in any case (with the plural and possessive the stemmer and analysis drop). */
    public static final Pattern NATO = Pattern.compile(BEFORE + "nato(?:s)?" + POSSESSIVE + AFTER, FLAGS);

    /**
     * {@code "power political"}: power next to a word stemmed to "polit" (political, politically,
     * politics), joined by a hyphen (also at a line end) or by spaces, newlines and punctuation.
     */
    public static final Pattern POWER_POLITICAL = Pattern.compile(
            BEFORE + "power" + POSSESSIVE + "(?:" + HYPHEN + "|[^\\p{L}\\p{N}.'\u2019-]+)"
                    + "polit(?:ic|ical|ically|ics|e|ely)?" + POSSESSIVE + AFTER, FLAGS);

    /** A match: where in which source. */
    public record Located(SourceId source, Span span) {
    }

    private SearchSemantics() {
    }

    /** Every match of {@code pattern} in the project's stored texts, in source and text order. */
    public static List<Located> expected(Project project, Pattern pattern) {
        List<Located> found = new ArrayList<>();
        for (Source source : project.sources().list()) {
            String text = project.sources().text(source.id());
            TextOffsets offsets = TextOffsets.of(text);
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(new Located(source.id(), offsets.toCodePoints(m.start(), m.end())));
            }
        }
        return found;
    }

    /** Every match a search reported, in the order reported. */
    public static List<Located> actual(SearchResults results) {
        List<Located> found = new ArrayList<>();
        for (PassageHit hit : results.hits()) {
            hit.matches().forEach(span -> found.add(new Located(hit.source(), span)));
        }
        return found;
    }

    /** Line breaks and tabs shown as spaces, as keyword-in-context lines show them. */
    public static String flat(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
