package org.scholion.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Counts the match spans of a query made of words only (terms joined by AND, OR and NOT, the
 * commonest and broadest queries) straight from the postings, one pass per segment. For such a
 * query, what the Matches API reports in a passage is every occurrence of each of its words that
 * the passage holds, so reading the offsets of those words, passage by passage in increasing
 * order, gives the same spans. The Matches API looks every word up again for each passage; for a
 * word in 20,000 passages that was most of the query's time. Queries with phrases, proximity or
 * wildcards are left to the Matches API ({@link #of} is empty for them).
 */
final class PostingsMatchCounter {

    private final List<Term> terms;

    private PostingsMatchCounter(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    /** A counter for a query of {@link MatchesQuery}'s form, when it is made of words only. */
    static Optional<PostingsMatchCounter> of(Query matchQuery) {
        List<Term> terms = new ArrayList<>();
        return collect(matchQuery, terms) && !terms.isEmpty()
                ? Optional.of(new PostingsMatchCounter(terms)) : Optional.empty();
    }

    private static boolean collect(Query query, List<Term> terms) {
        return switch (query) {
            case BooleanQuery bool -> bool.clauses().stream()
                    .allMatch(c -> c.occur() != BooleanClause.Occur.MUST_NOT && collect(c.query(), terms));
            case BoostQuery boost -> collect(boost.getQuery(), terms);
            case ConstantScoreQuery constant -> collect(constant.getQuery(), terms);
            // Filters with no words of their own: they have no spans to show.
            case MatchAllDocsQuery all -> true;
            case FieldExistsQuery exists -> true;
            case TermQuery term -> textTerm(term.getTerm(), terms);
            case SynonymQuery synonyms -> synonyms.getTerms().stream().allMatch(t -> textTerm(t, terms));
            default -> false;
        };
    }

    private static boolean textTerm(Term term, List<Term> terms) {
        if (!PassageDocuments.TEXT_FIELDS.contains(term.field())) {
            return false;
        }
        if (!terms.contains(term)) {
            terms.add(term);
        }
        return true;
    }

    /** The counting state for one segment; documents must be asked for in increasing order. */
    Segment segment(LeafReaderContext leaf) throws IOException {
        List<PostingsEnum> postings = new ArrayList<>();
        for (Term term : terms) {
            Terms field = leaf.reader().terms(term.field());
            if (field == null) {
                continue;
            }
            TermsEnum words = field.iterator();
            if (words.seekExact(term.bytes())) {
                postings.add(words.postings(null, PostingsEnum.OFFSETS));
            }
        }
        return new Segment(postings);
    }

    static final class Segment {
        private final List<PostingsEnum> postings;
        private final List<int[]> spans = new ArrayList<>();

        private Segment(List<PostingsEnum> postings) {
            this.postings = postings;
        }

        /** How many merged spans the words have in a document, as {@link MatchedPassage#count} says. */
        int count(int leafDoc) throws IOException {
            spans.clear();
            for (PostingsEnum word : postings) {
                int at = word.docID();
                if (at < leafDoc) {
                    at = word.advance(leafDoc);
                }
                if (at != leafDoc || at == DocIdSetIterator.NO_MORE_DOCS) {
                    continue;
                }
                for (int i = word.freq(); i > 0; i--) {
                    word.nextPosition();
                    int start = word.startOffset();
                    int end = word.endOffset();
                    if (start >= 0 && end > start) {
                        spans.add(new int[] {start, end});
                    }
                }
            }
            return MatchedPassage.merged(spans).size();
        }
    }
}
