package org.scholion.project;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import org.scholion.store.ProjectStore;

/**
 * Collects the sources whose codings a write touched and updates their passages in the index once,
 * after the write commits: an auto-coding of 10,000 hits re-indexes each source once, not 10,000
 * times. What a rolled-back write touched is merely re-indexed with the next commit.
 */
final class IndexUpdates {

    private final ProjectStore store;
    private final Supplier<SearchIndex> index;
    private final StaleIndexMarker marker;
    private final Set<SourceId> touched = new LinkedHashSet<>();
    private final java.util.Map<SourceId, java.util.List<Span>> places = new java.util.LinkedHashMap<>();
    private static final int MANY_PLACES = 16;
    private boolean codebookTouched;
    /** One object, so that registering it again in the same write is a no-op. */
    private final Runnable flush = this::flush;

    IndexUpdates(ProjectStore store, Supplier<SearchIndex> index, StaleIndexMarker marker) {
        this.store = store;
        this.index = index;
        this.marker = marker;
    }

    /**
     * Called inside the write, before its commit: the marker goes down first, so a process killed
     * after the store's commit and before the index update still leaves the index marked behind.
     */
    private void changeComing() {
        marker.set("a change was being written to the store");
    }

    void codingsOf(SourceId source) {
        changeComing();
        touched.add(source);
        store.afterCommit(flush);
    }

    /**
     * A coding at this place was added, removed or changed: only the passages it overlaps need
     * their codes updated (a few, not the source's thousands). Many places in one source, as an
     * auto-coding makes, are treated as the whole source.
     */
    void codingAt(SourceId source, Span span) {
        changeComing();
        places.computeIfAbsent(source, s -> new java.util.ArrayList<>()).add(span);
        store.afterCommit(flush);
    }

    void codebook() {
        changeComing();
        codebookTouched = true;
        store.afterCommit(flush);
    }

    void sourceAdded(SourceId source) {
        changeComing();
        store.afterCommit(() -> index.get().sourceAdded(source));
    }

    /** Runs an import as one batch of index additions, committed once at the end. */
    void inBatch(Runnable work) {
        SearchIndex searchIndex = index.get();
        searchIndex.beginBatch();
        try {
            work.run();
        } finally {
            searchIndex.endBatch();
        }
    }

    private void flush() {
        Set<SourceId> sources = new LinkedHashSet<>(touched);
        java.util.Map<SourceId, java.util.List<Span>> spans = new java.util.LinkedHashMap<>(places);
        boolean codebook = codebookTouched;
        touched.clear();
        places.clear();
        codebookTouched = false;
        if (codebook) {
            index.get().codebookChanged();
            return;
        }
        spans.forEach((source, at) -> {
            if (at.size() > MANY_PLACES) {
                sources.add(source);
            }
        });
        spans.keySet().removeAll(sources);
        index.get().codingsChanged(sources, spans);
    }
}
