package org.scholion.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coding;
import org.scholion.source.Source;
import org.scholion.source.SourceId;

/**
 * The values every code report is computed from: the codebook, the sources and the codings, as
 * read from the store in one transaction. {@link #select} narrows it to what a request covers.
 */
public record CodedCorpus(Codebook codebook, List<Source> sources, List<Coding> codings) {

    public CodedCorpus {
        sources = List.copyOf(sources);
        codings = List.copyOf(codings);
    }

    /**
     * The sources of the request's types, and the codings of its coders in those sources whose
     * code is still in the codebook.
     */
    public CodedCorpus select(ReportRequest request) {
        List<Source> kept = sources.stream().filter(request::accepts).toList();
        Map<SourceId, Source> byId = new HashMap<>();
        kept.forEach(s -> byId.put(s.id(), s));
        List<Coding> chosen = new ArrayList<>();
        for (Coding coding : codings) {
            if (byId.containsKey(coding.source()) && request.accepts(coding) && codebook.find(coding.code()).isPresent()) {
                chosen.add(coding);
            }
        }
        return new CodedCorpus(codebook, kept, chosen);
    }

    public Map<SourceId, Source> sourcesById() {
        Map<SourceId, Source> byId = new HashMap<>();
        sources.forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    /** The year of a source's date; null when it has none. */
    public static Integer yearOf(Source source) {
        return source.metadata().date() == null ? null : source.metadata().date().year();
    }
}
