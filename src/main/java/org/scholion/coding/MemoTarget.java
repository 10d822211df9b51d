package org.scholion.coding;

import org.scholion.codebook.CodeId;
import org.scholion.source.SourceId;

/** What a memo is written about. (A coding's own memo is a field of the coding.) */
public sealed interface MemoTarget {

    record OnProject() implements MemoTarget {
    }

    record OnSource(SourceId source) implements MemoTarget {
    }

    record OnCode(CodeId code) implements MemoTarget {
    }

    static MemoTarget project() {
        return new OnProject();
    }
}
