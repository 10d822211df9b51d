package org.scholion.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.PhraseQuery;

/**
 * The occurrences of one exact phrase in one segment, read document by document in increasing
 * order: a place where every word stands at its position relative to the others. Its span runs
 * from the start of the word at the phrase's first position to the end of the word at its last,
 * as Lucene's exact phrase matcher reports it.
 */
final class PhraseOccurrences {

    private final PostingsEnum[] words;
    /** Each word's position within the phrase (gaps where stop words were left out). */
    private final int[] relative;
    private final int first;
    private final int last;
    private final int[][] positions;
    private final int[][] starts;
    private final int[][] ends;

    private PhraseOccurrences(PostingsEnum[] words, int[] relative) {
        this.words = words;
        this.relative = relative;
        int firstAt = 0;
        int lastAt = 0;
        for (int i = 1; i < relative.length; i++) {
            firstAt = relative[i] < relative[firstAt] ? i : firstAt;
            lastAt = relative[i] >= relative[lastAt] ? i : lastAt;
        }
        this.first = firstAt;
        this.last = lastAt;
        this.positions = new int[words.length][];
        this.starts = new int[words.length][];
        this.ends = new int[words.length][];
    }

    /** Empty when a word of the phrase is not in the segment: the phrase cannot occur there. */
    static Optional<PhraseOccurrences> of(LeafReaderContext leaf, PhraseQuery phrase) throws IOException {
        return wordsOf(leaf, phrase).map(words -> new PhraseOccurrences(words, phrase.getPositions()));
    }

    /** Each word's postings with offsets, in the phrase's order; empty when one is not in the segment. */
    static Optional<PostingsEnum[]> wordsOf(LeafReaderContext leaf, PhraseQuery phrase) throws IOException {
        Terms field = leaf.reader().terms(phrase.getField());
        if (field == null) {
            return Optional.empty();
        }
        Term[] terms = phrase.getTerms();
        PostingsEnum[] words = new PostingsEnum[terms.length];
        for (int i = 0; i < terms.length; i++) {
            TermsEnum dictionary = field.iterator();
            if (!dictionary.seekExact(terms[i].bytes())) {
                return Optional.empty();
            }
            words[i] = dictionary.postings(null, PostingsEnum.OFFSETS);
        }
        return Optional.of(words);
    }

    /** Adds the [start, end) character offsets of every occurrence of the phrase in {@code doc}; the documents asked must increase. */
    void spansIn(int doc, OffsetSpans spans) throws IOException {
        for (int i = 0; i < words.length; i++) {
            PostingsEnum word = words[i];
            if (word.docID() < doc) {
                word.advance(doc);
            }
            if (word.docID() != doc) {
                return;
            }
        }
        for (int i = 0; i < words.length; i++) {
            read(i);
        }
        int[] leads = positions[0];
        for (int at = 0; at < leads.length; at++) {
            int phraseStart = leads[at] - relative[0];
            if (everyWordInPlace(phraseStart)) {
                spans.add(offset(starts, first, phraseStart), offset(ends, last, phraseStart));
            }
        }
    }

    private void read(int i) throws IOException {
        PostingsEnum word = words[i];
        int freq = word.freq();
        int[] p = new int[freq];
        int[] s = new int[freq];
        int[] e = new int[freq];
        for (int k = 0; k < freq; k++) {
            p[k] = word.nextPosition();
            s[k] = word.startOffset();
            e[k] = word.endOffset();
        }
        positions[i] = p;
        starts[i] = s;
        ends[i] = e;
    }

    private boolean everyWordInPlace(int phraseStart) {
        for (int i = 1; i < words.length; i++) {
            if (Arrays.binarySearch(positions[i], phraseStart + relative[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    private int offset(int[][] offsets, int word, int phraseStart) {
        return offsets[word][Arrays.binarySearch(positions[word], phraseStart + relative[word])];
    }
}
