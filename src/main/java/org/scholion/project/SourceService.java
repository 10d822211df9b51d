package org.scholion.project;

import java.util.List;
import org.scholion.coding.MemoTarget;
import org.scholion.source.AttributeType;
import org.scholion.store.ProjectStore;
import org.scholion.source.NewSource;
import org.scholion.source.PageMap;
import org.scholion.source.Source;
import org.scholion.source.SourceAttribute;
import org.scholion.source.SourceId;


/** The project's sources: adding one (its text is then fixed), listing, reading text and pages. */
public final class SourceService {

    private final ProjectStore store;
    private final IndexUpdates index;
    private final MemoService memos;

    SourceService(ProjectStore store, IndexUpdates index, MemoService memos) {
        this.store = store;
        this.index = index;
        this.memos = memos;
    }

    /** Stores a source; it is searchable as soon as this returns. */
    public Source add(NewSource source, String actor) {
        return store.write(actor, () -> {
            Source added = store.sources().add(source, store.now());
            index.sourceAdded(added.id());
            return added;
        });
    }

    public List<Source> list() {
        return store.sources().list();
    }

    /** Number of codings per source, for listings. */
    public java.util.Map<SourceId, Integer> codingCounts() {
        return store.codings().countsBySource();
    }

    public Source get(SourceId id) {
        return store.sources().get(id);
    }

    public String text(SourceId id) {
        return store.sources().text(id);
    }

    public PageMap pageMap(SourceId id) {
        return store.sources().pageMap(id);
    }

    public SourceAttribute setAttribute(SourceId id, String name, AttributeType type, String value, String actor) {
        return store.write(actor, () -> store.attributes().set(id, name, type, value, store.now()));
    }

    public List<SourceAttribute> attributes(SourceId id) {
        return store.attributes().of(id);
    }

    /** The researcher's memo on a source (its own memo, see {@link MemoService}); empty when she has written none. */
    public String memo(SourceId id) {
        return memos.memoText(new MemoTarget.OnSource(id));
    }

    /**
     * Replaces the memo on a source, in one transaction under the actor's name; the memo keeps who
     * wrote it first and when it changed. The same as {@link MemoService#setMemoText} on the source.
     */
    public String setMemo(SourceId id, String text, String actor) {
        return memos.setMemoText(new MemoTarget.OnSource(id), text, actor);
    }
}
