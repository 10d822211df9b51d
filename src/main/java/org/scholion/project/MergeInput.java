package org.scholion.project;

import java.time.Instant;
import java.util.List;
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

    /**
     * A source of the other side with its codings; {@code text} is null when the file gave none
     * Scholion could compare: then {@code why} says so and only the number of its codings is known.
     */
    record Source(String title, String text, List<Coding> codings, String why, int codingCount) {
        Source {
            codings = List.copyOf(codings);
        }

        static Source withText(String title, String text, List<Coding> codings) {
            return new Source(title, text, codings, null, codings.size());
        }

        static Source withoutText(String title, String why, int codings) {
            return new Source(title, null, List.of(), why, codings);
        }
    }

    /** A coding of the other side, its span in code points of its source's text. */
    record Coding(Span span, Code code, String memo, Instant created) {
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
