package org.scholion.coding;

import java.util.Set;
import org.scholion.codebook.CodeId;
import org.scholion.source.SourceId;

/** Which codings to list: by codes, sources and coder; an empty set or null means any. */
public record CodingFilter(Set<CodeId> codes, Set<SourceId> sources, String coder) {

    public static final CodingFilter ALL = new CodingFilter(Set.of(), Set.of(), null);

    public CodingFilter {
        codes = codes == null ? Set.of() : Set.copyOf(codes);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
    }

    public boolean accepts(Coding coding) {
        return (codes.isEmpty() || codes.contains(coding.code()))
                && (sources.isEmpty() || sources.contains(coding.source()))
                && (coder == null || coder.equals(coding.coder().name()));
    }
}
