package org.scholion.project;

import java.util.List;
import org.scholion.coding.Memo;
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

    SourceService(ProjectStore store, IndexUpdates index) {
        this.store = store;
        this.index = index;
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

    /** The researcher's memo on a source; empty when she has written none. */
    public String memo(SourceId id) {
        return store.read(() -> {
            store.sources().get(id);
            return store.memos().on(new MemoTarget.OnSource(id)).stream().findFirst().map(Memo::text).orElse("");
        });
    }

    /**
     * Replaces the memo on a source (the first one, if an exchange brought several), in one
     * transaction under the actor's name; the memo keeps who wrote it first and when it changed.
     */
    public String setMemo(SourceId id, String text, String actor) {
        String written = text == null ? "" : text;
        return store.write(actor, () -> {
            store.sources().get(id);
            MemoTarget target = new MemoTarget.OnSource(id);
            // A first memo starts empty, so that every edit is logged as a change of text, which
            // undo and redo reverse like any other action.
            org.scholion.coding.Memo memo = store.memos().on(target).stream().findFirst().orElseGet(() ->
                    store.memos().add(target, "", "", store.coders().ensure(actor, store.now()), store.now()));
            store.memos().edit(memo.id(), memo.title(), written, store.now());
            store.log().memoMoved(org.scholion.coding.MemoPlacement.of(memo),
                    new org.scholion.coding.MemoPlacement(memo.id(), target, memo.title(), written));
            return written;
        });
    }
}
