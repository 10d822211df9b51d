package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.project.HistoryFixture.ARMENIA;
import static org.scholion.project.HistoryFixture.POWER;
import static org.scholion.project.TestProjects.CODER;
import static org.scholion.project.TestProjects.PEACEKEEPING;
import static org.scholion.project.TestProjects.code;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.codebook.CodeSpec;
import org.scholion.codebook.CodebookSpec;
import org.scholion.codebook.DeletePolicy;
import org.scholion.project.HistoryFixture.Snapshot;

/**
 * Every codebook action, undone, redone, undone again, and redone after closing and reopening the
 * project: each undo gives back the exact state before (codebook file, codes with ids, keys,
 * positions and creation times, codings with ids and anchors, memos), each redo the exact state
 * after, and the index's code: field follows every step.
 */
class HistoryCodebookTest {

    @TempDir
    Path dir;

    private Project project;
    private Path folder;

    @BeforeEach
    void open() {
        project = HistoryFixture.project(dir);
        folder = project.info().folder();
        // the index check below is worth something only if the index holds the codings to begin with
        assertThat(project.search().search("code:\"" + POWER + "\"", 100, org.scholion.index.HitOrder.SOURCE)
                .totalPassages()).isEqualTo(2);
    }

    @AfterEach
    void close() {
        project.close();
    }

    static Stream<Arguments> actions() {
        return Stream.of(
                action("add a top-level code", p -> p.codebook().add(null, "Energy security",
                        CodeColor.parse("teal"), new CodeGuidance("Gas.", "", "", ""), CODER)),
                action("add a sub-code", p -> p.codebook().add(code(p, POWER).id(), "Arms sales",
                        CodeColor.parse("#123456"), null, CODER)),
                action("rename", p -> p.codebook().rename(code(p, PEACEKEEPING).id(), "Peacekeeping monopoly", CODER)),
                action("recolour", p -> p.codebook().recolour(code(p, POWER).id(), CodeColor.parse("#000"), CODER)),
                action("describe", p -> p.codebook().describe(code(p, ARMENIA).id(),
                        new CodeGuidance("Yerevan.", "Always.", "Never.", "\u201cArmenia\u201d"), CODER)),
                action("move a coded code", p -> p.codebook().move(code(p, ARMENIA).id(),
                        code(p, "Security interests").id(), CODER)),
                action("move a tree to the top level", p -> p.codebook().move(code(p, PEACEKEEPING).id(), null, CODER)),
                action("merge a coded code with a memo", p -> p.codebook().merge(code(p, PEACEKEEPING).id(),
                        code(p, POWER).id(), CODER)),
                action("merge a tree with sub-codes", p -> p.codebook().merge(code(p, "Bilateral relations").id(),
                        code(p, "Security interests").id(), CODER)),
                action("delete an uncoded code", p -> p.codebook().delete(code(p, "Security interests/Border security").id(),
                        DeletePolicy.refuseIfCoded(), CODER)),
                action("delete a tree with its codings", p -> p.codebook().delete(code(p, POWER).id(),
                        new DeletePolicy.DeleteCodings(), CODER)),
                action("delete a tree reassigning its codings", p -> p.codebook().delete(code(p, POWER).id(),
                        new DeletePolicy.ReassignTo(code(p, "Security interests").id()), CODER)),
                action("import a revised codebook", p -> p.codebook().importSpec(revised(p), CODER)));
    }

    private static Arguments action(String name, Consumer<Project> action) {
        return Arguments.of(name, action);
    }

    /** The project's codebook renamed, with one code renamed, one recoloured, one moved and one added. */
    private static CodebookSpec revised(Project project) {
        List<CodeSpec> codes = new ArrayList<>();
        for (CodeSpec c : project.codebook().exportSpec().codes()) {
            codes.add(switch (c.key()) {
                case "power.energy" -> new CodeSpec(c.key(), c.parentKey(), "Energy, pipelines and transit", c.color(), c.guidance());
                case "security.spillover" -> new CodeSpec(c.key(), c.parentKey(), c.name(), CodeColor.parse("#ff0000"), c.guidance());
                case "security.borders" -> new CodeSpec(c.key(), "power", c.name(), c.color(), c.guidance());
                default -> c;
            });
        }
        codes.add(new CodeSpec("bilateral.iran", "bilateral", "Relations with Iran", CodeColor.parse("teal"), null));
        return new CodebookSpec("Revised study codebook", "second round", codes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void undoRestoresTheExactStateBeforeAndRedoTheStateAfterAcrossReopening(String name, Consumer<Project> action) {
        Snapshot before = Snapshot.of(project);
        action.accept(project);
        Snapshot after = Snapshot.of(project);
        assertThat(after).as("the action changed something").isNotEqualTo(before);
        assertThat(project.history().nextUndo()).isPresent();
        assertThat(project.history().nextRedo()).isEmpty();

        project.history().undo(CODER);
        assertThat(Snapshot.of(project)).isEqualTo(before);
        HistoryFixture.assertIndexAgrees(project);

        project.history().redo(CODER);
        assertThat(Snapshot.of(project)).isEqualTo(after);
        HistoryFixture.assertIndexAgrees(project);

        project.history().undo(CODER);
        assertThat(Snapshot.of(project)).isEqualTo(before);

        project.close();
        project = Project.open(folder, TestProjects.clock());
        assertThat(Snapshot.of(project)).isEqualTo(before);
        assertThat(project.history().nextRedo()).isPresent();
        project.history().redo(CODER);
        assertThat(Snapshot.of(project)).isEqualTo(after);
        HistoryFixture.assertIndexAgrees(project);
        assertThat(project.store().integrityCheck()).containsExactly("ok");
    }
}
