package org.scholion.export;

/** Where an excerpt's citation goes in a document: after the quote, or in a footnote. */
public enum CitationStyle {
    INLINE,
    FOOTNOTE
}
