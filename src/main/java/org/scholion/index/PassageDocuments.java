package org.scholion.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import java.io.IOException;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.scholion.source.PageMap;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;
import org.scholion.source.Span;

/** The index schema: how a {@link Passage} becomes a Lucene document and back. */
final class PassageDocuments {

    /**
     * Raised whenever a field, its analysis or its meaning changes, so that an index written by
     * another version is rebuilt instead of misread.
     */
    static final int SCHEMA_VERSION = 2;

    static final String SOURCE = "source";
    static final String SOURCE_ORDER = "source_order";
    static final String START = "start";
    static final String END = "end";
    static final String TITLE = "title";
    static final String TYPE = "type";
    static final String YEAR = "year";
    static final String LANGUAGE = "language";
    static final String CODE = "code";
    static final String PAGE_LABEL = "page_label";
    static final String PAGE_START = "page_start";

    static final String TEXT_EN = "text_en";
    static final String TEXT_RU = "text_ru";
    static final String TEXT_STD = "text_std";
    static final List<String> TEXT_FIELDS = List.of(TEXT_EN, TEXT_RU, TEXT_STD);

    /** Reading order: source, then position. */
    static final Sort READING_ORDER = new Sort(
            new SortField(SOURCE_ORDER, SortField.Type.LONG), new SortField(START, SortField.Type.INT));

    /** Offsets in the postings are what make exact match spans possible (the Matches API). */
    private static final FieldType TEXT_TYPE = textType();

    private PassageDocuments() {
    }

    static Term sourceTerm(SourceId id) {
        return new Term(SOURCE, id.toString());
    }

    static String textField(String language) {
        return switch (TextAnalyzer.chainFor(language)) {
            case ENGLISH -> TEXT_EN;
            case RUSSIAN -> TEXT_RU;
            case STANDARD -> TEXT_STD;
        };
    }

    static Document toDocument(Passage passage, Set<String> codeTerms) {
        Document doc = new Document();
        doc.add(new StringField(SOURCE, passage.source().toString(), Field.Store.YES));
        doc.add(new NumericDocValuesField(SOURCE_ORDER, passage.source().value()));
        doc.add(new StoredField(START, passage.span().start()));
        doc.add(new NumericDocValuesField(START, passage.span().start()));
        doc.add(new StoredField(END, passage.span().end()));
        doc.add(new StoredField(TITLE, passage.title()));
        doc.add(new StringField(TYPE, passage.type().word(), Field.Store.YES));
        if (passage.year() != null) {
            doc.add(new IntPoint(YEAR, passage.year()));
            doc.add(new StoredField(YEAR, passage.year()));
        }
        if (passage.language() != null) {
            doc.add(new StringField(LANGUAGE, passage.language(), Field.Store.YES));
        }
        for (String code : codeTerms) {
            // Stored, so that a coding's update rewrites only the passages whose codes change.
            doc.add(new StringField(CODE, code, Field.Store.YES));
        }
        for (PageMap.PageStart page : passage.pages().pages()) {
            doc.add(new StoredField(PAGE_LABEL, page.label()));
            doc.add(new StoredField(PAGE_START, page.start()));
        }
        doc.add(new Field(textField(passage.language()), passage.text(), TEXT_TYPE));
        return doc;
    }

    /** The stored fields that say where a passage is and which codes it carries. */
    static final Set<String> SPAN_AND_CODES = Set.of(START, END, CODE);

    static Span spanOf(Document doc) {
        return new Span(doc.getField(START).numericValue().intValue(), doc.getField(END).numericValue().intValue());
    }

    static Set<String> codeTermsOf(Document doc) {
        Set<String> terms = new java.util.TreeSet<>();
        for (IndexableField code : doc.getFields(CODE)) {
            terms.add(code.stringValue());
        }
        return terms;
    }

    /** Exactly one passage: its source's term and its start (a paragraph starts where no other does). */
    static Query passageQuery(Passage passage) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(sourceTerm(passage.source())), BooleanClause.Occur.FILTER)
                .add(NumericDocValuesField.newSlowExactQuery(START, passage.span().start()), BooleanClause.Occur.FILTER)
                .build();
    }

    /**
     * The documents of a source's passages that may overlap a span: every passage starting before
     * its end, from the last one starting at or before its start. Read from the START doc values,
     * without loading a stored document.
     */
    /**
     * Every live passage of a source, as the searcher's doc ids, read from the source's postings.
     * Not through a search for "all" of them: a top-docs collector's heap grows with the hits asked
     * for, and asking for every passage of a 100,000-source index per source made an auto-code of
     * 20,000 sources take minutes.
     */
    static List<Integer> passagesOf(IndexSearcher searcher, SourceId source) throws IOException {
        List<Integer> docs = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            PostingsEnum postings = leaf.reader().postings(sourceTerm(source));
            if (postings == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    docs.add(leaf.docBase + doc);
                }
            }
        }
        return docs;
    }

    static List<Integer> overlapCandidates(IndexSearcher searcher, SourceId source, Span span) throws IOException {
        List<int[]> starts = new ArrayList<>(); // {start, global doc}
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            PostingsEnum docs = leaf.reader().postings(sourceTerm(source));
            NumericDocValues values = leaf.reader().getNumericDocValues(START);
            if (docs == null || values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
                    starts.add(new int[] {(int) values.longValue(), leaf.docBase + doc});
                }
            }
        }
        int from = Integer.MIN_VALUE;
        for (int[] start : starts) {
            if (start[0] <= span.start()) {
                from = Math.max(from, start[0]);
            }
        }
        List<Integer> candidates = new ArrayList<>();
        for (int[] start : starts) {
            if (start[0] >= from && (start[0] < span.end() || start[0] == from)) {
                candidates.add(start[1]);
            }
        }
        return candidates;
    }

    static Passage fromStored(Document doc) {
        IndexableField year = doc.getField(YEAR);
        String language = doc.get(LANGUAGE);
        IndexableField[] labels = doc.getFields(PAGE_LABEL);
        IndexableField[] starts = doc.getFields(PAGE_START);
        List<PageMap.PageStart> pages = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            pages.add(new PageMap.PageStart(labels[i].stringValue(), starts[i].numericValue().intValue()));
        }
        return new Passage(new SourceId(Long.parseLong(doc.get(SOURCE))), doc.get(TITLE),
                SourceType.fromWord(doc.get(TYPE)), year == null ? null : year.numericValue().intValue(), language,
                new Span(doc.getField(START).numericValue().intValue(), doc.getField(END).numericValue().intValue()),
                PageMap.of(pages), doc.get(textField(language)));
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
