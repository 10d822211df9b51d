package org.scholion.source;

/** A source about to be added: its metadata, stored text, page map and the file it came from (if any). */
public record NewSource(SourceMetadata metadata, String text, PageMap pageMap, OriginalFile original) {
    public NewSource {
        if (text == null) {
            throw new IllegalArgumentException("a source needs a text");
        }
        pageMap = pageMap == null ? PageMap.NONE : pageMap;
    }
}
