package org.scholion.ui.analysis;

import org.scholion.codebook.CodeId;

/** A code offered for the words report, shown by its path. */
public record CodeChoice(CodeId id, String path) {

    @Override
    public String toString() {
        return path;
    }
}
