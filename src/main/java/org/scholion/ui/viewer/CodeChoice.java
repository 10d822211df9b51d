package org.scholion.ui.viewer;

import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeId;

/** A code offered to code the selection with: in the context menu and the quick-code box. */
public record CodeChoice(CodeId id, String path, int depth, CodeColor color, Integer quickKey) {

    /** The path as a menu shows it, with its quick key if it has one. */
    public String label() {
        return quickKey == null ? path : path + "   (" + quickKey + ")";
    }
}
