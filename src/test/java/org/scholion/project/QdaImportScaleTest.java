package org.scholion.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.project.QdaModels.CP;
import static org.scholion.project.QdaModels.CREATED;
import static org.scholion.project.QdaModels.guid;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.coding.CodingFilter;
import org.scholion.exchange.QdaCode;
import org.scholion.exchange.QdaCoding;
import org.scholion.exchange.QdaNote;
import org.scholion.exchange.QdaProject;
import org.scholion.exchange.QdaSelection;
import org.scholion.exchange.QdaSource;

/**
 * A file with 10,000 codings (two sources of 60,000 words, 5,000 selections with two codings each,
 * a note on every tenth) imports in seconds, not minutes: one transaction per phase, the index
 * built once at the end.
 */
class QdaImportScaleTest {

    private static final int SELECTIONS_PER_SOURCE = 2_500;

    @TempDir
    Path dir;

    @Test
    void tenThousandCodingsImportInSeconds() {
        List<QdaCode> codes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            codes.add(new QdaCode(guid(900_000 + i), "Code " + i, true, null, "", List.of(), List.of()));
        }
        List<QdaNote> notes = new ArrayList<>();
        List<QdaSource> sources = new ArrayList<>();
        int next = 1_000_000;
        for (int s = 0; s < 2; s++) {
            StringBuilder text = new StringBuilder();
            List<QdaSelection> selections = new ArrayList<>();
            int length = 0; // in code points
            for (int i = 0; i < SELECTIONS_PER_SOURCE * 12; i++) {
                int start = length;
                String word = "word" + i + (i % 40 == 39 ? ".\r\n" : " 😀 ");
                text.append(word);
                length += word.codePointCount(0, word.length());
                if (i % 12 == 0) {
                    int end = start + ("word" + i).length();
                    List<QdaCoding> codings = List.of(
                            new QdaCoding(guid(next++), codes.get(i % 20).guid(), CP.guid(), CREATED, List.of()),
                            new QdaCoding(guid(next++), codes.get((i + 7) % 20).guid(), CP.guid(), CREATED, List.of()));
                    List<org.scholion.exchange.Guid> refs = List.of();
                    if (i % 120 == 0) {
                        QdaNote note = new QdaNote(guid(next++), "", "memo " + i, CP.guid(), CREATED, null);
                        notes.add(note);
                        refs = List.of(note.guid());
                    }
                    selections.add(new QdaSelection(guid(next++), "", start, end, "", codings, refs, CP.guid(),
                            CREATED, null));
                }
            }
            sources.add(QdaModels.textSource(s + 1, "Source " + s, text.toString(), selections));
        }
        QdaProject model = new QdaProject("Big", "qc", "", CP.guid(), CREATED, null, List.of(CP), codes, List.of(),
                List.of(), sources, notes, List.of(), List.of());

        long started = System.nanoTime();
        QdaImport.Imported imported = QdaImport.withTika().intoNewProject(model,
                QdaImportRequest.of(dir.resolve("big"), "anna", null));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("QdaImportScaleTest: 10,000 codings imported in " + took.toMillis() + " ms");

        assertThat(imported.report().counts().codings()).isEqualTo(10_000);
        assertThat(imported.report().counts().codingMemos()).isEqualTo(1_000);
        assertThat(imported.report().notes()).isEmpty();
        assertThat(imported.report().counting()).startsWith("Unicode code points (as the standard says; 5000 of 5000");
        assertThat(took).isLessThan(Duration.ofSeconds(60));
        try (Project project = Project.open(imported.project())) {
            assertThat(project.codings().list(CodingFilter.ALL)).hasSize(10_000)
                    .allSatisfy(c -> assertThat(c.anchor().quote()).startsWith("word"));
            assertThat(project.search().search("word1200", 10, org.scholion.index.HitOrder.SOURCE).hits()).isNotEmpty();
        }
    }
}
