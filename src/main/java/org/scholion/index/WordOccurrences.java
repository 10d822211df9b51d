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
 * order. The words' postings wait in a queue ordered by the document each stands on, so a
 * document costs only the words it holds (plus a skip for each word passed over), however many
 * words a pattern expanded to.
 */
final class WordOccurrences {

    private final PriorityQueue<PostingsEnum> waiting = new PriorityQueue<>(Comparator.comparingInt(PostingsEnum::docID));
    private final List<PostingsEnum> atDocument = new ArrayList<>();

    /** A word's postings, with offsets, not yet moved (standing before the first document). */
    void add(PostingsEnum postings) {
        waiting.add(postings);
    }

    /**
     * The words occurring in {@code doc}, standing on it (valid until the next call); the
     * documents asked must increase.
     */
    List<PostingsEnum> in(int doc) throws IOException {
        for (PostingsEnum word : atDocument) {
            if (word.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                waiting.add(word);
            }
        }
        atDocument.clear();
        while (!waiting.isEmpty() && waiting.peek().docID() < doc) {
            PostingsEnum behind = waiting.poll();
            if (behind.advance(doc) != DocIdSetIterator.NO_MORE_DOCS) {
                waiting.add(behind);
            }
        }
        while (!waiting.isEmpty() && waiting.peek().docID() == doc) {
            atDocument.add(waiting.poll());
        }
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
