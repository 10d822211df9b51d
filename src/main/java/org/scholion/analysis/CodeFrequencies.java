package org.scholion.analysis;

import java.util.HashSet;
import java.util.Set;
import org.scholion.coding.Coding;

/**
 * Segments and sources per code.
 *
 * <p>A <em>segment</em> is one coder's coded span: the source, the start and end (code points) and
 * the coder. A code's segment count is the number of distinct segments among its codings (with
 * sub-codes: among its own and its descendants' codings, so a span coded with a code and its
 * sub-code counts once for the parent). Two coders coding the same span are two segments. Without
 * sub-codes this is the number of codings, unless a coder coded one span twice with one code.
 *
 * <p>A code's source count is the number of distinct sources in which it (with sub-codes: it or a
 * descendant) has a coding. In a column (a source, type, year or coder) only the codings falling
 * in that column count.
 *
 * <p>Segment tables are summable without sub-codes (a column total is then the number of
 * segment-code pairs); with sub-codes a parent repeats its children's counts. Source tables are
 * never summable: one source counts under every code it has.
 */
public final class CodeFrequencies {

    private CodeFrequencies() {
    }

    /** The frequencies of every code in a corpus already narrowed to the request ({@link CodedCorpus#select}). */
    public static Frequencies of(CodedCorpus corpus, Breakdown by, boolean withSubCodes) {
        CodeRows rows = new CodeRows(corpus.codebook(), withSubCodes);
        ReportColumns columns = new ReportColumns(by, corpus);
        Set<Key> segments = new HashSet<>();
        Set<Key> sources = new HashSet<>();
        long[][] segmentGrid = new long[rows.size()][columns.size()];
        long[][] sourceGrid = new long[rows.size()][columns.size()];
        for (Coding coding : corpus.codings()) {
            int column = columns.columnOf(coding);
            if (column < 0) {
                continue;
            }
            for (int row : rows.rowsOf(coding.code())) {
                if (segments.add(new Key(row, column, coding.source().value(), coding.start(), coding.end(),
                        coding.coder().name()))) {
                    segmentGrid[row][column]++;
                }
                if (sources.add(new Key(row, column, coding.source().value(), 0, 0, null))) {
                    sourceGrid[row][column]++;
                }
            }
        }
        String suffix = suffix(by, withSubCodes);
        return new Frequencies(
                CountTable.of("Coded segments per code" + suffix, "Code", by.heading(), "segments", rows.labels(),
                        columns.labels(), !withSubCodes, segmentGrid),
                CountTable.of("Sources per code" + suffix, "Code", by.heading(), "sources", rows.labels(),
                        columns.labels(), false, sourceGrid));
    }

    /** " by source type (with sub-codes)" and the like; nothing for an overall table of codes alone. */
    static String suffix(Breakdown by, boolean withSubCodes) {
        return (by == Breakdown.OVERALL ? "" : " by " + by.heading().toLowerCase(java.util.Locale.ROOT))
                + (withSubCodes ? " (with sub-codes)" : "");
    }

    private record Key(int row, int column, long source, int start, int end, String coder) {
    }
}
