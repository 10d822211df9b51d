package org.scholion.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.scholion.analysis.Breakdown;
import org.scholion.analysis.CoOccurrence;
import org.scholion.analysis.CoOccurrenceScope;
import org.scholion.analysis.CoOccurrences;
import org.scholion.analysis.CodeFrequencies;
import org.scholion.analysis.CodedCharacters;
import org.scholion.analysis.CodedCorpus;
import org.scholion.analysis.CodesOverTime;
import org.scholion.analysis.Collocates;
import org.scholion.analysis.CountTable;
import org.scholion.analysis.Frequencies;
import org.scholion.analysis.MatrixMeasure;
import org.scholion.analysis.ReportRequest;
import org.scholion.analysis.WordCounts;
import org.scholion.analysis.WordFrequencies;
import org.scholion.analysis.WordToken;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coding;
import org.scholion.index.IndexWord;
import org.scholion.index.WordTokenizer;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;
import org.scholion.source.TextSegments;
import org.scholion.store.ProjectStore;

/**
 * The code reports of docs/analysis.md: gathers the codebook, sources and codings (and, where a
 * report needs them, texts) from the store in one read, narrows them to the request, and hands them
 * to the computations of {@code org.scholion.analysis}. Every method reads a consistent state of the
 * project; none writes. Paragraphs of a source are remembered by source and text hash, as a stored
 * text never changes.
 */
public final class AnalysisService {

    private final ProjectStore store;
    private final Map<String, List<Span>> paragraphCache = new ConcurrentHashMap<>();

    AnalysisService(ProjectStore store) {
        this.store = store;
    }

    /** Segments and sources per code, overall or broken down by source, source type, year or coder. */
    public Frequencies frequencies(ReportRequest request, Breakdown by) {
        return CodeFrequencies.of(corpus(request), by, request.withSubCodes());
    }

    /** A code x source (type, year, coder) matrix of segments or of coded characters. */
    public CountTable matrix(ReportRequest request, Breakdown columns, MatrixMeasure measure) {
        CodedCorpus corpus = corpus(request);
        return measure == MatrixMeasure.SEGMENTS
                ? CodeFrequencies.of(corpus, columns, request.withSubCodes()).segments()
                : CodedCharacters.of(corpus, columns, request.withSubCodes());
    }

    /** Which codes co-occur on overlapping segments or within a paragraph, with the coding pairs behind each cell. */
    public CoOccurrence coOccurrence(ReportRequest request, CoOccurrenceScope scope) {
        return store.read(() -> {
            CodedCorpus corpus = corpus(request);
            Map<SourceId, List<Span>> paragraphs = scope == CoOccurrenceScope.PARAGRAPH ? paragraphs(corpus) : Map.of();
            return CoOccurrences.of(corpus, scope, request.withSubCodes(), paragraphs);
        });
    }

    /** Segments per code per year, years ascending, then "undated". */
    public CountTable overTime(ReportRequest request) {
        return CodesOverTime.of(corpus(request), request.withSubCodes());
    }

    /**
     * The {@code limit} most frequent words (0: all) of a code's coded passages, stop words left out
     * (see {@link #passages} for what a passage is).
     */
    public WordFrequencies words(ReportRequest request, CodeId code, int limit) {
        return store.read(() -> {
            Passages passages = passages(request, code);
            return WordCounts.frequencies(passages.code(), passages.words(), limit);
        });
    }

    /** The words within {@code window} words of {@code word} in a code's coded passages. */
    public Collocates collocates(ReportRequest request, CodeId code, String word, int window, int limit) {
        return store.read(() -> {
            Passages passages = passages(request, code);
            if (passages.words().isEmpty()) {
                return new Collocates(passages.code(), word.strip(), window, 0, List.of());
            }
            WordTokenizer tokenizer = new WordTokenizer();
            Set<String> keys = new LinkedHashSet<>();
            for (String language : passages.languages()) {
                tokenizer.words(word, language).forEach(w -> keys.add(w.stem()));
            }
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("'" + word + "' is a stop word or no word: nothing has collocates of it");
            }
            return WordCounts.collocates(passages.code(), word.strip(), keys, window, passages.words(), limit);
        });
    }

    /**
     * The codebook, sources and codings a request covers, read in one transaction. The codings
     * carry id, source, span, code and coder only: no memo, creation time (null) or quote, which
     * counting does not need and which cost most of the reading; {@code Project.codings().get(id)}
     * has the whole coding.
     */
    public CodedCorpus corpus(ReportRequest request) {
        return store.read(() -> new CodedCorpus(store.codes().codebook(), store.sources().list(),
                store.codings().listForCounting()).select(request));
    }

    private Map<SourceId, List<Span>> paragraphs(CodedCorpus corpus) {
        Set<SourceId> coded = new LinkedHashSet<>();
        corpus.codings().forEach(c -> coded.add(c.source()));
        Map<SourceId, List<Span>> paragraphs = new HashMap<>();
        for (Source source : corpus.sources()) {
            if (coded.contains(source.id())) {
                paragraphs.put(source.id(), paragraphCache.computeIfAbsent(source.id().value() + ":" + source.textSha256(),
                        k -> TextSegments.of(store.sources().text(source.id())).paragraphs()));
            }
        }
        return paragraphs;
    }

    /** A code's coded passages as words, with the languages of their sources. */
    private record Passages(String code, List<List<WordToken>> words, Set<String> languages) {
    }

    /**
     * The passages of a code: in each source, the union of the code's codings (with sub-codes: and
     * its descendants') that the request covers, overlapping codings merged so that no word counts
     * twice; each passage analysed as the index reads its source's language.
     */
    private Passages passages(ReportRequest request, CodeId code) {
        CodedCorpus corpus = corpus(request);
        Set<CodeId> codes = request.withSubCodes() ? corpus.codebook().subtree(code) : Set.of(code);
        String path = corpus.codebook().pathOf(code).toString();
        Map<SourceId, List<Span>> spans = new LinkedHashMap<>();
        for (Coding coding : corpus.codings()) {
            if (codes.contains(coding.code())) {
                spans.computeIfAbsent(coding.source(), k -> new ArrayList<>()).add(coding.span());
            }
        }
        Map<SourceId, Source> sources = corpus.sourcesById();
        WordTokenizer tokenizer = new WordTokenizer();
        List<List<WordToken>> words = new ArrayList<>();
        Set<String> languages = new LinkedHashSet<>();
        for (Map.Entry<SourceId, List<Span>> entry : spans.entrySet()) {
            String language = sources.get(entry.getKey()).metadata().language();
            languages.add(language);
            TextOffsets text = TextOffsets.of(store.sources().text(entry.getKey()));
            for (Span passage : merged(entry.getValue())) {
                List<WordToken> tokens = new ArrayList<>();
                for (IndexWord w : tokenizer.words(text.slice(passage), language)) {
                    tokens.add(new WordToken(w.stem(), w.surface(), w.position()));
                }
                words.add(tokens);
            }
        }
        return new Passages(path, words, languages);
    }

    /** Overlapping spans joined; touching spans stay apart. */
    static List<Span> merged(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> out = new ArrayList<>();
        for (Span span : sorted) {
            Span last = out.isEmpty() ? null : out.getLast();
            if (last != null && span.start() < last.end()) {
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                out.add(span);
            }
        }
        return out;
    }
}
