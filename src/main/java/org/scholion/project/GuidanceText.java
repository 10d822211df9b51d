package org.scholion.project;

import java.util.ArrayList;
import java.util.List;
import org.scholion.codebook.CodeGuidance;

/**
 * A code's guidance as one text, for the single Description other tools give a code: the parts
 * present, each after its label ("Definition: ...", "When to use: ...", "When not to use: ...",
 * "Example: ..."), separated by a blank line. A code with only a definition is written as the bare
 * definition. {@link #parse} reads exactly what {@link #format} writes; any other description
 * (another tool's) becomes the definition, whole.
 */
final class GuidanceText {

    private static final String[] LABELS = {"Definition", "When to use", "When not to use", "Example"};
    private static final String SEPARATOR = "\n\n";

    private GuidanceText() {
    }

    static String format(CodeGuidance guidance) {
        if (parse(guidance.definition()).equals(guidance)) {
            return guidance.definition();
        }
        String[] parts = parts(guidance);
        List<String> sections = new ArrayList<>();
        for (int i = 0; i < LABELS.length; i++) {
            if (!parts[i].isEmpty()) {
                sections.add(LABELS[i] + ": " + parts[i]);
            }
        }
        return String.join(SEPARATOR, sections);
    }

    /**
     * The guidance a description holds: labelled sections in the order {@link #format} writes them,
     * each at most once and none empty, the first at the very start; anything else is a definition.
     */
    static CodeGuidance parse(String description) {
        String text = description == null ? "" : description;
        String[] parts = {"", "", "", ""};
        int label = labelAt(text, 0, 0);
        int at = 0;
        while (label >= 0) {
            int valueStart = at + LABELS[label].length() + 2;
            int next = -1;
            int nextAt = text.length();
            for (int search = text.indexOf(SEPARATOR, valueStart); search >= 0;
                 search = text.indexOf(SEPARATOR, search + 1)) {
                next = labelAt(text, search + SEPARATOR.length(), label + 1);
                if (next >= 0) {
                    nextAt = search;
                    break;
                }
            }
            parts[label] = text.substring(valueStart, nextAt);
            if (parts[label].isEmpty()) {
                return new CodeGuidance(text, "", "", ""); // format never writes an empty section
            }
            at = nextAt + SEPARATOR.length();
            label = next;
        }
        return new CodeGuidance(parts[0], parts[1], parts[2], parts[3]).equals(CodeGuidance.NONE)
                ? new CodeGuidance(text, "", "", "") : new CodeGuidance(parts[0], parts[1], parts[2], parts[3]);
    }

    /** The index of the label (from {@code from} on) that starts the text at {@code at}, else -1. */
    private static int labelAt(String text, int at, int from) {
        for (int i = from; i < LABELS.length; i++) {
            if (text.startsWith(LABELS[i] + ": ", at)) {
                return i;
            }
        }
        return -1;
    }

    private static String[] parts(CodeGuidance guidance) {
        return new String[] {guidance.definition(), guidance.whenToUse(), guidance.whenNotToUse(), guidance.example()};
    }
}
