package org.scholion.index;

import java.util.List;
import java.util.Objects;
import org.scholion.source.PageMap;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;
import org.scholion.source.Span;

/**
 * What the index needs of a source: its identity and the metadata the query language filters on,
 * the stored text (whose code-point offsets every hit reports), its pages, and its codings.
 *
 * @param year the publication year, or null when the source does not say
 * @param language an ISO 639-1 code ("en", "ru"), or null when unknown
 */
public record IndexedSource(SourceId id, String title, SourceType type, Integer year, String language,
                            String text, PageMap pages, List<CodedSpan> codings) {

    /** A code applied to a span, the code written as its path ("Parent/Child", see CodePath). */
    public record CodedSpan(Span span, String codePath) {
        public CodedSpan {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(codePath, "codePath");
        }
    }

    public IndexedSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        pages = pages == null ? PageMap.NONE : pages;
        codings = codings == null ? List.of() : List.copyOf(codings);
    }
}
