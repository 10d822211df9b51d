package org.scholion.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoTarget;
import org.scholion.export.Citation;
import org.scholion.export.CitedSource;
import org.scholion.export.CodebookEntry;
import org.scholion.export.Excerpt;
import org.scholion.export.ExcerptOrder;
import org.scholion.export.ExcerptSelection;
import org.scholion.export.ExportContent;
import org.scholion.export.ExportedMemo;
import org.scholion.export.MemoKind;
import org.scholion.source.PageMap;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.SourceMetadata;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;
import org.scholion.store.ProjectStore;

/**
 * Gathers what an export writes: the selected codings as excerpts (text sliced from the stored
 * text at their code-point offsets, pages from the page map, a citation from the source's
 * metadata), in the order asked for, and the codebook with its counts. Read in one transaction,
 * so an export is one consistent state of the project.
 */
public final class ExportService {

    private final ProjectStore store;

    ExportService(ProjectStore store) {
        this.store = store;
    }

    public ExportContent content(ExcerptSelection selection) {
        return content(selection, Set.of());
    }

    /**
     * The excerpts with, besides the coding memos they carry, the memos of the kinds asked for:
     * the project's; those on the sources the selection's source, type and year filters let
     * through; those on the codes it covers (all codes when it names none).
     */
    public ExportContent content(ExcerptSelection selection, Set<MemoKind> memoKinds) {
        return store.read(() -> {
            List<Excerpt> excerpts = excerpts(selection);
            return new ExportContent(store.info().name(), excerpts, codebook(), citedSources(excerpts),
                    selection.order(), memos(selection, memoKinds));
        });
    }

    private List<ExportedMemo> memos(ExcerptSelection selection, Set<MemoKind> kinds) {
        List<ExportedMemo> memos = new ArrayList<>();
        if (kinds.contains(MemoKind.PROJECT)) {
            for (Memo memo : store.memos().on(MemoTarget.project())) {
                memos.add(exported(MemoKind.PROJECT, "", memo));
            }
        }
        if (kinds.contains(MemoKind.SOURCE)) {
            for (Source source : store.sources().list()) {
                if ((selection.sources().isEmpty() || selection.sources().contains(source.id()))
                        && inTypeAndYears(selection, source)) {
                    for (Memo memo : store.memos().on(new MemoTarget.OnSource(source.id()))) {
                        memos.add(exported(MemoKind.SOURCE, source.title(), memo));
                    }
                }
            }
        }
        if (kinds.contains(MemoKind.CODE)) {
            Codebook codebook = store.codes().codebook();
            Set<CodeId> covered = codesCovered(selection, codebook);
            for (Code code : codebook.depthFirst()) {
                if (covered.isEmpty() || covered.contains(code.id())) {
                    for (Memo memo : store.memos().on(new MemoTarget.OnCode(code.id()))) {
                        memos.add(exported(MemoKind.CODE, codebook.pathOf(code.id()).toString(), memo));
                    }
                }
            }
        }
        return memos;
    }

    private static ExportedMemo exported(MemoKind kind, String about, Memo memo) {
        return new ExportedMemo(kind, about, memo.title(), memo.text(),
                memo.author() == null ? "" : memo.author().name(), memo.modified());
    }

    /** The codes a selection names, with their sub-codes when it asks for them; empty for "all codes". */
    private static Set<CodeId> codesCovered(ExcerptSelection selection, Codebook codebook) {
        Set<CodeId> codes = new HashSet<>();
        for (CodeId code : selection.codes()) {
            codes.addAll(selection.withSubCodes() ? codebook.subtree(code) : Set.of(code));
        }
        return codes;
    }

    /** The sources the excerpts cite, each once, in the order they are first cited. */
    private List<CitedSource> citedSources(List<Excerpt> excerpts) {
        Map<SourceId, CitedSource> cited = new LinkedHashMap<>();
        for (Excerpt excerpt : excerpts) {
            cited.computeIfAbsent(excerpt.source(), id -> {
                Source source = store.sources().get(id);
                SourceMetadata m = source.metadata();
                return new CitedSource(excerpt.citation().key(), m.authors(), source.title(), m.type(),
                        m.date() == null ? null : m.date().toString(), yearOf(source), m.publication());
            });
        }
        return List.copyOf(cited.values());
    }

    public List<Excerpt> excerpts(ExcerptSelection selection) {
        return store.read(() -> {
            Codebook codebook = store.codes().codebook();
            Set<CodeId> codes = codesCovered(selection, codebook);
            Map<SourceId, Source> sources = new HashMap<>();
            store.sources().list().forEach(s -> sources.put(s.id(), s));
            Map<CodeId, Integer> codeOrder = new HashMap<>();
            for (Code code : codebook.depthFirst()) {
                codeOrder.put(code.id(), codeOrder.size());
            }
            Map<SourceId, TextOffsets> texts = new HashMap<>();
            Map<SourceId, PageMap> pages = new HashMap<>();
            List<Coding> chosen = store.codings().list(new CodingFilter(codes, selection.sources(), selection.coder()))
                    .stream().filter(c -> accepts(selection, sources.get(c.source()), c)).toList();
            List<Coding> ordered = new ArrayList<>(chosen);
            Comparator<Coding> bySource = Comparator.comparingLong((Coding c) -> c.source().value())
                    .thenComparingInt(c -> c.span().start()).thenComparingInt(c -> c.span().end());
            ordered.sort(selection.order() == ExcerptOrder.SOURCE
                    ? bySource.thenComparingInt(c -> codeOrder.get(c.code()))
                    : Comparator.comparingInt((Coding c) -> codeOrder.get(c.code())).thenComparing(bySource));
            List<Excerpt> excerpts = new ArrayList<>(ordered.size());
            for (Coding coding : ordered) {
                Source source = sources.get(coding.source());
                TextOffsets text = texts.computeIfAbsent(coding.source(), id -> TextOffsets.of(store.sources().text(id)));
                PageMap pageMap = pages.computeIfAbsent(coding.source(), store.sources()::pageMap);
                Code code = codebook.get(coding.code());
                excerpts.add(new Excerpt(coding.id(), codebook.pathOf(code.id()).toString(), code.color().hex(),
                        source.id(), source.title(), source.metadata().type(), yearOf(source), citationOf(source),
                        coding.span(), text.slice(coding.span()), pageMap.isEmpty() ? null : pageMap.pagesOf(coding.span()),
                        coding.coder().name(), coding.created(), coding.memo() == null ? "" : coding.memo(),
                        ContextWords.before(text, coding.span(), selection.contextWords()),
                        ContextWords.after(text, coding.span(), selection.contextWords())));
            }
            return excerpts;
        });
    }

    /** The codebook alone, as export-codebook writes it. */
    public ExportContent codebookContent() {
        return store.read(() -> ExportContent.codebookOnly(store.info().name(), codebook()));
    }

    /** Every code in codebook order, with its guidance and how many segments and sources it codes. */
    public List<CodebookEntry> codebook() {
        return store.read(() -> {
            Codebook codebook = store.codes().codebook();
            Map<CodeId, Integer> segments = new HashMap<>();
            Map<CodeId, Set<SourceId>> sources = new HashMap<>();
            for (Coding coding : store.codings().list(CodingFilter.ALL)) {
                segments.merge(coding.code(), 1, Integer::sum);
                sources.computeIfAbsent(coding.code(), k -> new HashSet<>()).add(coding.source());
            }
            List<CodebookEntry> entries = new ArrayList<>();
            for (Code code : codebook.depthFirst()) {
                entries.add(new CodebookEntry(codebook.pathOf(code.id()).toString(), code.name(), codebook.depth(code.id()),
                        code.color().hex(), code.guidance().definition(), code.guidance().whenToUse(),
                        code.guidance().whenNotToUse(), code.guidance().example(), segments.getOrDefault(code.id(), 0),
                        sources.getOrDefault(code.id(), Set.of()).size()));
            }
            return entries;
        });
    }

    private static boolean accepts(ExcerptSelection selection, Source source, Coding coding) {
        return inTypeAndYears(selection, source) && memoMatches(selection, coding);
    }

    private static boolean inTypeAndYears(ExcerptSelection selection, Source source) {
        Integer year = yearOf(source);
        if (selection.type() != null && source.metadata().type() != selection.type()) {
            return false;
        }
        if ((selection.fromYear() != null || selection.toYear() != null) && year == null) {
            return false;
        }
        return !(selection.fromYear() != null && year < selection.fromYear()
                || selection.toYear() != null && year > selection.toYear());
    }

    private static boolean memoMatches(ExcerptSelection selection, Coding coding) {
        return selection.memoContains() == null || selection.memoContains().isBlank()
                || coding.memo() != null && coding.memo().toLowerCase(Locale.ROOT)
                        .contains(selection.memoContains().strip().toLowerCase(Locale.ROOT));
    }

    private static Integer yearOf(Source source) {
        return source.metadata().date() == null ? null : source.metadata().date().year();
    }

    private static Citation citationOf(Source source) {
        String key = source.metadata().citationKey();
        return new Citation(key == null || key.isBlank() ? "source" + source.id().value() : key,
                Citation.authorPart(source.metadata().authors(), source.title()), yearOf(source));
    }
}
