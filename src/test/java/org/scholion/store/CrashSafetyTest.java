package org.scholion.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.scholion.store.StoreTesting.MIXED_TEXT;
import static org.scholion.store.StoreTesting.T0;
import static org.scholion.store.StoreTesting.clockAt;
import static org.scholion.store.StoreTesting.codePoints;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingAction;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.CodingId;
import org.scholion.project.Project;
import org.scholion.source.NewSource;
import org.scholion.source.Source;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;
import org.scholion.source.Span;

/**
 * A researcher's machine can die at any instant. Whatever Scholion acknowledged (a coding shown on
 * screen) must be there after the crash, and the database must be sound. Here the crash is a
 * SIGKILL of a real Scholion process in the middle of a burst of codings, repeated on one project.
 */
class CrashSafetyTest {

    /** SIGKILL is signal 9; Java reports a process killed by signal n as exit value 128 + n. */
    private static final int KILLED_BY_SIGKILL = 128 + 9;
    private static final int KILL_CYCLES = 8;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCodingSurvivesRepeatedKillsMidBurst() throws Exception {
        // A longer text with supplementary characters throughout, so random spans cut across them.
        String text = (MIXED_TEXT + "\n").repeat(4);
        Path folder;
        Source source;
        Code code;
        try (Project project = Project.create(dir.resolve("crash"), "crash", clockAt(T0))) {
            folder = project.info().folder();
            source = project.sources().add(new NewSource(SourceMetadata.titled("mixed", SourceType.ARTICLE), text,
                    null, null), "anna");
            code = project.codebook().add(null, "Russia", CodeColor.parse("teal"), null, "anna");
        }

        Random random = new Random(20251121L);
        Map<CodingId, Span> acknowledged = new HashMap<>();
        for (int cycle = 1; cycle <= KILL_CYCLES; cycle++) {
            int ackedBeforeKill = 30 + random.nextInt(271);
            String name = "burst-" + cycle;
            Process child = ChildJvm.of(dir.resolve("children"), name, CodingBurst.class, folder.toString(),
                    Long.toString(source.id().value()), Long.toString(code.id().value()), "coder-" + cycle,
                    Long.toString(random.nextLong())).start();
            child.getOutputStream().close();

            try (InputStream stdout = new BufferedInputStream(child.getInputStream())) {
                int acked = 0;
                while (acked < ackedBeforeKill) {
                    String line = readLine(stdout);
                    if (line == null) {
                        fail("cycle %d: the child stopped after %d of %d acknowledgements (exit %d): %s", cycle, acked,
                                ackedBeforeKill, child.waitFor(), ChildJvm.stderr(dir.resolve("children"), name));
                    }
                    acked += acknowledge(line, acknowledged);
                }
                // Killed while it keeps coding: most likely inside a transaction or its fsync. SIGKILL
                // through the handle, as Process.destroyForcibly() would also close the pipe unread.
                assertThat(child.toHandle().destroyForcibly()).isTrue();
                assertThat(child.waitFor()).as("cycle %d: killed by SIGKILL", cycle).isEqualTo(KILLED_BY_SIGKILL);
                assertThat(child.isAlive()).isFalse();
                // Acknowledgements already in the pipe count too, had this test been slow to kill.
                for (String line; (line = readLine(stdout)) != null; ) {
                    acknowledge(line, acknowledged);
                }
            }

            // Opening right after the kill also shows the dead process's lock was released.
            try (ProjectStore store = ProjectStore.open(folder, clockAt(T0))) {
                checkSurvivors(store, text, acknowledged, cycle);
            }
        }

        // The killed processes left index updates uncommitted: the project rebuilds the index on
        // opening, and code: then finds exactly the paragraphs the stored codings overlap.
        try (Project project = Project.open(folder)) {
            assertThat(project.indexStatus().needsRebuild()).isTrue();
            List<Span> codings = project.codings().list(org.scholion.coding.CodingFilter.ALL).stream()
                    .map(org.scholion.coding.Coding::span).toList();
            long coded = org.scholion.source.TextSegments.of(text).paragraphs().stream()
                    .filter(paragraph -> codings.stream().anyMatch(c -> c.overlaps(paragraph))).count();
            assertThat(coded).isPositive();
            assertThat(project.search().search("code:Russia", 0, org.scholion.index.HitOrder.SOURCE).totalPassages())
                    .isEqualTo((int) coded);
        }
    }

    /** Records an "ACK id start end" line; returns 1 for an acknowledgement, 0 for any other line. */
    private static int acknowledge(String line, Map<CodingId, Span> acknowledged) {
        if (!line.startsWith("ACK ")) {
            return 0;
        }
        String[] parts = line.split(" ");
        acknowledged.put(new CodingId(Long.parseLong(parts[1])),
                new Span(Integer.parseInt(parts[2]), Integer.parseInt(parts[3])));
        return 1;
    }

    /** The next whole line, or null at the end; a last line the kill cut short is not a line. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                return line.toString();
            }
            line.append((char) b);
        }
        return null;
    }

    private static void checkSurvivors(ProjectStore store, String text, Map<CodingId, Span> acknowledged, int cycle) {
        assertThat(store.integrityCheck()).as("cycle %d: integrity check", cycle).containsExactly("ok");

        Map<CodingId, Coding> present = store.codings().list(CodingFilter.ALL).stream()
                .collect(Collectors.toMap(Coding::id, Function.identity()));
        acknowledged.forEach((id, span) -> {
            assertThat(present).as("cycle %d: acknowledged coding %s", cycle, id).containsKey(id);
            Coding coding = present.get(id);
            assertThat(coding.span()).as("cycle %d: span of coding %s", cycle, id).isEqualTo(span);
            assertThat(coding.anchor().quote()).isEqualTo(codePoints(text, span.start(), span.end()));
        });
        // Only a commit the kill caught before its acknowledgement was printed is unacknowledged:
        // at most one per kill.
        assertThat(present.size()).as("cycle %d: codings beyond those acknowledged", cycle)
                .isBetween(acknowledged.size(), acknowledged.size() + cycle);

        // The log and the codings are written in one transaction: exactly one 'add' per coding.
        List<CodingAction> adds = store.log().recent(Integer.MAX_VALUE).stream()
                .filter(a -> a.kind() == CodingAction.Kind.ADD).toList();
        assertThat(adds).extracting(a -> a.coding().id())
                .as("cycle %d: one 'add' entry per coding", cycle)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(present.keySet());
        assertThat(adds).allSatisfy(a -> assertThat(a.coding().span()).isEqualTo(present.get(a.coding().id()).span()));
        assertThat(store.log().size()).as("cycle %d: nothing but the added code (its state and the codebook entry) "
                + "and the adds", cycle).isEqualTo(adds.size() + 2);
    }
}
