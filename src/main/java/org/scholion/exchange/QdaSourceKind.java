package org.scholion.exchange;

/** The element a source was written as. Scholion holds text; a PDF source is read through its plain-text representation. */
public enum QdaSourceKind {
    TEXT, PDF, PICTURE, AUDIO, VIDEO
}
