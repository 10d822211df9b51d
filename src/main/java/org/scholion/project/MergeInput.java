package org.scholion.project;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scholion.codebook.CodeColor;
import org.scholion.source.Span;

/**
 * Another coder's work as a merge reads it, from a Scholion project or a QDPX file: the sources with
 * their text (as Scholion stores text) and the codings on them, each with the path of its code.
 *
 * @param file the project folder or file it was read from, as the report names it
 * @param counting how the file's positions were counted, for the report; null for a Scholion project
 * @param notes what was left out while reading, one line each
 */
record MergeInput(String file, String counting, List<Source> sources, List<String> notes) {

    MergeInput {
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /** The codings of the other side by each of its coders, most first: what the report lists. */
    Map<String, Integer> coders() {
        Map<String, Integer> counts = new HashMap<>();
        sources.forEach(source -> source.codings().forEach(c -> counts.merge(c.coder(), 1, Integer::sum)));
        Map<String, Integer> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /**
     * Only the codings one coder of the other side made (the name compared ignoring case), when the
     * other copy holds more than the colleague's own coding.
     *
     * @throws CodingMergeException when that coder made none, naming those who did
     */
    MergeInput onlyBy(String coder) {
        Map<String, Integer> coders = coders();
        if (coders.keySet().stream().noneMatch(c -> c.equalsIgnoreCase(coder))) {
            throw new CodingMergeException("cannot merge " + file + ": it has no codings by '" + coder + "'"
                    + (coders.isEmpty() ? "" : " (its codings are by " + String.join(", ", coders.keySet().stream()
                    .map(c -> "'" + c + "'").toList()) + ")"));
        }
        List<Source> kept = sources.stream().map(s -> new Source(s.title(), s.text(),
                s.codings().stream().filter(c -> c.coder().equalsIgnoreCase(coder)).toList(), s.why())).toList();
        return new MergeInput(file, counting, kept, notes);
    }

    /**
     * A source of the other side with its codings; {@code text} is null when the file gave none
     * Scholion could compare: then {@code why} says so, and of its codings only their coders are known.
     */
    record Source(String title, String text, List<Coding> codings, String why) {
        Source {
            codings = List.copyOf(codings);
        }

        static Source withText(String title, String text, List<Coding> codings) {
            return new Source(title, text, codings, null);
        }

        static Source withoutText(String title, String why, List<String> coders) {
            return new Source(title, null, coders.stream().map(c -> new Coding(null, null, "", null, c)).toList(), why);
        }
    }

    /**
     * A coding of the other side, its span in code points of its source's text, with the name of
     * whoever made it there ("" when the file names no one); span and code are null on a source without text.
     */
    record Coding(Span span, Code code, String memo, Instant created, String coder) {
    }

    /** A code of the other side: the names from the top of the tree down, each with its GUID and colour. */
    record Code(List<Step> path) {
        Code {
            path = List.copyOf(path);
        }
    }

    /** One level of a code's path; {@code guid} and {@code color} may be null. */
    record Step(String name, String guid, CodeColor color) {
    }
}
