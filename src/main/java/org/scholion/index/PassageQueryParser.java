package org.scholion.index;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.scholion.codebook.CodePath;
import org.scholion.source.SourceType;

/**
 * Scholion's query language on Lucene's classic syntax, for one language's text field. A word
 * without a field searches the passage text ({@code text:} may be written); the metadata fields
 * are {@code type:}, {@code year:} (a year or a range), {@code language:}, {@code source:} (an id)
 * and {@code code:} (a code path; a code finds its sub-codes too). Any other field is an error
 * rather than a silent empty result.
 *
 * <p>Words are ANDed: a researcher adds a word to narrow a search, as in a web search engine;
 * {@code OR} and {@code NOT} are written out. A query word that the analysis splits ("peace-keeping",
 * "U.S.-Russian") is searched as a phrase, not as loose words.
 */
final class PassageQueryParser extends QueryParser {

    static final String TEXT = "text";
    static final List<String> FIELDS = List.of(TEXT, "type", "year", "language", "source", "code");

    private final String textField;

    PassageQueryParser(String textField, Analyzer queryAnalyzer) {
        super(TEXT, queryAnalyzer);
        this.textField = textField;
        setDefaultOperator(Operator.AND);
        setSplitOnWhitespace(true);
        setAutoGeneratePhraseQueries(true);
        setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        setAllowLeadingWildcard(true);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        return switch (field) {
            case TEXT -> super.getFieldQuery(textField, queryText, quoted);
            case "type" -> new TermQuery(new Term(PassageDocuments.TYPE, sourceType(queryText)));
            case "year" -> IntPoint.newExactQuery(PassageDocuments.YEAR, year(queryText));
            case "language" -> new TermQuery(new Term(PassageDocuments.LANGUAGE, queryText.strip().toLowerCase(Locale.ROOT)));
            case "source" -> new TermQuery(new Term(PassageDocuments.SOURCE, Long.toString(sourceId(queryText))));
            case "code" -> new TermQuery(new Term(PassageDocuments.CODE, codeTerm(queryText)));
            default -> throw unknownField(field);
        };
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (TEXT.equals(field)) {
            // Through QueryBuilder, so that the slop also reaches the phrases built for a compound.
            return createPhraseQuery(textField, queryText, slop);
        }
        return getFieldQuery(field, queryText, true);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        if (!"year".equals(field)) {
            throw new FieldProblem(field, "a range [a TO b] works only on year:");
        }
        int low = part1 == null ? Integer.MIN_VALUE : year(part1);
        int high = part2 == null ? Integer.MAX_VALUE : year(part2);
        low = startInclusive || low == Integer.MAX_VALUE ? low : low + 1;
        high = endInclusive || high == Integer.MIN_VALUE ? high : high - 1;
        return IntPoint.newRangeQuery(PassageDocuments.YEAR, low, high);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return switch (field) {
            case TEXT -> super.getWildcardQuery(textField, termStr);
            case "code", "type", "language" -> new WildcardQuery(new Term(
                    "code".equals(field) ? PassageDocuments.CODE : field, termStr.toLowerCase(Locale.ROOT)));
            default -> throw FIELDS.contains(field) ? noPattern(field) : unknownField(field);
        };
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return switch (field) {
            case TEXT -> super.getPrefixQuery(textField, termStr);
            case "code", "type", "language" -> new PrefixQuery(new Term(
                    "code".equals(field) ? PassageDocuments.CODE : field, termStr.toLowerCase(Locale.ROOT)));
            default -> throw FIELDS.contains(field) ? noPattern(field) : unknownField(field);
        };
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        if (!TEXT.equals(field)) {
            throw FIELDS.contains(field) ? noPattern(field) : unknownField(field);
        }
        return super.getRegexpQuery(textField, termStr);
    }

    /**
     * A fuzzy term is compared with the indexed stems, so it is stemmed first ("peacekeping~"
     * becomes "peacekep", one edit from "peacekeep"); a term the analysis splits stays as typed.
     */
    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        if (!TEXT.equals(field)) {
            throw FIELDS.contains(field) ? noPattern(field) : unknownField(field);
        }
        String analysed = singleToken(termStr);
        if (analysed == null) {
            return super.getFuzzyQuery(textField, termStr, minSimilarity);
        }
        int edits = minSimilarity >= 1 ? (int) minSimilarity : FuzzyQuery.defaultMaxEdits;
        return new FuzzyQuery(new Term(textField, analysed), Math.min(edits, FuzzyQuery.defaultMaxEdits),
                getFuzzyPrefixLength());
    }

    private String singleToken(String text) {
        try (TokenStream stream = getAnalyzer().tokenStream(textField, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String first = stream.incrementToken() ? term.toString() : null;
            boolean more = stream.incrementToken();
            stream.end();
            return more ? null : first;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String sourceType(String word) throws FieldProblem {
        try {
            return SourceType.fromWord(word).word();
        } catch (IllegalArgumentException e) {
            throw new FieldProblem("type", e.getMessage());
        }
    }

    private static int year(String text) throws FieldProblem {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new FieldProblem("year", "'" + text + "' is not a year (write year:2008 or year:[2008 TO 2021])");
        }
    }

    private static long sourceId(String text) throws FieldProblem {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new FieldProblem("source", "'" + text + "' is not a source id (write source:3)");
        }
    }

    private static String codeTerm(String text) throws FieldProblem {
        try {
            return Passage.codeTerm(CodePath.parse(text));
        } catch (IllegalArgumentException e) {
            throw new FieldProblem("code", e.getMessage() + " (quote a path: code:\"Parent/Child\")");
        }
    }

    private static FieldProblem unknownField(String field) {
        return new FieldProblem(field, "unknown field '" + field + "' (fields: "
                + FIELDS.stream().map(name -> name + ":").collect(Collectors.joining(" ")) + ")");
    }

    private static FieldProblem noPattern(String field) {
        return new FieldProblem(field, "wildcards and fuzzy terms work only on text, code:, type: and language:"
                + (Arrays.asList("year", "source").contains(field) ? " (" + field + ": takes a number)" : ""));
    }

    /** A problem with a field's value; the field name lets the message point at its column. */
    static final class FieldProblem extends ParseException {
        private static final long serialVersionUID = 1L;
        final String field;

        FieldProblem(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
