package org.scholion.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.CodePath;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Anchor;
import org.scholion.coding.Coder;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.CodingId;
import org.scholion.source.PageMap;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;
import org.scholion.store.ProjectStore;

/** Applies, changes and removes codings, each as one logged transaction. */
public final class CodingService {

    private final ProjectStore store;
    private final IndexUpdates index;
    private final HistoryService history;

    CodingService(ProjectStore store, IndexUpdates index, HistoryService history) {
        this.store = store;
        this.index = index;
        this.history = history;
    }

    /** Codes a span of a source. The span is in code points and must lie within the source's text. */
    public Coding code(SourceId sourceId, Span span, CodeId code, String coderName, String memo) {
        return store.write(coderName, () -> {
            Source source = store.sources().get(sourceId);
            checkWithin(source, span);
            store.codes().codebook().get(code);
            Coder coder = store.coders().ensure(coderName, store.now());
            Anchor anchor = Anchor.in(TextOffsets.of(store.sources().text(sourceId)), span);
            Coding coding = store.codings().insert(sourceId, span, code, coder, memo, anchor, store.now());
            store.log().added(coding);
            index.codingAt(sourceId, span);
            return coding;
        });
    }

    public void remove(CodingId id, String actor) {
        store.write(actor, () -> {
            Coding coding = store.codings().get(id);
            store.codings().delete(id);
            store.log().removed(coding);
            index.codingAt(coding.source(), coding.span());
        });
    }

    public Coding recode(CodingId id, CodeId newCode, String actor) {
        return change(id, actor, c -> {
            store.codes().codebook().get(newCode);
            return new Coding(c.id(), c.source(), c.span(), newCode, c.coder(), c.created(), c.memo(), c.anchor());
        });
    }

    public Coding resize(CodingId id, Span span, String actor) {
        return change(id, actor, c -> {
            checkWithin(store.sources().get(c.source()), span);
            Anchor anchor = Anchor.in(TextOffsets.of(store.sources().text(c.source())), span);
            return new Coding(c.id(), c.source(), span, c.code(), c.coder(), c.created(), c.memo(), anchor);
        });
    }

    public Coding setMemo(CodingId id, String memo, String actor) {
        return change(id, actor, c -> new Coding(c.id(), c.source(), c.span(), c.code(), c.coder(), c.created(),
                memo, c.anchor()));
    }

    public Coding get(CodingId id) {
        return store.codings().get(id);
    }

    public List<Coding> list(CodingFilter filter) {
        return store.codings().list(filter);
    }

    /** Codings with their code paths, sources and pages, as listings and exports show them. */
    public List<CodingRow> rows(CodingFilter filter) {
        return store.read(() -> {
            Codebook codebook = store.codes().codebook();
            Map<SourceId, Source> sources = new HashMap<>();
            store.sources().list().forEach(s -> sources.put(s.id(), s));
            Map<SourceId, PageMap> pageMaps = new HashMap<>();
            return store.codings().list(filter).stream().map(coding -> {
                PageMap pages = pageMaps.computeIfAbsent(coding.source(), store.sources()::pageMap);
                CodePath path = codebook.pathOf(coding.code());
                return new CodingRow(coding, path, sources.get(coding.source()), pages.pagesOf(coding.span()));
            }).toList();
        });
    }

    /** Undoes the latest coding, codebook or memo action: the same as {@link HistoryService#undo}. */
    public UndoResult undo(String actor) {
        return history.undo(actor);
    }

    private Coding change(CodingId id, String actor, java.util.function.UnaryOperator<Coding> edit) {
        return store.write(actor, () -> {
            Coding before = store.codings().get(id);
            Coding after = edit.apply(before);
            store.codings().update(after);
            store.log().changed(before, after);
            index.codingAt(before.source(), before.span());
            index.codingAt(after.source(), after.span());
            return after;
        });
    }

    private static void checkWithin(Source source, Span span) {
        if (span.end() > source.textLength()) {
            throw new IllegalArgumentException("span " + span + " ends after the text of source " + source.id()
                    + " ('" + source.title() + "'), which has " + source.textLength() + " code points");
        }
    }
}
