package org.scholion.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scholion.coding.Coding;
import org.scholion.source.Span;

/**
 * Coded characters per code: the code points of a source's text that a code's codings cover.
 * Overlapping codings of one code in one source count each code point once (the union of their
 * spans), whichever coders made them, so the figure says how much text the code covers; with
 * sub-codes the union takes in the descendants' codings. Broken down by coder, the union is taken
 * per coder, so a text two coders both coded counts for each of them. A cell sums these unions over
 * the sources of its column.
 *
 * <p>Summable without sub-codes: a column total is then the code points coded, counted once per code.
 */
public final class CodedCharacters {

    private CodedCharacters() {
    }

    /** The coded characters of every code in a corpus already narrowed to the request. */
    public static CountTable of(CodedCorpus corpus, Breakdown by, boolean withSubCodes) {
        CodeRows rows = new CodeRows(corpus.codebook(), withSubCodes);
        ReportColumns columns = new ReportColumns(by, corpus);
        Map<Group, List<Span>> spans = new HashMap<>();
        for (Coding coding : corpus.codings()) {
            int column = columns.columnOf(coding);
            if (column < 0) {
                continue;
            }
            String coder = by == Breakdown.CODER ? coding.coder().name() : null;
            for (int row : rows.rowsOf(coding.code())) {
                spans.computeIfAbsent(new Group(row, column, coding.source().value(), coder), k -> new ArrayList<>())
                        .add(coding.span());
            }
        }
        long[][] grid = new long[rows.size()][columns.size()];
        spans.forEach((group, list) -> grid[group.row()][group.column()] += unionLength(list));
        return CountTable.of("Coded characters per code" + CodeFrequencies.suffix(by, withSubCodes), "Code",
                by.heading(), MatrixMeasure.CHARACTERS.unit(), rows.labels(), columns.labels(), !withSubCodes, grid);
    }

    /** The number of code points the spans cover together. */
    static long unionLength(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        long total = 0;
        int start = -1;
        int end = -1;
        for (Span span : sorted) {
            if (span.start() >= end) {
                total += end - start;
                start = span.start();
                end = span.end();
            } else if (span.end() > end) {
                end = span.end();
            }
        }
        return total + (end - start);
    }

    private record Group(int row, int column, long source, String coder) {
    }
}
