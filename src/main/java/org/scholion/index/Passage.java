package org.scholion.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.scholion.codebook.CodePath;
import org.scholion.source.PageMap;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;
import org.scholion.source.TextSegments;

/**
 * One paragraph of a source as the index holds it: everything needed to show a hit and to
 * re-index the paragraph later (when its codings change) without going back to the store.
 *
 * @param span the paragraph in code points of the source's stored text
 * @param pages the pages the paragraph touches, with their starts in source code points
 * @param text the paragraph's text, exactly {@code span} of the stored text
 */
record Passage(SourceId source, String title, SourceType type, Integer year, String language,
               Span span, PageMap pages, String text) {

    /** The source cut into paragraphs. */
    static List<Passage> of(IndexedSource source) {
        TextOffsets offsets = TextOffsets.of(source.text());
        List<Passage> passages = new ArrayList<>();
        for (Span paragraph : TextSegments.of(source.text()).paragraphs()) {
            passages.add(new Passage(source.id(), source.title(), source.type(), source.year(),
                    normalizedLanguage(source.language()), paragraph, pagesTouching(source.pages(), paragraph),
                    offsets.slice(paragraph)));
        }
        return passages;
    }

    static String normalizedLanguage(String language) {
        return language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
    }

    /** The page or pages of the whole paragraph, as cited. */
    String page() {
        return pages.pagesOf(span);
    }

    /** The page a source offset inside this paragraph is on. */
    String pageAt(int offset) {
        return pages.pageAt(offset);
    }

    /**
     * The code terms of the codings that overlap this paragraph: each applied code path and all of
     * its ancestors, in lower case, so that {@code code:"Security interests"} also finds passages
     * coded with one of its sub-codes, and "Security interests/Border" does not find "Border-x".
     */
    Set<String> codeTerms(Collection<IndexedSource.CodedSpan> codings) {
        return codeTerms(span, codings);
    }

    static Set<String> codeTerms(Span span, Collection<IndexedSource.CodedSpan> codings) {
        Set<String> terms = new TreeSet<>();
        for (IndexedSource.CodedSpan coding : codings) {
            if (coding.span().overlaps(span)) {
                terms.addAll(codeTermsOf(coding.codePath()));
            }
        }
        return terms;
    }

    static List<String> codeTermsOf(String codePath) {
        CodePath path = CodePath.parse(codePath);
        List<String> terms = new ArrayList<>();
        for (int depth = 1; depth <= path.depth(); depth++) {
            terms.add(codeTerm(new CodePath(path.names().subList(0, depth))));
        }
        return terms;
    }

    static String codeTerm(CodePath path) {
        return path.toString().toLowerCase(Locale.ROOT);
    }

    private static PageMap pagesTouching(PageMap pages, Span paragraph) {
        if (pages.isEmpty()) {
            return PageMap.NONE;
        }
        List<PageMap.PageStart> touching = new ArrayList<>();
        for (PageMap.PageStart page : pages.pages()) {
            if (page.start() < paragraph.end()) {
                if (page.start() <= paragraph.start()) {
                    touching.clear(); // only the last page starting at or before the paragraph matters
                }
                touching.add(page);
            }
        }
        if (touching.isEmpty()) {
            touching.add(pages.pages().getFirst()); // PageMap reports the first page for text before it
        }
        return PageMap.of(touching);
    }
}
