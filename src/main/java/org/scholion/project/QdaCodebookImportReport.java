package org.scholion.project;

import java.util.ArrayList;
import java.util.List;

/**
 * What adding a REFI-QDA codebook to a project did: the codes added (by path), the codes the project
 * had already and kept as they were, and one line for each code kept, renamed or otherwise changed.
 */
public record QdaCodebookImportReport(List<String> added, List<String> kept, List<String> notes) {

    public QdaCodebookImportReport {
        added = List.copyOf(added);
        kept = List.copyOf(kept);
        notes = List.copyOf(notes);
    }

    public String summary() {
        return added.size() + " code" + (added.size() == 1 ? "" : "s") + " added, " + kept.size()
                + " already in the project and kept as " + (kept.size() == 1 ? "it was" : "they were");
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(summary());
        notes.forEach(note -> lines.add("- " + note));
        return lines;
    }
}
