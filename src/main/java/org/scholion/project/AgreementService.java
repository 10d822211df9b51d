package org.scholion.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.scholion.analysis.AgreementReport;
import org.scholion.analysis.AgreementRequest;
import org.scholion.analysis.AgreementUnit;
import org.scholion.analysis.CodingAgreement;
import org.scholion.analysis.Disagreement;
import org.scholion.analysis.UnitSource;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coder;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.source.PageMap;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;
import org.scholion.source.TextSegments;
import org.scholion.store.ProjectStore;

/**
 * Inter-coder agreement on the project's codings: gathers sources, their sentences or paragraphs,
 * the codings and the codebook in one read, and has {@link CodingAgreement} compare them.
 */
public final class AgreementService {

    /** How much of a passage a disagreement row quotes, in characters. */
    public static final int QUOTE_LENGTH = 160;

    private final ProjectStore store;
    // A source's text never changes, so its cut into units can be kept for the project's life.
    private final Map<SourceId, List<Span>> sentences = new ConcurrentHashMap<>();
    private final Map<SourceId, List<Span>> paragraphs = new ConcurrentHashMap<>();

    AgreementService(ProjectStore store) {
        this.store = store;
    }

    /**
     * Compares the named coders on the given codes (none: every code they used).
     *
     * @throws IllegalArgumentException naming a coder who has no codings in this project
     */
    public AgreementReport compare(List<String> coders, AgreementUnit unit, Set<CodeId> codes) {
        AgreementRequest request = new AgreementRequest(coders, unit, codes);
        return store.read(() -> {
            List<String> known = store.coders().list().stream().map(Coder::name).toList();
            for (String coder : coders) {
                if (!known.contains(coder)) {
                    throw new IllegalArgumentException("no coder named '" + coder + "' in this project (coders: "
                            + String.join(", ", known) + ")");
                }
            }
            // id, source, span, code and coder are all agreement needs; the quotes would triple the read.
            List<Coding> codings = store.codings().listForCounting();
            Codebook codebook = store.codes().codebook();
            Map<CodeId, String> labels = new LinkedHashMap<>();
            for (Code code : codebook.depthFirst()) {
                labels.put(code.id(), codebook.pathOf(code.id()).toString());
            }
            List<UnitSource> sources = new ArrayList<>();
            for (Source source : store.sources().list()) {
                sources.add(new UnitSource(source.id(), source.title(), source.textLength(), unitsOf(source, unit)));
            }
            return CodingAgreement.compute(sources, codings, labels, request);
        });
    }

    private List<Span> unitsOf(Source source, AgreementUnit unit) {
        return switch (unit) {
            case SENTENCE -> sentences.computeIfAbsent(source.id(), id -> segments(source).sentences());
            case PARAGRAPH -> paragraphs.computeIfAbsent(source.id(), id -> segments(source).paragraphs());
            case CHARACTER -> List.of();
        };
    }

    /** The places with their source title, code path, page and passage, in the order given. */
    public List<DisagreementRow> describe(List<Disagreement> places) {
        return store.read(() -> {
            Codebook codebook = store.codes().codebook();
            Map<SourceId, Source> sources = new HashMap<>();
            Map<SourceId, TextOffsets> texts = new HashMap<>();
            Map<SourceId, PageMap> pages = new HashMap<>();
            List<DisagreementRow> rows = new ArrayList<>(places.size());
            for (Disagreement place : places) {
                SourceId id = place.source();
                Source source = sources.computeIfAbsent(id, store.sources()::get);
                TextOffsets text = texts.computeIfAbsent(id, key -> TextOffsets.of(store.sources().text(key)));
                PageMap map = pages.computeIfAbsent(id, store.sources()::pageMap);
                String path = codebook.find(place.code()).map(code -> codebook.pathOf(code.id()).toString()).orElse("(deleted code)");
                rows.add(new DisagreementRow(place, source.title(), path, map.isEmpty() ? "" : map.pagesOf(place.span()),
                        quote(text.slice(place.span()))));
            }
            return rows;
        });
    }

    /**
     * The place side by side: for each coder (in the order given), their codings of the place's code
     * that overlap it, so the coders can see what each of them marked, and where it began and ended.
     */
    public List<CoderSide> sides(Disagreement place, List<String> coders) {
        return store.read(() -> {
            List<Coding> here = store.codings().list(new CodingFilter(Set.of(place.code()), Set.of(place.source()), null));
            List<CoderSide> sides = new ArrayList<>(coders.size());
            for (String coder : coders) {
                sides.add(new CoderSide(coder, here.stream()
                        .filter(coding -> coding.coder().name().equals(coder) && coding.span().overlaps(place.span()))
                        .sorted(java.util.Comparator.comparing(Coding::span)).toList()));
            }
            return sides;
        });
    }

    static String quote(String passage) {
        String flat = passage.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= QUOTE_LENGTH) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, QUOTE_LENGTH - 1)).stripTrailing() + "…";
    }

    private TextSegments segments(Source source) {
        String language = source.metadata().language();
        Locale locale = language == null || language.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(language);
        return TextSegments.of(store.sources().text(source.id()), locale);
    }
}
