package org.scholion.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The occurrences of several words in one segment, read document by document in increasing
 * order. A query's few words are each moved to the document asked; the many words a pattern
 * expands to wait in a queue ordered by the document each stands on, so a document costs only the
 * words it holds (plus a skip for each word passed over).
 */
final class WordOccurrences {

    /** Up to this many words, moving each in turn is cheaper than keeping a queue in order. */
    private static final int FEW = 16;

    private final List<PostingsEnum> all = new ArrayList<>();
    private final PriorityQueue<PostingsEnum> waiting = new PriorityQueue<>(Comparator.comparingInt(PostingsEnum::docID));
    private final List<PostingsEnum> atDocument = new ArrayList<>();
    private boolean queued;

    /** A word's postings, with offsets, not yet moved (standing before the first document). */
    void add(PostingsEnum postings) {
        all.add(postings);
    }

    /**
     * The words occurring in {@code doc}, standing on it (valid until the next call); the
     * documents asked must increase.
     */
    List<PostingsEnum> in(int doc) throws IOException {
        atDocument.clear();
        if (all.size() <= FEW) {
            for (PostingsEnum word : all) {
                int at = word.docID();
                if (at < doc) {
                    at = word.advance(doc);
                }
                if (at == doc) {
                    atDocument.add(word);
                }
            }
            return atDocument;
        }
        return inQueued(doc);
    }

    private List<PostingsEnum> inQueued(int doc) throws IOException {
        if (!queued) {
            waiting.addAll(all);
            queued = true;
        }
        while (!waiting.isEmpty() && waiting.peek().docID() < doc) {
            PostingsEnum behind = waiting.poll();
            if (behind.advance(doc) != DocIdSetIterator.NO_MORE_DOCS) {
                waiting.add(behind);
            }
        }
        while (!waiting.isEmpty() && waiting.peek().docID() == doc) {
            atDocument.add(waiting.poll());
        }
        // Back in the queue at once, still standing on doc: the next call moves them on.
        waiting.addAll(atDocument);
        return atDocument;
    }

    /** Adds the [start, end) character offsets of each occurrence of the words {@link #in} returned. */
    static void spansOf(List<PostingsEnum> words, OffsetSpans spans) throws IOException {
        for (PostingsEnum word : words) {
            for (int i = word.freq(); i > 0; i--) {
                word.nextPosition();
                spans.add(word.startOffset(), word.endOffset());
            }
        }
    }
}
