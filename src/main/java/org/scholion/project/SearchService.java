package org.scholion.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Anchor;
import org.scholion.coding.Coder;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.index.HitOrder;
import org.scholion.index.KwicLine;
import org.scholion.index.KwicSort;
import org.scholion.index.PassageHit;
import org.scholion.index.PassageIndex;
import org.scholion.index.QuerySyntaxException;
import org.scholion.index.SearchResults;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;
import org.scholion.source.TextSegments;
import org.scholion.store.ProjectStore;

/**
 * Searching the project's sources, keyword in context, and auto-coding every hit of a query.
 * A query error is an {@link IllegalArgumentException} with a one-line message.
 */
public final class SearchService {

    private final ProjectStore store;
    private final Supplier<SearchIndex> index;
    private final IndexUpdates updates;

    SearchService(ProjectStore store, Supplier<SearchIndex> index, IndexUpdates updates) {
        this.store = store;
        this.index = index;
        this.updates = updates;
    }

    public SearchResults search(String query, int limit, HitOrder order) {
        return run(idx -> idx.search(query, limit, order));
    }

    public List<KwicLine> kwic(String query, int width, KwicSort sort) {
        return run(idx -> idx.kwic(query, width, sort));
    }

    /** Rebuilds the index from the store; returns the number of sources indexed. */
    public int reindex() {
        return index.get().rebuild(done -> { });
    }

    public AutocodePreview preview(String query, CodeId code, AutocodeScope scope) {
        SearchResults results = run(idx -> idx.search(query, Math.max(1, idx.documentCount()), HitOrder.SOURCE));
        Map<SourceId, TextSegments> segmentsBySource = new HashMap<>();
        Set<AutocodePreview.Segment> segments = new LinkedHashSet<>();
        for (PassageHit hit : results.hits()) {
            for (Span match : hit.matches()) {
                Span span = switch (scope) {
                    case MATCH -> match;
                    case PARAGRAPH -> hit.passage();
                    case SENTENCE -> segmentsBySource
                            .computeIfAbsent(hit.source(), id -> TextSegments.of(store.sources().text(id)))
                            .sentenceAt(match.start()).orElse(match);
                };
                segments.add(new AutocodePreview.Segment(hit.source(), span));
            }
        }
        Set<AutocodePreview.Segment> existing = new HashSet<>();
        for (Coding coding : store.codings().list(new CodingFilter(Set.of(code), Set.of(), null))) {
            existing.add(new AutocodePreview.Segment(coding.source(), coding.span()));
        }
        List<AutocodePreview.Segment> fresh = new ArrayList<>();
        Map<SourceId, Integer> perSource = new LinkedHashMap<>();
        for (AutocodePreview.Segment segment : segments) {
            if (!existing.contains(segment)) {
                fresh.add(segment);
                perSource.merge(segment.source(), 1, Integer::sum);
            }
        }
        return new AutocodePreview(query, scope, fresh, perSource, segments.size() - fresh.size());
    }

    /** Codes every segment of the preview as one action, undone as one step. Returns the codings made. */
    public List<Coding> applyAutocode(AutocodePreview preview, CodeId code, String coderName) {
        return store.write(coderName, () -> {
            store.codes().codebook().get(code);
            Coder coder = store.coders().ensure(coderName, store.now());
            Map<SourceId, TextOffsets> texts = new HashMap<>();
            List<Coding> made = new ArrayList<>(preview.segments().size());
            for (AutocodePreview.Segment segment : preview.segments()) {
                TextOffsets text = texts.computeIfAbsent(segment.source(), id -> TextOffsets.of(store.sources().text(id)));
                Coding coding = store.codings().insert(segment.source(), segment.span(), code, coder,
                        "auto-coded: " + preview.query(), Anchor.in(text, segment.span()), store.now());
                store.log().added(coding);
                updates.codingsOf(segment.source());
                made.add(coding);
            }
            return made;
        });
    }

    private interface IndexWork<T> {
        T run(PassageIndex index) throws QuerySyntaxException, IOException;
    }

    private <T> T run(IndexWork<T> work) {
        try {
            return work.run(index.get().current());
        } catch (QuerySyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read: " + e.getMessage(), e);
        }
    }
}
