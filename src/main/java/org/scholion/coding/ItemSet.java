package org.scholion.coding;

import java.util.List;
import org.scholion.codebook.CodeId;
import org.scholion.source.SourceId;

/**
 * A named set of codes, sources and memos (a REFI-QDA Set), kept so that exporting writes it
 * again; the workbench does not show sets yet.
 *
 * @param memos the ids of the memos in the set
 */
public record ItemSet(long id, String name, String description, List<CodeId> codes, List<SourceId> sources,
                      List<Long> memos) {
    public ItemSet {
        description = description == null ? "" : description;
        codes = List.copyOf(codes);
        sources = List.copyOf(sources);
        memos = List.copyOf(memos);
    }
}
