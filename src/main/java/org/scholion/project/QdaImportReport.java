package org.scholion.project;

import java.util.ArrayList;
import java.util.List;

/**
 * What importing a REFI-QDA project or codebook did: how much of each kind arrived, how the file's
 * selection positions were counted, and one line for every item that could not be represented as
 * it was or was changed on the way (a picture source, a selection outside its text, a renamed
 * code, a rich-text file that could not be read), so that nothing is dropped silently. The reader's
 * own warnings (links, graphs, entries it skipped) join them through {@link #withReaderWarnings}.
 */
public record QdaImportReport(Counts counts, String counting, List<String> notes) {

    /** Numbers of what the project holds after the import. */
    public record Counts(int coders, int codes, int sources, int codings, int memos, int codingMemos,
                         int attributes, int cases, int sets) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);

        String summary() {
            return coders + " coder" + plural(coders) + ", " + codes + " code" + plural(codes) + ", " + sources
                    + " source" + plural(sources) + ", " + codings + " coding" + plural(codings) + ", " + memos
                    + " memo" + plural(memos) + " (and " + codingMemos + " on codings), " + attributes + " attribute"
                    + plural(attributes) + ", " + cases + " case" + plural(cases) + ", " + sets + " set" + plural(sets);
        }

        private static String plural(int n) {
            return n == 1 ? "" : "s";
        }
    }

    public QdaImportReport {
        counting = counting == null ? "" : counting;
        notes = List.copyOf(notes);
    }

    /** The same report with the reader's warnings first, one line each. */
    public QdaImportReport withReaderWarnings(List<String> warnings) {
        List<String> all = new ArrayList<>(warnings.stream().map(QdaImportReport::oneLine).toList());
        all.addAll(notes);
        return new QdaImportReport(counts, counting, all);
    }

    /** One line: what arrived, and how many items the report lists. */
    public String summary() {
        return "imported " + counts.summary() + (notes.isEmpty() ? "; nothing left out or changed"
                : "; " + notes.size() + " item" + Counts.plural(notes.size()) + " left out or changed (see the report)");
    }

    /** The whole report as lines: the summary, the counting, then each item. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(summary());
        if (!counting.isEmpty()) {
            lines.add("Selection positions counted in " + counting);
        }
        notes.forEach(note -> lines.add("- " + note));
        return lines;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
