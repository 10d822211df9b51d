package org.scholion.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Weight;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;

/** A passage that matched, with the exact spans of what matched in it. */
record MatchedPassage(Passage passage, float score, List<Span> matches) {

    /**
     * The match spans of one document, from Lucene's Matches API: the offsets indexed with each
     * term give, per matched term or phrase, where it starts and ends in the passage text (in
     * UTF-16 chars, because that is what the analysis chain counts); these are turned into code
     * points of the source. A phrase is one span from its first word to its last. Overlapping
     * spans (a phrase and a word in it, or the two readings of "peace-keeping") become one.
     */
    static MatchedPassage of(Passage passage, float score, Weight weight, LeafReaderContext leaf, int leafDoc)
            throws IOException {
        return new MatchedPassage(passage, score, toSourceSpans(passage, merged(charSpans(weight, leaf, leafDoc))));
    }

    /**
     * How many spans {@link #of} would report for a document, without loading its stored text:
     * merging is the same in UTF-16 and in code points, so the count is too.
     */
    static int count(Weight weight, LeafReaderContext leaf, int leafDoc) throws IOException {
        return merged(charSpans(weight, leaf, leafDoc)).size();
    }

    private static List<int[]> charSpans(Weight weight, LeafReaderContext leaf, int leafDoc) throws IOException {
        Matches matches = weight.matches(leaf, leafDoc);
        List<int[]> charSpans = new ArrayList<>();
        if (matches != null) {
            for (String field : matches) {
                if (!PassageDocuments.TEXT_FIELDS.contains(field)) {
                    continue;
                }
                MatchesIterator iterator = matches.getMatches(field);
                while (iterator != null && iterator.next()) {
                    int start = iterator.startOffset();
                    int end = iterator.endOffset();
                    if (start >= 0 && end > start) {
                        charSpans.add(new int[] {start, end});
                    }
                }
            }
        }
        return charSpans;
    }

    /** Sorted, with overlapping spans joined into one. */
    static List<int[]> merged(List<int[]> spans) {
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            int[] last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && span[0] < last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(span.clone());
            }
        }
        return merged;
    }

    private static List<Span> toSourceSpans(Passage passage, List<int[]> charSpans) {
        TextOffsets local = TextOffsets.of(passage.text());
        int base = passage.span().start();
        List<Span> spans = new ArrayList<>(charSpans.size());
        for (int[] span : charSpans) {
            spans.add(new Span(base + local.toCodePoint(span[0]), base + local.toCodePoint(span[1])));
        }
        return spans;
    }
}
