package org.scholion.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.scholion.source.SourceId;
import org.scholion.source.Span;

/**
 * The passage index of a project: one Lucene document per paragraph of every source, on disk in
 * the project's {@code index/} folder. Every change is committed at once, together with the
 * schema version, so the index on disk always matches a state of the store or is recognisably
 * not usable ({@link #status()}), in which case the caller rebuilds it from the store.
 *
 * <p>One writer per directory (Lucene's write lock); searches see each change as soon as the
 * method that made it returns.
 */
public final class PassageIndex implements AutoCloseable {

    static final String SCHEMA_KEY = "scholion.index.schema";

    private final Directory directory;
    private final IndexWriter writer;
    private static final int MANY_HITS = 1_000;

    private final SearcherManager searchers;
    /** Inside {@link #updatingMany}: coding updates refresh the reader once, at its end. */
    private boolean deferringRefresh;
    private boolean refreshPending;
    private final QueryCompiler compiler = new QueryCompiler();
    private IndexStatus status;

    private PassageIndex(Directory directory, IndexWriter writer, IndexStatus status) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.status = status;
    }

    /**
     * Opens the index in a directory, creating it if needed. An index that is missing, damaged or
     * of another schema version is replaced by an empty one, and {@link #status()} says so: the
     * caller then calls {@link #rebuild} with every source of the store.
     *
     * @throws LockObtainFailedException if another process has this index open for writing
     */
    public static PassageIndex open(Path indexDir) throws IOException {
        Files.createDirectories(indexDir);
        Directory directory = FSDirectory.open(indexDir);
        try {
            IndexStatus status = IndexInspection.inspect(directory);
            if (status.state() == IndexStatus.State.CORRUPT) {
                IndexInspection.deleteIndexFiles(directory);
            }
            IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer())
                    .setOpenMode(status.needsRebuild() ? IndexWriterConfig.OpenMode.CREATE
                            : IndexWriterConfig.OpenMode.APPEND)
                    .setCommitOnClose(false);
            IndexWriter writer = new IndexWriter(directory, config);
            if (status.needsRebuild()) {
                commit(writer);
            }
            return new PassageIndex(directory, writer, status);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    public synchronized IndexStatus status() {
        return status;
    }

    /** Adds a source's passages, replacing any the index holds for the same source id. */
    public synchronized void add(IndexedSource source) throws IOException {
        addUncommitted(source);
        commitAndRefresh();
    }

    /**
     * Adds (or replaces) a source without committing: for a batch import, which commits once with
     * {@link #commit()} at the end. A commit with fsync per file was nearly half of importing.
     * Until the commit, neither searches nor a crash see the source; the caller marks the index
     * stale meanwhile, so a crash leads to a rebuild.
     */
    public synchronized void addUncommitted(IndexedSource source) throws IOException {
        writer.deleteDocuments(PassageDocuments.sourceTerm(source.id()));
        addPassages(source);
    }

    /** Commits what {@link #addUncommitted} added and makes it searchable. */
    public synchronized void commit() throws IOException {
        commitAndRefresh();
    }

    public synchronized void remove(SourceId source) throws IOException {
        writer.deleteDocuments(PassageDocuments.sourceTerm(source));
        commitAndRefresh();
    }

    /**
     * Brings one source's passages up to date with its current codings, so that {@code code:}
     * finds what is coded now, without committing: searches see the change at once, a crash before
     * the next {@link #commit()} loses it (the caller marks the index stale meanwhile). Only the passages whose codes change are rewritten (a coding touches
     * one or a few paragraphs; rewriting all 1,800 of the thesis took half a second per coding),
     * rebuilt from what the index stores; the source's text is not re-read.
     */
    public synchronized void updateCodings(SourceId source, Collection<IndexedSource.CodedSpan> codings)
            throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            rewriteChanged(searcher, PassageDocuments.passagesOf(searcher, source), span -> true, codings);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The passages of a source that overlap a span, read from the index (without the source's
     * text): the candidates are picked by their start alone, from doc values, so only the few
     * passages concerned are loaded.
     */
    public synchronized List<Span> passagesOverlapping(SourceId source, Span span) throws IOException {
        List<Span> found = new ArrayList<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            for (int doc : PassageDocuments.overlapCandidates(searcher, source, span)) {
                Span passage = PassageDocuments.spanOf(searcher.storedFields().document(doc, PassageDocuments.SPAN_AND_CODES));
                if (passage.overlaps(span)) {
                    found.add(passage);
                }
            }
        } finally {
            searchers.release(searcher);
        }
        found.sort(java.util.Comparator.comparingInt(Span::start));
        return found;
    }

    /**
     * Brings the passages of a source that overlap {@code region} up to date with the codings
     * given, which must include every coding overlapping those passages; uncommitted like
     * {@link #updateCodings}. A single coding touches a few passages: this is what a quick key
     * costs in the index.
     */
    public synchronized void updateCodingsIn(SourceId source, Span region, Collection<IndexedSource.CodedSpan> codings)
            throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            rewriteChanged(searcher, PassageDocuments.overlapCandidates(searcher, source, region), span -> span.overlaps(region),
                    codings);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Rewrites those of the given passages (chosen by their span) whose code terms differ from what
     * the codings give them, from their stored fields. Searchable at once; durable at the next
     * commit, which the caller schedules: a commit syncs every new file to disk, and once per
     * coding that was most of a quick key's cost.
     */
    private void rewriteChanged(IndexSearcher searcher, List<Integer> docs, java.util.function.Predicate<Span> concerned,
                                Collection<IndexedSource.CodedSpan> codings) throws IOException {
        List<Passage> changed = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (int doc : docs) {
            Document codes = stored.document(doc, PassageDocuments.SPAN_AND_CODES);
            Span span = PassageDocuments.spanOf(codes);
            if (concerned.test(span) && !Passage.codeTerms(span, codings).equals(PassageDocuments.codeTermsOf(codes))) {
                changed.add(PassageDocuments.fromStored(stored.document(doc)));
            }
        }
        for (Passage passage : changed) {
            writer.deleteDocuments(PassageDocuments.passageQuery(passage));
            writer.addDocument(PassageDocuments.toDocument(passage, passage.codeTerms(codings)));
        }
        if (!changed.isEmpty()) {
            if (deferringRefresh) {
                refreshPending = true;
            } else {
                searchers.maybeRefreshBlocking();
            }
        }
    }

    /** Work on the index that throws what Lucene throws. */
    @FunctionalInterface
    public interface IndexWork {
        void run() throws IOException;
    }

    /**
     * Runs many coding updates of different sources with one reader refresh at the end instead of
     * one per source: an auto-coding that touches 2,500 sources reopened the reader 2,500 times,
     * nearly all of its 39 s. Inside, an update does not see the updates of other sources before
     * it, which it does not read; searches see them all when this returns.
     */
    public synchronized void updatingMany(IndexWork work) throws IOException {
        if (deferringRefresh) {
            work.run();
            return;
        }
        deferringRefresh = true;
        try {
            work.run();
        } finally {
            deferringRefresh = false;
            if (refreshPending) {
                refreshPending = false;
                searchers.maybeRefreshBlocking();
            }
        }
    }

    /** Replaces the whole index by the given sources, in one commit. */
    public synchronized void rebuild(Iterable<IndexedSource> sources) throws IOException {
        writer.deleteAll();
        for (IndexedSource source : sources) {
            addPassages(source);
        }
        commitAndRefresh();
        status = IndexStatus.ready();
    }

    /** The number of passages in the index. */
    public int documentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    public boolean contains(SourceId source) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(new TermQuery(PassageDocuments.sourceTerm(source))) > 0;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The first {@code limit} passages matching a query, in reading order. */
    public SearchResults search(String query, int limit) throws QuerySyntaxException, IOException {
        return search(query, limit, HitOrder.SOURCE);
    }

    /**
     * The passages matching a query (syntax: {@link PassageQueryParser}), with the totals over all
     * of them and the first {@code limit} as hits in the given order.
     */
    public SearchResults search(String query, int limit, HitOrder order) throws QuerySyntaxException, IOException {
        if (limit < 0) {
            throw new IllegalArgumentException("a limit cannot be negative: " + limit);
        }
        Query compiled = compiler.compile(query);
        IndexSearcher searcher = searchers.acquire();
        try {
            // Stored text is loaded, and spans computed, only for the hits returned; the totals
            // come from the postings alone. Loading every matching passage was 70% of a query.
            // A collector keeps a heap as large as the hits asked for: asking for "all" (an
            // auto-code preview) must not mean a heap of every passage in the index.
            int wanted = limit > MANY_HITS ? Math.max(1, Math.min(limit, searcher.count(compiled))) : Math.max(1, limit);
            TopDocs top = order == HitOrder.SOURCE
                    ? searcher.search(compiled, wanted, PassageDocuments.READING_ORDER, true)
                    : searcher.search(compiled, wanted);
            Weight weight = searcher.createWeight(searcher.rewrite(compiled), ScoreMode.COMPLETE_NO_SCORES, 1f);
            Weight matchWeight = searcher.createWeight(searcher.rewrite(MatchesQuery.of(compiled)),
                    ScoreMode.COMPLETE_NO_SCORES, 1f);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            StoredFields stored = searcher.storedFields();
            List<PassageHit> hits = new ArrayList<>(Math.min(limit, top.scoreDocs.length));
            for (ScoreDoc hit : top.scoreDocs) {
                if (hits.size() == limit) {
                    break;
                }
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                MatchedPassage m = MatchedPassage.of(PassageDocuments.fromStored(stored.document(hit.doc)), hit.score,
                        matchWeight, leaf, hit.doc - leaf.docBase);
                hits.add(new PassageHit(m.passage().source(), m.passage().span(), m.passage().page(), m.score(),
                        m.matches()));
            }
            // Segments are counted in parallel (a Weight serves several threads at once, as in
            // Lucene's own concurrent search): on two cores this halves a broad query's total.
            // The query as parsed, not rewritten: a rewritten pattern no longer says what it expands.
            Optional<PostingsMatchCounter> words = PostingsMatchCounter.of(MatchesQuery.of(compiled));
            int[] totals = leaves.parallelStream().map(leaf -> totalsOf(weight, matchWeight, words, leaf))
                    .reduce(new int[2], (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]});
            return new SearchResults(totals[0], totals[1], hits);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("the query expands to too many words; make a wildcard more specific", 0);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Matching passages and matches in one segment, from the postings alone: read straight from
     * the postings when the query is made of what they can count, else through the Matches API.
     */
    private static int[] totalsOf(Weight weight, Weight matchWeight, Optional<PostingsMatchCounter> words,
            LeafReaderContext leaf) {
        try {
            int passages = 0;
            int matches = 0;
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null) {
                PostingsMatchCounter.Segment counter = words.isPresent() ? words.get().segment(leaf).orElse(null) : null;
                DocIdSetIterator docs = scorer.iterator();
                var live = leaf.reader().getLiveDocs();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        passages++;
                        matches += counter != null ? counter.count(doc) : MatchedPassage.count(matchWeight, leaf, doc);
                    }
                }
            }
            return new int[] {passages, matches};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every match of a query as a keyword-in-context line with {@code width} code points each side. */
    public List<KwicLine> kwic(String query, int width, KwicSort sort) throws QuerySyntaxException, IOException {
        return Kwic.sorted(Kwic.lines(matchAll(compiler.compile(query), HitOrder.SOURCE), width), sort);
    }

    private List<MatchedPassage> matchAll(Query query, HitOrder order) throws IOException, QuerySyntaxException {
        IndexSearcher searcher = searchers.acquire();
        try {
            int count = Math.max(1, searcher.count(query));
            TopDocs top = order == HitOrder.SOURCE
                    ? searcher.search(query, count, PassageDocuments.READING_ORDER, true)
                    : searcher.search(query, count);
            Weight weight = searcher.createWeight(searcher.rewrite(MatchesQuery.of(query)), ScoreMode.COMPLETE_NO_SCORES, 1f);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            StoredFields stored = searcher.storedFields();
            List<MatchedPassage> matched = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                Passage passage = PassageDocuments.fromStored(stored.document(hit.doc));
                matched.add(MatchedPassage.of(passage, hit.score, weight, leaf, hit.doc - leaf.docBase));
            }
            return matched;
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("the query expands to too many words; make a wildcard more specific", 0);
        } finally {
            searchers.release(searcher);
        }
    }

    private void addPassages(IndexedSource source) throws IOException {
        List<Document> documents = new ArrayList<>();
        for (Passage passage : Passage.of(source)) {
            documents.add(PassageDocuments.toDocument(passage, passage.codeTerms(source.codings())));
        }
        writer.addDocuments(documents);
    }

    private void commitAndRefresh() throws IOException {
        commit(writer);
        searchers.maybeRefreshBlocking();
    }

    private static void commit(IndexWriter writer) throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, Integer.toString(PassageDocuments.SCHEMA_VERSION)).entrySet());
        writer.commit();
    }

    static PerFieldAnalyzerWrapper indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(new TextAnalyzer(TextAnalyzer.Chain.STANDARD, true),
                Map.of(PassageDocuments.TEXT_EN, new TextAnalyzer(TextAnalyzer.Chain.ENGLISH, true),
                        PassageDocuments.TEXT_RU, new TextAnalyzer(TextAnalyzer.Chain.RUSSIAN, true)));
    }

    @Override
    public synchronized void close() throws IOException {
        try (directory; writer; searchers) {
            // closes all three, the searchers first
        }
    }
}
