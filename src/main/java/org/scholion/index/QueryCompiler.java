package org.scholion.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what the researcher typed into one Lucene query over passages of every language.
 *
 * <p>Each passage's text sits in the field of its language, analysed the way of that language
 * (stop words differ: "and" is dropped from English, kept elsewhere). So the query is parsed once
 * per language field, each reading analysed as that language, and the readings are ORed; a passage
 * can only match the reading of its own field. Parsing per term instead would demand that an
 * English passage contain "and" because the Russian reading keeps it.
 */
final class QueryCompiler {

    private static final Pattern CURLY_QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F\u00AB\u00BB]");
    private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)\\.\\s*(.*)");

    private final Analyzer queryAnalyzer = new PerFieldAnalyzerWrapper(
            new TextAnalyzer(TextAnalyzer.Chain.STANDARD, false),
            Map.of(PassageDocuments.TEXT_EN, new TextAnalyzer(TextAnalyzer.Chain.ENGLISH, false),
                    PassageDocuments.TEXT_RU, new TextAnalyzer(TextAnalyzer.Chain.RUSSIAN, false)));

    Query compile(String query) throws QuerySyntaxException {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException("the query is empty", 0);
        }
        // Pasted text brings typographic quotes; they delimit a phrase as straight ones do (one
        // char for one, so columns in messages stay right).
        String typed = CURLY_QUOTES.matcher(query).replaceAll("\"");
        BooleanQuery.Builder readings = new BooleanQuery.Builder();
        for (String field : PassageDocuments.TEXT_FIELDS) {
            try {
                Query reading = new PassageQueryParser(field, queryAnalyzer).parse(typed);
                if (reading != null) {
                    readings.add(restricted(reading, field), BooleanClause.Occur.SHOULD);
                }
            } catch (ParseException e) {
                throw explain(e, query);
            }
        }
        return readings.build();
    }

    /**
     * A reading applies to the passages of its own field only; otherwise "NATO -news" read as
     * English would admit every Russian passage, which has no English text to exclude. A reading
     * that only excludes ("-news") starts from all passages of its field.
     */
    private static Query restricted(Query reading, String field) {
        BooleanQuery.Builder restricted = new BooleanQuery.Builder();
        boolean onlyExcludes = reading instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(clause -> clause.occur() == BooleanClause.Occur.MUST_NOT);
        restricted.add(onlyExcludes ? new MatchAllDocsQuery() : reading, BooleanClause.Occur.MUST);
        if (onlyExcludes) {
            for (BooleanClause clause : ((BooleanQuery) reading).clauses()) {
                restricted.add(clause.query(), BooleanClause.Occur.MUST_NOT);
            }
        }
        restricted.add(new FieldExistsQuery(field), BooleanClause.Occur.FILTER);
        return restricted.build();
    }

    /** One line saying where the query went wrong and what would have been right. */
    static QuerySyntaxException explain(ParseException wrapped, String query) {
        // QueryParserBase.parse wraps the parser's exception; the original knows the token.
        Throwable cause = wrapped.getCause() == null ? wrapped : wrapped.getCause();
        if (cause instanceof PassageQueryParser.FieldProblem problem) {
            int at = query.indexOf(problem.field + ":");
            return new QuerySyntaxException(problem.getMessage(), at < 0 ? 0 : at + 1);
        }
        if (cause instanceof ParseException parse && parse.currentToken != null && parse.currentToken.next != null) {
            Token next = parse.currentToken.next;
            boolean atEnd = next.kind == QueryParserConstants.EOF;
            String found = atEnd ? "the query ends" : "unexpected '" + next.image + "'";
            // The classic parser counts columns from 0; the end of the query is just after its last char.
            int column = atEnd ? query.length() + 1 : next.beginColumn + 1;
            return new QuerySyntaxException(found + ", expected " + expected(parse), column);
        }
        if (cause instanceof TokenMgrError lexical) {
            Matcher m = LEXICAL_COLUMN.matcher(oneLine(lexical.getMessage()));
            if (m.find()) {
                if (m.group(2).contains("<EOF>")) {
                    int quote = query.lastIndexOf('"');
                    return new QuerySyntaxException("a quoted phrase is not closed; close the quote",
                            quote < 0 ? query.length() : quote + 1);
                }
                return new QuerySyntaxException("a character that cannot stand here: " + m.group(2),
                        Integer.parseInt(m.group(1)));
            }
        }
        if (cause instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses) {
            return new QuerySyntaxException("the query expands to too many words; make a wildcard more specific", 0);
        }
        return new QuerySyntaxException(oneLine(cause.getMessage()), 0);
    }

    private static String expected(ParseException parse) {
        Set<String> expected = new LinkedHashSet<>();
        if (parse.expectedTokenSequences != null) {
            for (int[] sequence : parse.expectedTokenSequences) {
                if (sequence.length > 0) {
                    expected.add(friendly(sequence[0], parse.tokenImage));
                }
            }
        }
        expected.remove(null);
        List<String> ordered = new ArrayList<>(expected);
        ordered.sort(Comparator.comparingInt(what -> what.startsWith("a word") ? 0 : what.contains("phrase") ? 1 : 2));
        if (ordered.isEmpty()) {
            return "a word or a \"phrase\"";
        }
        String last = ordered.removeLast();
        return ordered.isEmpty() ? last : String.join(", ", ordered) + " or " + last;
    }

    private static String friendly(int kind, String[] images) {
        return switch (kind) {
            case QueryParserConstants.TERM, QueryParserConstants.PREFIXTERM, QueryParserConstants.WILDTERM,
                 QueryParserConstants.REGEXPTERM, QueryParserConstants.NUMBER -> "a word";
            case QueryParserConstants.EOF -> "the end of the query";
            case QueryParserConstants.QUOTED -> "a \"phrase\"";
            case QueryParserConstants.LPAREN -> "'('";
            case QueryParserConstants.RPAREN -> "')'";
            case QueryParserConstants.RANGE_TO -> "TO";
            case QueryParserConstants.RANGEIN_END -> "']'";
            case QueryParserConstants.RANGEEX_END -> "'}'";
            case QueryParserConstants.RANGE_GOOP, QueryParserConstants.RANGE_QUOTED -> "a range bound";
            case QueryParserConstants.BAREOPER, QueryParserConstants.PLUS, QueryParserConstants.MINUS,
                 QueryParserConstants.NOT, QueryParserConstants.AND, QueryParserConstants.OR,
                 QueryParserConstants.CARAT, QueryParserConstants.COLON, QueryParserConstants.STAR, QueryParserConstants.RANGEIN_START,
                 QueryParserConstants.RANGEEX_START, QueryParserConstants.FUZZY_SLOP -> null;
            default -> images[kind];
        };
    }

    static String oneLine(String message) {
        if (message == null) {
            return "the query cannot be read";
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
