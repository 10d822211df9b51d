package org.scholion.ui.search;

import org.scholion.codebook.CodeId;

/** A code offered for auto-coding, shown by its full path ("Security interests/Border security"). */
public record CodeChoice(CodeId id, String path) {

    @Override
    public String toString() {
        return path;
    }
}
