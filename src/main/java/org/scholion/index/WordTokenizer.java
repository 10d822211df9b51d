package org.scholion.index;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Cuts a text into words the way the passage index reads it ({@link TextAnalyzer}): the same
 * character mappings, tokenizer, stop words (kept when written in capitals: "US"), lower case,
 * folding, possessives and stemmer for the source's language. Unlike the index it keeps a
 * hyphenated compound as one word ("peace-keeping" is "peacekeeping", not also "peace" and
 * "keeping"), so that each word of the text counts once, and it leaves out tokens without a letter
 * (numbers, years). Each word comes with its stem (what is counted) and its written form (what is
 * shown).
 *
 * <p>Not thread-safe (it caches stems); use one per report.
 */
public final class WordTokenizer {

    private final Map<TextAnalyzer.Chain, Analyzer> surfaces = new HashMap<>();
    private final Map<TextAnalyzer.Chain, Analyzer> stemmers = new HashMap<>();
    private final Map<String, String> stems = new HashMap<>();

    /** The words of a text in a source's language (an ISO 639-1 code; null: no stop words, no stemming). */
    public List<IndexWord> words(String text, String language) {
        TextAnalyzer.Chain chain = TextAnalyzer.chainFor(language);
        Analyzer analyzer = surfaces.computeIfAbsent(chain, SurfaceAnalyzer::new);
        List<IndexWord> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                String surface = withoutJoiners(term);
                if (hasLetter(surface)) {
                    words.add(new IndexWord(stem(chain, surface), surface, position));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static String withoutJoiners(CharTermAttribute term) {
        StringBuilder out = new StringBuilder(term.length());
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c != CharMaps.JOINER && c != CharMaps.PAD) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasLetter(String word) {
        return word.codePoints().anyMatch(Character::isLetter);
    }

    private String stem(TextAnalyzer.Chain chain, String surface) {
        if (chain == TextAnalyzer.Chain.STANDARD) {
            return surface;
        }
        return stems.computeIfAbsent(chain + ":" + surface, k -> {
            Analyzer stemmer = stemmers.computeIfAbsent(chain, StemAnalyzer::new);
            try (TokenStream stream = stemmer.tokenStream("text", surface)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                String stem = stream.incrementToken() ? term.toString() : surface;
                stream.end();
                return stem;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The index's chain up to, not including, the stemmer, without splitting compounds. */
    private static final class SurfaceAnalyzer extends Analyzer {
        private final TextAnalyzer.Chain chain;

        SurfaceAnalyzer(TextAnalyzer.Chain chain) {
            this.chain = chain;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(CharMaps.INDEX, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = source;
            if (chain != TextAnalyzer.Chain.STANDARD) {
                stream = new AcronymKeepingStopFilter(stream, chain == TextAnalyzer.Chain.ENGLISH
                        ? TextAnalyzer.ENGLISH_STOP : TextAnalyzer.RUSSIAN_STOP);
            }
            stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
            if (chain == TextAnalyzer.Chain.ENGLISH) {
                stream = new EnglishPossessiveFilter(stream);
            }
            return new TokenStreamComponents(source, stream);
        }
    }

    /** The index's stemmer applied to one written form. */
    private static final class StemAnalyzer extends Analyzer {
        private final TextAnalyzer.Chain chain;

        StemAnalyzer(TextAnalyzer.Chain chain) {
            this.chain = chain;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            KeywordTokenizer source = new KeywordTokenizer();
            TokenStream stream = chain == TextAnalyzer.Chain.ENGLISH ? new PorterStemFilter(source)
                    : new SnowballFilter(source, new RussianStemmer());
            return new TokenStreamComponents(source, stream);
        }
    }
}
