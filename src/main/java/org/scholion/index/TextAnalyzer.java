package org.scholion.index;

import java.io.Reader;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The analysis of one text field. All three chains share the front: character mappings
 * ({@link CharMaps}), the standard tokenizer, hyphenated compounds split and joined, lower case
 * and ASCII folding (so "Peace-Keeping" and "peacekeeping" are one word, and so are "Ossetia"
 * and an "Ossétia" with a diacritic). English adds possessives, stop words and the Porter stemmer; Russian
 * its stop words and the Snowball Russian stemmer; other languages stop there.
 *
 * <p>For indexing, each stemmed token is also indexed unstemmed at the same position, so that a
 * wildcard ("negotiat*") finds words whose stem is shorter than the typed prefix.
 */
final class TextAnalyzer extends Analyzer {

    enum Chain { ENGLISH, RUSSIAN, STANDARD }

    static final CharArraySet ENGLISH_STOP = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    static final CharArraySet RUSSIAN_STOP = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), true);
    private static final byte[] COMPOUND_CHAR_TYPES = compoundCharTypes();
    private static final int COMPOUND_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS | WordDelimiterGraphFilter.CATENATE_ALL;

    private final Chain chain;
    private final boolean forIndexing;

    TextAnalyzer(Chain chain, boolean forIndexing) {
        this.chain = chain;
        this.forIndexing = forIndexing;
    }

    /** The chain for a source language: an ISO 639-1 code, possibly with a region ("en-GB"). */
    static Chain chainFor(String language) {
        if (language == null) {
            return Chain.STANDARD;
        }
        String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return switch (primary) {
            case "en", "eng" -> Chain.ENGLISH;
            case "ru", "rus" -> Chain.RUSSIAN;
            default -> Chain.STANDARD;
        };
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(CharMaps.INDEX, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(CharMaps.NORMALIZE, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        // Adjusted offsets: each part of "peace-keeping" keeps its own exact offsets.
        TokenStream stream = new WordDelimiterGraphFilter(source, true, COMPOUND_CHAR_TYPES, COMPOUND_FLAGS, null);
        if (chain != Chain.STANDARD) {
            stream = new AcronymKeepingStopFilter(stream, chain == Chain.ENGLISH ? ENGLISH_STOP : RUSSIAN_STOP);
        }
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (chain == Chain.ENGLISH) {
            stream = new EnglishPossessiveFilter(stream);
        }
        if (chain != Chain.STANDARD) {
            if (forIndexing) {
                stream = new KeywordRepeatFilter(stream);
            }
            stream = chain == Chain.ENGLISH ? new PorterStemFilter(stream) : new SnowballFilter(stream, new RussianStemmer());
            if (forIndexing) {
                stream = new RemoveDuplicatesTokenFilter(stream);
            }
        }
        if (forIndexing) {
            // The compound filter emits a graph; the index stores flat positions.
            stream = new FlattenGraphFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /**
     * Only the hyphen stand-in separates the parts of a compound; every other character the
     * tokenizer left inside a token (apostrophes, the dots of "U.S") stays part of the word.
     */
    private static byte[] compoundCharTypes() {
        byte[] types = new byte[0x3000];
        byte digit = (byte) (WordDelimiterIterator.ALPHANUM & ~WordDelimiterIterator.ALPHA);
        for (int c = 0; c < types.length; c++) {
            types[c] = Character.isDigit(c) ? digit : (byte) WordDelimiterIterator.ALPHA;
        }
        types[CharMaps.JOINER] = WordDelimiterIterator.getType('-');
        types[CharMaps.PAD] = WordDelimiterIterator.getType('-');
        return types;
    }
}
