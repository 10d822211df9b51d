package org.scholion.index;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;

/**
 * The occurrences of one proximity phrase ({@code "NATO enlargement"~5}) of distinct words in one
 * segment, read document by document in increasing order. They must be the places Lucene's sloppy
 * phrase matcher reports through the Matches API, which shows the hits, or the totals would not
 * add up to what the hits show; so this walks the words the way that matcher does: each word
 * stands at its position less its place in the phrase, the word furthest behind moves on, and a
 * match is reported when the spread of the words, kept as small as the walk allows, is within the
 * slop. Its span runs from the earliest of the words to the latest.
 */
final class SloppyPhraseOccurrences {

    private final PostingsEnum[] words;
    private final int[] relative;
    private final int slop;
    /** Per word, in the current document: occurrences not yet read, and where the last one read stands. */
    private final int[] left;
    private final int[] position;
    private final int[] start;
    private final int[] end;
    private final PriorityQueue<Integer> behind;
    private int furthest;
    private int leadWord;
    private int leadStart;
    private int leadEnd;
    private boolean positioned;

    private SloppyPhraseOccurrences(PostingsEnum[] words, int[] relative, int slop) {
        this.words = words;
        this.relative = relative;
        this.slop = slop;
        int n = words.length;
        this.left = new int[n];
        this.position = new int[n];
        this.start = new int[n];
        this.end = new int[n];
        // The matcher's order: by phrase position, then by place in the phrase, then by word.
        this.behind = new PriorityQueue<>(n, Comparator.<Integer>comparingInt(i -> position[i])
                .thenComparingInt(i -> relative[i]).thenComparingInt(i -> i));
    }

    /** Whether a phrase can be counted here: sloppy, and no word twice (repeats move in groups, which is not done here). */
    static boolean handles(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        return phrase.getSlop() > 0 && terms.length > 1 && new HashSet<>(List.of(terms)).size() == terms.length;
    }

    /** Empty when a word of the phrase is not in the segment: the phrase cannot occur there. */
    static Optional<SloppyPhraseOccurrences> of(LeafReaderContext leaf, PhraseQuery phrase) throws IOException {
        return PhraseOccurrences.wordsOf(leaf, phrase)
                .map(words -> new SloppyPhraseOccurrences(words, phrase.getPositions(), phrase.getSlop()));
    }

    /** Adds the [start, end) character offsets of every match of the phrase in {@code doc}; the documents asked must increase. */
    void spansIn(int doc, OffsetSpans spans) throws IOException {
        for (PostingsEnum word : words) {
            if (word.docID() < doc) {
                word.advance(doc);
            }
            if (word.docID() != doc) {
                return;
            }
        }
        behind.clear();
        furthest = Integer.MIN_VALUE;
        for (int i = 0; i < words.length; i++) {
            left[i] = words[i].freq();
            moveOn(i);
            behind.add(i);
        }
        positioned = true;
        while (nextMatch()) {
            spans.add(matchStart(), matchEnd());
        }
    }

    private boolean nextMatch() throws IOException {
        if (!positioned) {
            return false;
        }
        int word = behind.poll();
        lead(word);
        int spread = furthest - position[word];
        int next = position[behind.peek()];
        while (moveOn(word)) {
            if (position[word] > next) {
                behind.add(word);
                if (spread <= slop) {
                    return true;
                }
                word = behind.poll();
                next = position[behind.peek()];
                spread = furthest - position[word];
            } else {
                spread = Math.min(spread, furthest - position[word]);
            }
            lead(word);
        }
        positioned = false;
        return spread <= slop;
    }

    /** Reads a word's next occurrence; false when it has none left (it then stays where it was). */
    private boolean moveOn(int word) throws IOException {
        if (left[word] == 0) {
            return false;
        }
        left[word]--;
        PostingsEnum postings = words[word];
        position[word] = postings.nextPosition() - relative[word];
        start[word] = postings.startOffset();
        end[word] = postings.endOffset();
        furthest = Math.max(furthest, position[word]);
        return true;
    }

    /** The word furthest behind is kept before it moves on: it starts the match. */
    private void lead(int word) {
        leadWord = word;
        leadStart = start[word];
        leadEnd = end[word];
    }

    private int matchStart() {
        int first = leadStart;
        for (int i = 0; i < words.length; i++) {
            first = Math.min(first, start[i]);
        }
        return first;
    }

    private int matchEnd() {
        int last = leadEnd;
        for (int i = 0; i < words.length; i++) {
            if (i != leadWord) {
                last = Math.max(last, end[i]);
            }
        }
        return last;
    }
}
