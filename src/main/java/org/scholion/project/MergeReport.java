package org.scholion.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What merging another coder's work into a project did: which sources were found here (by their
 * text) and which were not, which codes were found and which were created, how many codings arrived
 * under the coder's name and how many were already there.
 *
 * @param file the project folder or QDPX file merged
 * @param coder the name the codings arrived under
 * @param matchedSources titles of the other side's sources that have the same text here
 * @param unmatchedSources the other side's sources with no source of the same text here: not merged
 * @param matchedCodes paths (here) of the codes the merged codings use that were here already
 * @param createdCodes paths of the codes created for them (parents too)
 * @param merged codings added
 * @param duplicates codings skipped because the coder had them already (same source, span and code)
 * @param counting how a QDPX file's positions were counted; null for a Scholion project
 * @param notes anything else left out, one line each
 * @param otherCoders the codings of the other side by each of its coders, most first ("" for no one named)
 * @param onlyBy the one coder of the other side whose codings were merged; null for all of them
 */
public record MergeReport(String file, String coder, List<String> matchedSources, List<Unmatched> unmatchedSources,
                          List<String> matchedCodes, List<String> createdCodes, int merged, int duplicates,
                          String counting, List<String> notes, Map<String, Integer> otherCoders, String onlyBy) {

    /** A source of the other side that was not merged, with why and how many codings it had. */
    public record Unmatched(String title, int codings, String why) {
    }

    public MergeReport {
        matchedSources = List.copyOf(matchedSources);
        unmatchedSources = List.copyOf(unmatchedSources);
        matchedCodes = List.copyOf(matchedCodes);
        createdCodes = List.copyOf(createdCodes);
        notes = List.copyOf(notes);
        otherCoders = Collections.unmodifiableMap(new LinkedHashMap<>(otherCoders));
    }

    /** The same report, saying whose codings the other side had and whose were merged. */
    MergeReport withCoders(Map<String, Integer> others, String only) {
        return new MergeReport(file, coder, matchedSources, unmatchedSources, matchedCodes, createdCodes, merged,
                duplicates, counting, notes, others, only);
    }

    /** "merged 120 codings as 'ben' (3 already there); 4 of 5 sources matched; 2 codes created". */
    public String summary() {
        int sources = matchedSources.size() + unmatchedSources.size();
        return "merged " + count(merged, "coding") + " as '" + coder + "' (" + duplicates + " already there, skipped); "
                + matchedSources.size() + " of " + count(sources, "source") + " matched; " + matchedCodes.size()
                + " code" + (matchedCodes.size() == 1 ? "" : "s") + " matched, " + createdCodes.size() + " created";
    }

    /** The report in words, a line each, as the command line prints it and the workbench shows it. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Merged " + file + " as coder '" + coder + "'");
        if (!otherCoders.isEmpty()) {
            lines.add("codings there by " + String.join(", ", otherCoders.entrySet().stream()
                    .map(e -> (e.getKey().isEmpty() ? "no one named" : "'" + e.getKey() + "'") + " (" + e.getValue() + ")")
                    .toList()) + (onlyBy == null ? "" : "; only those by '" + onlyBy + "' merged"));
        }
        lines.add(count(merged, "coding") + " merged, " + count(duplicates, "duplicate") + " skipped (already coded so by '"
                + coder + "')");
        if (counting != null) {
            lines.add("positions counted as " + counting);
        }
        lines.add(count(matchedSources.size(), "source") + " matched by text:");
        matchedSources.forEach(title -> lines.add("- " + title));
        if (!unmatchedSources.isEmpty()) {
            lines.add(count(unmatchedSources.size(), "source") + " not matched, their codings not merged:");
            unmatchedSources.forEach(u -> lines.add("- " + u.title() + " (" + count(u.codings(), "coding") + "): "
                    + u.why()));
        }
        lines.add(count(matchedCodes.size(), "code") + " matched" + (matchedCodes.isEmpty() ? "" : ": "
                + String.join(", ", matchedCodes.stream().map(p -> "'" + p + "'").toList())));
        lines.add(count(createdCodes.size(), "code") + " created" + (createdCodes.isEmpty() ? "" : ": "
                + String.join(", ", createdCodes.stream().map(p -> "'" + p + "'").toList())));
        notes.forEach(note -> lines.add("- " + note));
        return lines;
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
