package org.scholion.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.scholion.coding.Coding;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;

/**
 * The columns of a per-code table and the column each coding falls in. Sources in the corpus's
 * order, labelled by title (a title shared by several sources gets " #id"); source types in their
 * declared order, those present only; years from the earliest to the latest, with no gaps so a
 * chart's time axis is true, then "undated" if a source has no date; coders by name.
 */
final class ReportColumns {

    static final String UNDATED = "undated";
    static final String OVERALL = "All sources";

    private final Breakdown breakdown;
    private final List<String> labels = new ArrayList<>();
    private final Map<Object, Integer> index = new HashMap<>();
    private final Map<SourceId, Source> sources;

    ReportColumns(Breakdown breakdown, CodedCorpus corpus) {
        this.breakdown = breakdown;
        this.sources = corpus.sourcesById();
        switch (breakdown) {
            case OVERALL -> add(OVERALL, OVERALL);
            case SOURCE -> sourceColumns(corpus.sources());
            case TYPE -> {
                Set<SourceType> present = new TreeSet<>();
                corpus.sources().forEach(s -> present.add(s.metadata().type()));
                present.forEach(t -> add(t, t.word()));
            }
            case YEAR -> yearColumns(corpus.sources());
            case CODER -> {
                Set<String> names = new TreeSet<>();
                corpus.codings().forEach(c -> names.add(c.coder().name()));
                names.forEach(n -> add(n, n));
            }
        }
    }

    private void sourceColumns(List<Source> list) {
        Map<String, Long> titles = new HashMap<>();
        list.forEach(s -> titles.merge(s.title(), 1L, Long::sum));
        for (Source source : list) {
            add(source.id(), titles.get(source.title()) > 1 ? source.title() + " #" + source.id().value() : source.title());
        }
    }

    private void yearColumns(List<Source> list) {
        TreeSet<Integer> years = new TreeSet<>();
        boolean undated = false;
        for (Source source : list) {
            Integer year = CodedCorpus.yearOf(source);
            if (year == null) {
                undated = true;
            } else {
                years.add(year);
            }
        }
        if (!years.isEmpty()) {
            for (int year = years.first(); year <= years.last(); year++) {
                add(year, Integer.toString(year));
            }
        }
        if (undated) {
            add(UNDATED, UNDATED);
        }
    }

    private void add(Object key, String label) {
        index.put(key, labels.size());
        labels.add(label);
    }

    List<String> labels() {
        return labels;
    }

    int size() {
        return labels.size();
    }

    /** The column of a coding; -1 if it falls in none. */
    int columnOf(Coding coding) {
        Source source = sources.get(coding.source());
        Object key = switch (breakdown) {
            case OVERALL -> OVERALL;
            case SOURCE -> coding.source();
            case TYPE -> source.metadata().type();
            case YEAR -> {
                Integer year = CodedCorpus.yearOf(source);
                yield year == null ? UNDATED : year;
            }
            case CODER -> coding.coder().name();
        };
        return index.getOrDefault(key, -1);
    }
}
