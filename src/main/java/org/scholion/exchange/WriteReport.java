package org.scholion.exchange;

/**
 * What a writer wrote: counts for the user's message, and how many characters had to be replaced
 * by U+FFFD because XML 1.0 cannot carry them (control characters, unpaired surrogates; see
 * {@code docs/exchange.md}).
 *
 * @param codes the codes at every level
 * @param sources text sources (in an archive, each with its file under {@code sources/})
 * @param notes notes (memos)
 */
public record WriteReport(int codes, int sources, int notes, int replacedCharacters) {

    static int countCodes(java.util.List<QdaCode> codes) {
        int count = 0;
        for (QdaCode code : codes) {
            count += 1 + countCodes(code.children());
        }
        return count;
    }
}
