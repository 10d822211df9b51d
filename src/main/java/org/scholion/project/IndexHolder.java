package org.scholion.project;

import java.util.function.Supplier;
import org.scholion.store.ProjectStore;

/**
 * Opens the search index on first need, not with the project: checking (and if need be rebuilding)
 * the index costs time that commands like `info` or `codings` should not pay.
 */
final class IndexHolder implements Supplier<SearchIndex>, AutoCloseable {

    private final ProjectStore store;
    private SearchIndex index;

    IndexHolder(ProjectStore store) {
        this.store = store;
    }

    @Override
    public synchronized SearchIndex get() {
        if (index == null) {
            index = SearchIndex.open(store, store.layout().index());
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
