package org.scholion.export;

import java.util.Set;
import org.scholion.codebook.CodeId;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;

/**
 * Which coded excerpts to export. Empty sets and nulls mean "any".
 *
 * @param codes the codes chosen; with {@code withSubCodes}, their sub-codes' codings too
 * @param memoContains only codings whose memo contains this text (ignoring case), or null
 * @param contextWords words of context to give before and after each excerpt, 0 for none
 */
public record ExcerptSelection(Set<CodeId> codes, boolean withSubCodes, Set<SourceId> sources, SourceType type,
                               Integer fromYear, Integer toYear, String coder, String memoContains, ExcerptOrder order,
                               int contextWords) {

    /** Every coding, by code then source, without context. */
    public static final ExcerptSelection ALL = new ExcerptSelection(Set.of(), true, Set.of(), null, null, null, null,
            null, ExcerptOrder.CODE_THEN_SOURCE, 0);

    public ExcerptSelection {
        codes = codes == null ? Set.of() : Set.copyOf(codes);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        order = order == null ? ExcerptOrder.CODE_THEN_SOURCE : order;
        if (contextWords < 0) {
            throw new IllegalArgumentException("context cannot be negative: " + contextWords);
        }
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new IllegalArgumentException("the year range " + fromYear + "-" + toYear + " is empty");
        }
    }
}
