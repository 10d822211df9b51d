package org.scholion.index;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The part of a query that has matches to show: its text clauses. Used only for passages already
 * known to match the whole query, so filters (type, year, code, language, source, which field a
 * reading covers) can stand as "match all" and negations can go. This matters for speed: Lucene
 * works out a year range's "match" in a passage by re-reading the whole segment's years, once per
 * passage, which made a year-filtered query ten times slower than the same query without it.
 */
final class MatchesQuery {

    private MatchesQuery() {
    }

    static Query of(Query query) {
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder kept = new BooleanQuery.Builder();
            kept.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            int clauses = 0;
            for (BooleanClause clause : bool.clauses()) {
                if (clause.occur() == BooleanClause.Occur.MUST_NOT) {
                    continue;
                }
                kept.add(of(clause.query()), clause.occur());
                clauses++;
            }
            return clauses == 0 ? new MatchAllDocsQuery() : kept.build();
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(of(boost.getQuery()), boost.getBoost());
        }
        if (query instanceof ConstantScoreQuery constant) {
            return new ConstantScoreQuery(of(constant.getQuery()));
        }
        return onTextOnly(query) ? query : new MatchAllDocsQuery();
    }

    private static boolean onTextOnly(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }
        });
        return !fields.isEmpty() && PassageDocuments.TEXT_FIELDS.containsAll(fields);
    }
}
