package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.project.SearchSemantics.expected;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodeId;
import org.scholion.coding.CodingAction;
import org.scholion.coding.CodingFilter;
import org.scholion.index.HitOrder;
import org.scholion.index.SearchResults;
import org.scholion.project.SearchSemantics.Located;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import org.scholion.source.TextSegments;

/**
 * Auto-coding every hit of "power political" in the imported sample corpus: the preview per scope,
 * what is already coded left out, one action that one undo reverses, and the index's code: field
 * following the codings.
 */
class AutocodeEndToEndTest {

    private static final String QUERY = "\"power political\"";
    private static final String CODE_QUERY = "code:\"" + SampleCorpus.POWER_POLITICAL_INTERESTS + "\"";

    @TempDir
    static Path dir;
    static Project project;
    static CodeId code;
    static List<Located> matches;
    static final Map<SourceId, TextSegments> segments = new HashMap<>();

    @BeforeAll
    static void importTheCorpus() {
        project = SampleCorpus.imported(dir);
        code = TestProjects.code(project, SampleCorpus.POWER_POLITICAL_INTERESTS).id();
        matches = expected(project, SearchSemantics.POWER_POLITICAL);
        project.sources().list().forEach(s -> segments.put(s.id(), TextSegments.of(project.sources().text(s.id()))));
    }

    @AfterAll
    static void close() {
        project.close();
    }

    private static Map<SourceId, Integer> countBySource(List<AutocodePreview.Segment> segments) {
        return segments.stream().collect(Collectors.groupingBy(AutocodePreview.Segment::source,
                Collectors.summingInt(s -> 1)));
    }

    private static boolean within(Span outer, Span inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }

    /** The (source, passage) pairs a search found. */
    private static Set<Located> passages(SearchResults results) {
        return results.hits().stream().map(h -> new Located(h.source(), h.passage())).collect(Collectors.toSet());
    }

    @Test
    void thePreviewCountsSegmentsPerSourceForEachScope() {
        AutocodePreview byMatch = project.search().preview(QUERY, code, AutocodeScope.MATCH);
        assertThat(byMatch.segments()).extracting(s -> new Located(s.source(), s.span())).containsExactlyElementsOf(matches);
        assertThat(byMatch.perSource()).isEqualTo(countBySource(byMatch.segments()));
        assertThat(byMatch.alreadyCoded()).isZero();

        AutocodePreview bySentence = project.search().preview(QUERY, code, AutocodeScope.SENTENCE);
        Set<Located> sentences = new LinkedHashSet<>();
        for (Located match : matches) {
            Span sentence = segments.get(match.source()).sentenceAt(match.span().start()).orElseThrow();
            assertThat(within(sentence, match.span())).as("%s holds its whole match %s", sentence, match).isTrue();
            sentences.add(new Located(match.source(), sentence));
        }
        assertThat(bySentence.segments()).extracting(s -> new Located(s.source(), s.span()))
                .containsExactlyElementsOf(sentences);
        assertThat(bySentence.segments()).allSatisfy(s -> {
            assertThat(segments.get(s.source()).sentences()).contains(s.span());
            assertThat(matches).anySatisfy(m -> assertThat(m.source().equals(s.source()) && within(s.span(), m.span())).isTrue());
        });
        assertThat(bySentence.perSource()).isEqualTo(countBySource(bySentence.segments()));

        AutocodePreview byParagraph = project.search().preview(QUERY, code, AutocodeScope.PARAGRAPH);
        assertThat(byParagraph.segments()).hasSize(29).allSatisfy(s -> {
            assertThat(segments.get(s.source()).paragraphs()).contains(s.span());
            assertThat(matches).anySatisfy(m -> assertThat(m.source().equals(s.source()) && within(s.span(), m.span())).isTrue());
        });
        assertThat(byParagraph.perSource()).isEqualTo(countBySource(byParagraph.segments()));
        assertThat(byParagraph.segments().size()).isLessThanOrEqualTo(bySentence.segments().size());
        assertThat(bySentence.segments().size()).isLessThanOrEqualTo(byMatch.segments().size());
        System.out.printf("autocode %s: %d matches, %d sentences, %d paragraphs%n", QUERY, byMatch.segments().size(),
                bySentence.segments().size(), byParagraph.segments().size());
    }

    @Test
    void applyingCodesEveryNewSegmentAsOneActionThatTheIndexFollowsAndOneUndoReverses() {
        assertThat(project.search().search(CODE_QUERY, 100, HitOrder.SOURCE).totalPassages()).isZero();
        Located first = matches.getFirst();
        project.codings().code(first.source(), first.span(), code, TestProjects.CODER, "by hand");

        AutocodePreview preview = project.search().preview(QUERY, code, AutocodeScope.MATCH);
        assertThat(preview.alreadyCoded()).isEqualTo(1);
        assertThat(preview.segments()).extracting(s -> new Located(s.source(), s.span()))
                .containsExactlyElementsOf(matches.subList(1, matches.size()));

        int made = project.search().applyAutocode(preview, code, "boris").size();

        assertThat(made).isEqualTo(matches.size() - 1);
        assertThat(project.codings().list(new CodingFilter(Set.of(code), Set.of(), null))).hasSize(matches.size());
        long group = project.store().log().lastUndoable().orElseThrow();
        assertThat(project.store().log().group(group)).hasSize(made)
                .allSatisfy(action -> assertThat(action.kind()).isEqualTo(CodingAction.Kind.ADD));
        SearchResults phrase = project.search().search(QUERY, 1000, HitOrder.SOURCE);
        SearchResults coded = project.search().search(CODE_QUERY, 1000, HitOrder.SOURCE);
        assertThat(passages(coded)).isEqualTo(passages(phrase)).hasSize(29);
        assertThat(project.search().preview(QUERY, code, AutocodeScope.MATCH).segments())
                .as("a second auto-coding finds nothing new").isEmpty();

        assertThat(project.codings().undo("boris").description()).endsWith("(" + made + " coding changes)");

        assertThat(project.codings().list(CodingFilter.ALL)).singleElement()
                .satisfies(c -> assertThat(c.memo()).isEqualTo("by hand"));
        Span firstPassage = phrase.hits().getFirst().passage();
        assertThat(passages(project.search().search(CODE_QUERY, 1000, HitOrder.SOURCE)))
                .containsExactly(new Located(first.source(), firstPassage));

        project.codings().undo(TestProjects.CODER);
        assertThat(project.codings().list(CodingFilter.ALL)).isEmpty();
        assertThat(project.search().search(CODE_QUERY, 1000, HitOrder.SOURCE).totalPassages()).isZero();
    }
}
