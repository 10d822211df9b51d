package org.scholion.index;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes stop words, but not when written in capitals: in this field "US" and "IT" are names,
 * not the pronoun and the article. Runs before lower-casing.
 */
final class AcronymKeepingStopFilter extends FilteringTokenFilter {

    private final CharArraySet stopWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    AcronymKeepingStopFilter(TokenStream in, CharArraySet stopWords) {
        super(in);
        this.stopWords = stopWords;
    }

    @Override
    protected boolean accept() {
        return !stopWords.contains(term.buffer(), 0, term.length()) || isAcronym();
    }

    private boolean isAcronym() {
        if (term.length() < 2) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            if (Character.isLowerCase(term.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
