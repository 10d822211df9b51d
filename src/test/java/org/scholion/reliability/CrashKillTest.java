package org.scholion.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.json.CodebookJson;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;
import org.scholion.source.PageMap;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.store.ProjectLayout;

/**
 * A researcher's machine can die at any instant. Here Scholion is killed with SIGKILL, again and
 * again, while it codes, removes codings, writes memos, adds and renames codes and imports files
 * into one project. After each kill the project must open with a sound database, hold every action
 * it acknowledged (and the one under way either whole or not at all), and have a search index that
 * agrees with the store. {@code -Dcrash.kills=N} sets the number of kills (50 in the normal build).
 */
class CrashKillTest {

    private static final int KILLS = Integer.getInteger("crash.kills", 50);
    private static final long SEED = Long.getLong("crash.seed", 20261122L);
    /** Codes whose passages are compared between the index as found and one built afresh, per kill. */
    private static final int CODES_COMPARED = 6;

    @TempDir
    Path dir;

    private final CrashTally tally = new CrashTally();

    @Test
    void everyAcknowledgedActionSurvivesSigkillsAtRandomMoments() throws Exception {
        Path folder;
        ProjectState expected;
        try (Project project = Project.create(dir.resolve("victim"), "crash", Clock.systemUTC())) {
            folder = project.info().folder();
            project.codebook().importSpec(CodebookJson.read(TestProjects.STUDY_CODEBOOK), TestProjects.CODER);
            for (int i = 0; i < 3; i++) {
                TestProjects.addSource(project, "seed " + i, ImportedText.of("seedmarker" + i), PageMap.NONE);
            }
            expected = ProjectState.of(project);
        }

        Random random = new Random(SEED);
        for (int kill = 1; kill <= KILLS; kill++) {
            long started = System.nanoTime();
            Victim victim = Victim.start(dir.resolve("children"), "victim-" + kill, folder, dir.resolve("incoming"),
                    "coder-" + kill % 3, random.nextLong(), random.nextInt(3) == 0);
            // Most kills come in the middle of the work; some come while the child is still starting,
            // opening the project or bringing the index up to date.
            boolean early = random.nextInt(5) == 0;
            List<String> lines = early ? victim.killAfter(Duration.ofMillis(random.nextInt(1500)))
                    : victim.killAfterAcks(1 + random.nextInt(40), Duration.ofMillis(random.nextInt(25)));
            Action underWay = null;
            for (String line : lines) {
                if (line.startsWith("DO ")) {
                    underWay = Action.parse(line.substring(3));
                } else if (line.startsWith("ACK ")) {
                    expected = expected.with(Action.parse(line.substring(4)));
                    underWay = null;
                    tally.acknowledged++;
                }
            }
            long killed = System.nanoTime();
            expected = survivors(folder, expected, underWay, kill);
            long checked = System.nanoTime();
            indexAgrees(folder, expected, random, kill);
            tally.timed(killed - started, checked - killed, System.nanoTime() - checked);
            tally.kills++;
            ReliabilityFigures.record("crash", tally.line()); // after each kill: a long run shows how far it got
        }
        assertThat(tally.acknowledged).as("the children did work between the kills").isGreaterThan(KILLS);
    }

    /** Checks the project after a kill; returns what it now holds, the action under way settled. */
    private ProjectState survivors(Path folder, ProjectState expected, Action underWay, int kill) {
        try (Project project = Project.open(folder)) {
            assertThat(project.store().integrityCheck()).as("kill %d: integrity check", kill).containsExactly("ok");
            ProjectState found = ProjectState.of(project);
            Optional<ProjectState> explained = expected.explains(found, underWay);
            if (explained.isEmpty()) {
                fail("kill %d: the project does not hold what was acknowledged (under way: %s)%n%s", kill,
                        underWay, difference(expected, found));
            }
            if (underWay != null) {
                tally.settle(!found.equals(expected));
            }
            quotesMatchTheirText(project, kill);
            importsAreWhole(project, found, kill);
            return found;
        }
    }

    private static void quotesMatchTheirText(Project project, int kill) {
        Map<SourceId, int[]> texts = new HashMap<>();
        for (Coding coding : project.codings().list(CodingFilter.ALL)) {
            int[] text = texts.computeIfAbsent(coding.source(), id -> project.sources().text(id).codePoints().toArray());
            String quoted = new String(text, coding.span().start(), coding.span().end() - coding.span().start());
            assertThat(coding.anchor().quote()).as("kill %d: the quote of coding %s", kill, coding.id())
                    .isEqualTo(quoted);
        }
    }

    private static void importsAreWhole(Project project, ProjectState found, int kill) {
        ProjectLayout layout = project.store().layout();
        for (Source source : project.sources().list()) {
            String marker = found.sources().get(source.id().value());
            assertThat(ImportedText.isWhole(project.sources().text(source.id()), marker))
                    .as("kill %d: source %s (%s) is whole", kill, source.id(), marker).isTrue();
            if (source.original() != null) {
                assertThat(layout.originals().resolve(source.original().sha256()))
                        .as("kill %d: the original of source %s", kill, source.id()).isRegularFile()
                        .hasSize(source.original().size());
            }
        }
        try (var left = Files.list(layout.originals())) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList())
                    .as("kill %d: no half-copied original is left once the project is open again", kill).isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void indexAgrees(Path folder, ProjectState state, Random random, int kill) throws Exception {
        List<String> queries;
        Map<String, List<String>> recovered;
        try (Project project = Project.open(folder)) {
            queries = IndexAgreement.queriesFor(project, state, random, CODES_COMPARED);
            recovered = IndexAgreement.answers(project, queries);
            tally.indexOpened(project.indexStatus().needsRebuild());
        }
        Map<String, List<String>> rebuilt;
        try (Project fresh = Project.open(IndexAgreement.storeOnlyCopy(folder, dir.resolve("scratch")))) {
            rebuilt = IndexAgreement.answers(fresh, queries);
        }
        for (String query : queries) {
            assertThat(recovered.get(query)).as("kill %d: %s on the index as found and on one built afresh", kill, query)
                    .isEqualTo(rebuilt.get(query));
        }
    }

    private static String difference(ProjectState expected, ProjectState found) {
        StringBuilder out = new StringBuilder();
        differ(out, "coding", expected.codings(), found.codings());
        differ(out, "code", expected.codes(), found.codes());
        differ(out, "source", expected.sources(), found.sources());
        return out.toString();
    }

    private static void differ(StringBuilder out, String what, Map<Long, String> expected, Map<Long, String> found) {
        TreeSet<Long> ids = new TreeSet<>(expected.keySet());
        ids.addAll(found.keySet());
        for (Long id : ids) {
            if (!java.util.Objects.equals(expected.get(id), found.get(id))) {
                out.append("  ").append(what).append(' ').append(id).append(": acknowledged ")
                        .append(expected.get(id)).append(", found ").append(found.get(id)).append('\n');
            }
        }
    }
}
