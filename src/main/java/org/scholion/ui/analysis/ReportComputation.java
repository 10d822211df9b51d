package org.scholion.ui.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scholion.analysis.Breakdown;
import org.scholion.analysis.CoOccurrence;
import org.scholion.analysis.CodingPair;
import org.scholion.analysis.CountTable;
import org.scholion.analysis.Frequencies;
import org.scholion.codebook.Code;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coding;
import org.scholion.project.Project;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;

/** The project-thread half of the analysis window: reports computed, a cell's segments read. */
final class ReportComputation {

    /** Characters of a segment's text shown in the list (the viewer shows all of it). */
    static final int SHOWN_TEXT = 240;
    /** Words either side of the word whose collocates are listed. */
    static final int COLLOCATE_WINDOW = 5;

    private ReportComputation() {
    }

    static ReportResult compute(Project project, ReportChoices choices) {
        Codebook codebook = project.codebook().snapshot();
        List<CodeChoice> codes = codebook.depthFirst().stream()
                .map(c -> new CodeChoice(c.id(), codebook.pathOf(c.id()).toString())).toList();
        List<String> coders = project.coders().stream().map(c -> c.name()).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        var analysis = project.analysis();
        var request = choices.request();
        CoOccurrence coOccurrence = null;
        CountTable table = switch (choices.report()) {
            case FREQUENCIES -> {
                Frequencies frequencies = analysis.frequencies(request, choices.breakdown());
                yield choices.sources() ? frequencies.sources() : frequencies.segments();
            }
            case MATRIX -> analysis.matrix(request,
                    choices.breakdown() == Breakdown.OVERALL ? Breakdown.SOURCE : choices.breakdown(), choices.measure());
            case CO_OCCURRENCE -> {
                coOccurrence = analysis.coOccurrence(request, choices.scope());
                yield coOccurrence.table();
            }
            case OVER_TIME -> analysis.overTime(request);
            case WORDS -> wordsTable(project, choices, codes);
        };
        return new ReportResult(table, coOccurrence, coders, codes);
    }

    private static CountTable wordsTable(Project project, ReportChoices choices, List<CodeChoice> codes) {
        CodeChoice code = choices.code();
        if (code == null || codes.stream().noneMatch(c -> c.id().equals(code.id()))) {
            return CountTable.of("Words in a code: choose a code", "Word", "Count", "count", List.of(),
                    List.of("occurrences", "passages"), false, new long[0][]);
        }
        if (choices.collocate() != null && !choices.collocate().isBlank()) {
            return project.analysis().collocates(choices.request(), code.id(), choices.collocate().strip(),
                    COLLOCATE_WINDOW, choices.words()).table();
        }
        return project.analysis().words(choices.request(), code.id(), choices.words()).table();
    }

    /**
     * The segments behind a co-occurrence cell, at most {@code limit}: for each pair of codings,
     * the stretch from the first's start to the later end, with its text.
     */
    static List<CellSegment> segments(Project project, CoOccurrence coOccurrence, String row, String column,
                                      int limit) {
        List<CodingPair> pairs = coOccurrence.pairs(row, column);
        Codebook codebook = project.codebook().snapshot();
        Map<SourceId, Source> sources = new HashMap<>();
        project.sources().list().forEach(s -> sources.put(s.id(), s));
        Map<SourceId, TextOffsets> texts = new HashMap<>();
        List<CellSegment> segments = new ArrayList<>();
        for (CodingPair pair : pairs.subList(0, Math.min(limit, pairs.size()))) {
            Coding first = pair.first();
            Coding second = pair.second();
            Source source = sources.get(first.source());
            if (source == null) {
                continue;
            }
            Span span = new Span(Math.min(first.span().start(), second.span().start()),
                    Math.max(first.span().end(), second.span().end()));
            TextOffsets text = texts.computeIfAbsent(source.id(), id -> TextOffsets.of(project.sources().text(id)));
            segments.add(new CellSegment(source.id(), source.title(), span,
                    name(codebook, first) + " + " + name(codebook, second),
                    first.coder().name().equals(second.coder().name()) ? first.coder().name()
                            : first.coder().name() + ", " + second.coder().name(),
                    shortened(text.slice(span))));
        }
        return segments;
    }

    private static String name(Codebook codebook, Coding coding) {
        return codebook.find(coding.code()).map(Code::name).orElse("(deleted code)");
    }

    private static String shortened(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= SHOWN_TEXT) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, SHOWN_TEXT)).stripTrailing() + " \u2026";
    }
}
