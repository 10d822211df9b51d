package org.scholion.project;

import java.util.function.Supplier;
import org.scholion.store.ProjectStore;

/**
 * Opens the search index on first need, not with the project: checking (and if need be rebuilding)
 * the index costs time that commands like `info` or `codings` should not pay.
 */
final class IndexHolder implements Supplier<SearchIndex>, AutoCloseable {

    private final ProjectStore store;
    private final StaleIndexMarker marker;
    private SearchIndex index;

    IndexHolder(ProjectStore store, StaleIndexMarker marker) {
        this.store = store;
        this.marker = marker;
    }

    @Override
    public synchronized SearchIndex get() {
        if (index == null) {
            index = SearchIndex.open(store, store.layout().index(), marker);
        }
        return index;
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
