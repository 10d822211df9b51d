package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.Memo;
import org.scholion.index.HitOrder;
import org.scholion.index.PassageHit;
import org.scholion.source.Source;

/**
 * The study project with more to undo: codings with a top-level code, a sub-code of another tree
 * and the study's one coding, and memos on codes, so that merges and deletes have codings,
 * sub-codes and memos to move. Also the state an undo must restore exactly, and a check that the
 * search index's code: field agrees with the codings.
 */
final class HistoryFixture {

    static final String ARMENIA = "Bilateral relations/Relations with Armenia";
    static final String POWER = "Power-political interests";

    private HistoryFixture() {
    }

    static Project project(java.nio.file.Path dir) {
        Project project = TestProjects.studyProject(dir);
        Source kuzio = project.sources().list().getFirst();
        project.codings().code(kuzio.id(), TestProjects.spanOf(project, kuzio, "The second issue"),
                TestProjects.code(project, ARMENIA).id(), "boris", "diaspora");
        project.codings().code(kuzio.id(), TestProjects.spanOf(project, kuzio, "Second Karabakh War"),
                TestProjects.code(project, POWER).id(), TestProjects.CODER, "");
        TestProjects.memoOnCode(project, TestProjects.code(project, TestProjects.PEACEKEEPING), "Why exclusive",
                "Moscow keeps the OSCE out.");
        TestProjects.memoOnCode(project, TestProjects.code(project, POWER), "Scope", "Power, not security.");
        TestProjects.memoOnCode(project, TestProjects.code(project, "Bilateral relations"), "", "Dyads only.");
        // SourceService.add stores a source without indexing it (an import indexes); index it once here
        project.search().reindex();
        return project;
    }

    /**
     * Everything an undo must put back: the exported codebook (with its name and description), every
     * code with id, key and position and its creation time, every coding with id and anchor, every memo.
     */
    record Snapshot(String codebookFile, List<Code> codes, Map<CodeId, java.time.Instant> created,
                    List<Coding> codings, List<Memo> memos) {
        static Snapshot of(Project project) {
            List<Code> codes = project.codebook().snapshot().depthFirst();
            Map<CodeId, java.time.Instant> created = new LinkedHashMap<>();
            codes.forEach(c -> created.put(c.id(), project.store().codes().created(c.id())));
            return new Snapshot(TestProjects.exported(project), codes, created,
                    project.codings().list(CodingFilter.ALL), project.store().memos().all());
        }
    }

    /** For every code: a code: search finds exactly the passages that hold its (and its sub-codes') codings. */
    static void assertIndexAgrees(Project project) {
        var codebook = project.codebook().snapshot();
        for (Code code : codebook.depthFirst()) {
            String path = codebook.pathOf(code.id()).toString();
            List<PassageHit> hits = project.search().search("code:\"" + path + "\"", 1000, HitOrder.SOURCE).hits();
            List<Coding> codings = project.codings().list(new CodingFilter(codebook.subtree(code.id()), java.util.Set.of(), null));
            assertThat(codings).as("codings of %s each in a hit", path).allSatisfy(c -> assertThat(hits)
                    .anySatisfy(h -> assertThat(h.source().equals(c.source())
                            && h.passage().start() <= c.start() && c.end() <= h.passage().end()).isTrue()));
            assertThat(hits).as("hits of %s each holding a coding", path).allSatisfy(h -> assertThat(codings)
                    .anySatisfy(c -> assertThat(h.source().equals(c.source()) && h.passage().overlaps(c.span())).isTrue()));
        }
    }
}
