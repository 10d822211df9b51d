package org.scholion.export;

/** How excerpts are ordered: by code (in codebook order), then source, then position; or by source, then position. */
public enum ExcerptOrder {
    CODE_THEN_SOURCE,
    SOURCE
}
