package org.scholion.corpus;

/** Where a text's layout came from, which decides its default normalisation. */
public enum TextKind {
    /** Typeset pages: hard-wrapped lines, hyphenation, running heads, page numbers. */
    PDF,
    /** A web page: navigation, cookie notices, teasers around the article. */
    WEB,
    /** Text as written: nothing to undo beyond characters and whitespace. */
    PLAIN
}
