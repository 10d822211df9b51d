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
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Counts the match spans of a query straight from the postings, one pass per segment, when the
 * query is made of words, word patterns ({@code negotiat*}) and phrases joined by AND, OR and NOT:
 * the commonest and broadest queries. For such a query, what the Matches API reports in
 * a passage is every occurrence of each word, of each word the pattern expands to, and of each
 * phrase; reading those from the postings, passage by passage in increasing order, gives the same
 * spans. The Matches API looks every word up again for each passage, and expands a pattern again
 * for each passage; for a word in 20,000 passages that was most of the query's time, and it made
 * a wildcard ten times slower than a word. Proximity phrases of distinct words ({@code "a b"~5})
 * are walked as Lucene's sloppy matcher walks them ({@link SloppyPhraseOccurrences}). Proximity
 * phrases repeating a word, fuzzy words and compounds searched as phrase graphs are left to the
 * Matches API ({@link #of} is empty for them).
 */
final class PostingsMatchCounter {

    /**
     * A pattern expanding to more words than this in one segment is counted there through the
     * Matches API: each word's postings hold buffers, and {@code *} would expand to every word of
     * the corpus at once.
     */
    static final int MAX_EXPANSION = 1024;

    private final List<Term> terms;
    private final List<MultiTermQuery> patterns;
    private final List<PhraseQuery> phrases;
    private final List<PhraseQuery> proximities;

    private PostingsMatchCounter(Parts parts) {
        this.terms = List.copyOf(parts.terms);
        this.patterns = List.copyOf(parts.patterns);
        this.phrases = List.copyOf(parts.phrases);
        this.proximities = List.copyOf(parts.proximities);
    }

    /** A counter for a query of {@link MatchesQuery}'s form, when every part of it can be read from the postings. */
    static Optional<PostingsMatchCounter> of(Query matchQuery) {
        Parts parts = new Parts();
        return parts.collect(matchQuery) && !parts.isEmpty()
                ? Optional.of(new PostingsMatchCounter(parts)) : Optional.empty();
    }

    /**
     * The counting state for one segment; documents must be asked for in increasing order. Empty
     * when a pattern expands too far there (the caller then counts that segment another way).
     */
    Optional<Segment> segment(LeafReaderContext leaf) throws IOException {
        WordOccurrences words = new WordOccurrences();
        for (Term term : terms) {
            TermsEnum dictionary = dictionary(leaf, term.field());
            if (dictionary != null && dictionary.seekExact(term.bytes())) {
                words.add(dictionary.postings(null, PostingsEnum.OFFSETS));
            }
        }
        for (MultiTermQuery pattern : patterns) {
            Terms field = leaf.reader().terms(pattern.getField());
            if (field == null) {
                continue;
            }
            TermsEnum expansion = pattern.getTermsEnum(field);
            int expanded = 0;
            while (expansion.next() != null) {
                if (++expanded > MAX_EXPANSION) {
                    return Optional.empty();
                }
                words.add(expansion.postings(null, PostingsEnum.OFFSETS));
            }
        }
        List<PhraseOccurrences> inPhrases = new ArrayList<>();
        for (PhraseQuery phrase : phrases) {
            PhraseOccurrences.of(leaf, phrase).ifPresent(inPhrases::add);
        }
        List<SloppyPhraseOccurrences> near = new ArrayList<>();
        for (PhraseQuery phrase : proximities) {
            SloppyPhraseOccurrences.of(leaf, phrase).ifPresent(near::add);
        }
        return Optional.of(new Segment(words, inPhrases, near));
    }

    private static TermsEnum dictionary(LeafReaderContext leaf, String field) throws IOException {
        Terms terms = leaf.reader().terms(field);
        return terms == null ? null : terms.iterator();
    }

    static final class Segment {
        private final WordOccurrences words;
        private final List<PhraseOccurrences> phrases;
        private final List<SloppyPhraseOccurrences> proximities;
        private final OffsetSpans spans = new OffsetSpans();

        private Segment(WordOccurrences words, List<PhraseOccurrences> phrases, List<SloppyPhraseOccurrences> proximities) {
            this.words = words;
            this.phrases = phrases;
            this.proximities = proximities;
        }

        /** How many merged spans the query has in a document, as {@link MatchedPassage#count} says. */
        int count(int leafDoc) throws IOException {
            spans.clear();
            for (PhraseOccurrences phrase : phrases) {
                phrase.spansIn(leafDoc, spans);
            }
            for (SloppyPhraseOccurrences phrase : proximities) {
                phrase.spansIn(leafDoc, spans);
            }
            List<PostingsEnum> present = words.in(leafDoc);
            if (present.size() == 1 && spans.isEmpty()) {
                // One word's occurrences are tokens at different places, which never overlap: no
                // offsets to read. This is the commonest case (a query of one word), and the
                // broadest.
                return present.getFirst().freq();
            }
            WordOccurrences.spansOf(present, spans);
            return spans.mergedCount();
        }
    }

    /** What a query is made of, when it is made only of what the postings can count. */
    private static final class Parts {
        final List<Term> terms = new ArrayList<>();
        final List<MultiTermQuery> patterns = new ArrayList<>();
        final List<PhraseQuery> phrases = new ArrayList<>();
        final List<PhraseQuery> proximities = new ArrayList<>();

        boolean isEmpty() {
            return terms.isEmpty() && patterns.isEmpty() && phrases.isEmpty() && proximities.isEmpty();
        }

        boolean collect(Query query) {
            return switch (query) {
                case BooleanQuery bool -> bool.clauses().stream()
                        .allMatch(c -> c.occur() != BooleanClause.Occur.MUST_NOT && collect(c.query()));
                case BoostQuery boost -> collect(boost.getQuery());
                case ConstantScoreQuery constant -> collect(constant.getQuery());
                // Filters with no words of their own: they have no spans to show.
                case MatchAllDocsQuery all -> true;
                case FieldExistsQuery exists -> true;
                case TermQuery term -> term(term.getTerm());
                case SynonymQuery synonyms -> synonyms.getTerms().stream().allMatch(this::term);
                case MultiTermQuery pattern -> pattern(pattern);
                case PhraseQuery phrase -> phrase(phrase);
                default -> false;
            };
        }

        private boolean term(Term term) {
            if (!PassageDocuments.TEXT_FIELDS.contains(term.field())) {
                return false;
            }
            if (!terms.contains(term)) {
                terms.add(term);
            }
            return true;
        }

        /**
         * Only patterns whose every expansion matches: the constant-score rewrites, which the
         * query parser uses. A fuzzy word keeps only its best expansions, which the postings
         * cannot tell.
         */
        private boolean pattern(MultiTermQuery pattern) {
            MultiTermQuery.RewriteMethod rewrite = pattern.getRewriteMethod();
            boolean everyExpansion = rewrite == MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE
                    || rewrite == MultiTermQuery.CONSTANT_SCORE_REWRITE
                    || rewrite == MultiTermQuery.CONSTANT_SCORE_BOOLEAN_REWRITE;
            if (!everyExpansion || !PassageDocuments.TEXT_FIELDS.contains(pattern.getField())) {
                return false;
            }
            patterns.add(pattern);
            return true;
        }

        private boolean phrase(PhraseQuery phrase) {
            if (phrase.getTerms().length == 0 || !PassageDocuments.TEXT_FIELDS.contains(phrase.getField())) {
                return false;
            }
            if (phrase.getSlop() == 0) {
                phrases.add(phrase);
                return true;
            }
            if (SloppyPhraseOccurrences.handles(phrase)) {
                proximities.add(phrase);
                return true;
            }
            return false;
        }
    }
}
