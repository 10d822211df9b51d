package org.scholion.ui.viewer;

import org.scholion.codebook.CodeColor;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingId;
import org.scholion.source.Span;

/**
 * A coding as the viewer draws it: its code's name and colour resolved, and the style of its coder
 * (0 for the first coder shown, 1 for the next...), so that codings of several coders can be told
 * apart.
 */
public record ShownCoding(Coding coding, String codeName, String codePath, CodeColor color, int coderStyle) {

    public CodingId id() {
        return coding.id();
    }

    public Span span() {
        return coding.span();
    }

    public int start() {
        return coding.start();
    }

    public int end() {
        return coding.end();
    }

    public String coder() {
        return coding.coder().name();
    }
}
