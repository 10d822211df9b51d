package org.scholion.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.index.IndexStatus;
import org.scholion.index.IndexedSource;
import org.scholion.index.PassageIndex;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.store.ProjectStore;

/**
 * Keeps the project's Lucene index in step with the store. The store is the truth: when the index
 * is missing, damaged, of an old schema, or an update of it fails, it is rebuilt from the store.
 */
final class SearchIndex implements AutoCloseable {

    private final ProjectStore store;
    private final PassageIndex index;
    private final IndexStatus openedAs;
    private final StaleIndexMarker marker;
    private boolean stale;
    private boolean batch;
    /** Coding updates searchable but not yet committed; the stale marker is on disk meanwhile. */
    private boolean uncommitted;
    private long lastCommit = System.nanoTime();
    /** How long coding updates may wait for their commit: what a crash costs is a rebuild, not a coding. */
    private static final long COMMIT_INTERVAL_NANOS = 30_000_000_000L;

    private SearchIndex(ProjectStore store, PassageIndex index, IndexStatus openedAs, StaleIndexMarker marker) {
        this.store = store;
        this.index = index;
        this.openedAs = openedAs;
        this.marker = marker;
        this.stale = openedAs.needsRebuild();
    }

    /**
     * Opens the index and, if it is missing, damaged, of another schema, or was left stale by a
     * failed update, rebuilds it from the store at once.
     */
    static SearchIndex open(ProjectStore store, Path dir, StaleIndexMarker marker) {
        PassageIndex index;
        try {
            index = PassageIndex.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir + ": " + e.getMessage(), e);
        }
        IndexStatus status = index.status();
        if (!status.needsRebuild() && marker.isSet()) {
            status = new IndexStatus(IndexStatus.State.CORRUPT,
                    "the index fell behind the store (an update failed, or Scholion stopped before saving it)");
        }
        SearchIndex searchIndex = new SearchIndex(store, index, status, marker);
        if (status.needsRebuild()) {
            try {
                searchIndex.rebuild(done -> { });
            } catch (RuntimeException e) {
                searchIndex.close();
                throw e;
            }
        }
        return searchIndex;
    }

    /** How the index was found when the project was opened (READY, or why it had to be rebuilt). */
    IndexStatus openedAs() {
        return openedAs;
    }

    /** The index, rebuilt from the store first if it is not known to be current. */
    PassageIndex current() {
        if (stale) {
            rebuild(count -> { });
        }
        return index;
    }

    /** Rebuilds the whole index from the store; reports each source done. */
    synchronized int rebuild(Consumer<Integer> progress) {
        List<Source> sources = store.sources().list();
        List<IndexedSource> all = new ArrayList<>(sources.size());
        Codebook codebook = store.codes().codebook();
        Map<SourceId, List<Coding>> codings = codingsBySource();
        for (Source source : sources) {
            all.add(indexed(source, codebook, codings.getOrDefault(source.id(), List.of())));
            progress.accept(all.size());
        }
        try {
            index.rebuild(all);
            stale = false;
            marker.clear();
            uncommitted = false;
            lastCommit = System.nanoTime();
            return all.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the search index: " + e.getMessage(), e);
        }
    }

    void sourceAdded(SourceId id) {
        IndexedSource source = indexed(store.sources().get(id), store.codes().codebook(),
                store.codings().list(new CodingFilter(null, java.util.Set.of(id), null)));
        update(() -> {
            if (batch) {
                index.addUncommitted(source);
            } else {
                index.add(source);
                if (!uncommitted) {
                    marker.clear();
                }
            }
        });
    }

    /**
     * Starts a batch (an import): sources are added without a commit each, and the index counts as
     * stale on disk until {@link #endBatch} commits, so a crash in between ends in a rebuild.
     */
    synchronized void beginBatch() {
        // Without the marker a crash could go unnoticed: then each source is committed instead.
        batch = marker.set("an import was under way");
    }

    synchronized void endBatch() {
        if (!batch) {
            return;
        }
        batch = false;
        update(this::commitPending);
    }

    /** The codes on a source's passages changed (a coding added, moved, removed, or a code renamed). */
    void codingsChanged(Collection<SourceId> sources) {
        if (sources.isEmpty()) {
            return;
        }
        update(() -> {
            markUncommitted();
            Codebook codebook = store.codes().codebook();
            index.updatingMany(() -> {
                for (SourceId id : sources) {
                    index.updateCodings(id, codedSpans(codebook,
                            store.codings().list(new CodingFilter(null, java.util.Set.of(id), null))));
                }
            });
            if (System.nanoTime() - lastCommit > COMMIT_INTERVAL_NANOS) {
                commitPending();
            }
        });
    }

    /** Many sources' codings changed at once (an auto-coding, a merge): one reader refresh for all. */
    void codingsChanged(Collection<SourceId> whole, Map<SourceId, List<org.scholion.source.Span>> places) {
        update(() -> index.updatingMany(() -> {
            codingsChanged(whole);
            places.forEach(this::codingsChangedAt);
        }));
    }

    /** Codings changed at these places of a source: the passages there get their codes updated. */
    void codingsChangedAt(SourceId source, List<org.scholion.source.Span> places) {
        if (places.isEmpty()) {
            return;
        }
        update(() -> {
            markUncommitted();
            int from = places.stream().mapToInt(org.scholion.source.Span::start).min().orElseThrow();
            int to = places.stream().mapToInt(org.scholion.source.Span::end).max().orElseThrow();
            org.scholion.source.Span region = new org.scholion.source.Span(from, to);
            List<org.scholion.source.Span> passages = index.passagesOverlapping(source, region);
            if (!passages.isEmpty()) {
                org.scholion.source.Span extent = new org.scholion.source.Span(passages.getFirst().start(),
                        passages.getLast().end());
                index.updateCodingsIn(source, region,
                        codedSpans(store.codes().codebook(), store.codings().overlapping(source, extent)));
            }
            if (System.nanoTime() - lastCommit > COMMIT_INTERVAL_NANOS) {
                commitPending();
            }
        });
    }

    /**
     * Before the first uncommitted change, the marker goes on disk: a process that dies before the
     * commit leaves it, and the next open rebuilds the index from the store, which has every coding.
     */
    private void markUncommitted() throws IOException {
        if (!uncommitted) {
            if (!marker.set("coding updates not yet committed to the index")) {
                throw new IOException("cannot write the marker " + "index.stale" + " beside the index");
            }
            uncommitted = true;
        }
    }

    private void commitPending() throws IOException {
        index.commit();
        lastCommit = System.nanoTime();
        uncommitted = false;
        if (!batch) {
            marker.clear();
        }
    }

    /** A change of code names or places: every coded source's code paths may have changed. */
    void codebookChanged() {
        codingsChanged(store.codings().countsBySource().keySet());
    }

    private interface IndexUpdate {
        void run() throws IOException;
    }

    private synchronized void update(IndexUpdate update) {
        if (stale) {
            return; // the next search rebuilds it anyway
        }
        try {
            update.run();
        } catch (IOException | RuntimeException e) {
            // The store already holds the change; the index is derived and will be rebuilt from it.
            stale = true;
            // If even the marker cannot be written, this session still rebuilds before its next search.
            marker.set(String.valueOf(e.getMessage()));
        }
    }

    private Map<SourceId, List<Coding>> codingsBySource() {
        Map<SourceId, List<Coding>> bySource = new java.util.HashMap<>();
        for (Coding coding : store.codings().list(CodingFilter.ALL)) {
            bySource.computeIfAbsent(coding.source(), k -> new ArrayList<>()).add(coding);
        }
        return bySource;
    }

    private IndexedSource indexed(Source source, Codebook codebook, List<Coding> codings) {
        return new IndexedSource(source.id(), source.title(), source.metadata().type(),
                source.metadata().date() == null ? null : source.metadata().date().year(), source.metadata().language(),
                store.sources().text(source.id()), store.sources().pageMap(source.id()), codedSpans(codebook, codings));
    }

    private static List<IndexedSource.CodedSpan> codedSpans(Codebook codebook, List<Coding> codings) {
        return codings.stream()
                .map(c -> new IndexedSource.CodedSpan(c.span(), codebook.pathOf(c.code()).toString()))
                .toList();
    }

    @Override
    public synchronized void close() {
        try {
            if (uncommitted && !stale) {
                commitPending();
            } else if (!stale && !batch) {
                marker.clear(); // put down for a change that needed no index update, or one committed at once
            }
        } catch (IOException | RuntimeException e) {
            // The marker stays: the next open rebuilds the index from the store.
        }
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
        }
    }
}
