package org.scholion.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.project.TestProjects.PEACEKEEPERS_PASSAGE;
import static org.scholion.project.TestProjects.PEACEKEEPING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;
import org.scholion.source.NewSource;
import org.scholion.source.PageMap;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;
import org.scholion.source.Span;

/**
 * `code`, `codings` and `undo` on the study project (the study codebook, the Kuzio commentary as
 * source 1 and one coding by anna): what they print is what the project then holds.
 */
class CliCodingCommandsTest {

    private static final String BASES = "Power-political interests/Military bases and physical presence";
    private static final String THESIS_TEXT = "Being a Caucasian state itself, Russia has had security interests "
            + "in this region. The key causal variable of Russia\u2019s behaviour is its power political interests.";

    @TempDir
    Path dir;

    private String kuzioText;

    @BeforeEach
    void studyProject() {
        TestProjects.studyProject(dir).close();
        kuzioText = TestProjects.read(TestProjects.KUZIO_TEXT);
    }

    private String project() {
        return dir.resolve("study").toString();
    }

    private Cli code(int source, Span span, String codePath, String... more) {
        List<String> args = new ArrayList<>(List.of("code", project(), "--source", Integer.toString(source),
                "--start", Integer.toString(span.start()), "--end", Integer.toString(span.end()), "--code", codePath));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private List<Coding> codingsOnDisk() {
        try (Project project = Project.open(dir.resolve("study"))) {
            return project.codings().list(CodingFilter.ALL);
        }
    }

    private Coding newestOnDisk() {
        return codingsOnDisk().stream().max(java.util.Comparator.comparingLong(c -> c.id().value())).orElseThrow();
    }

    /** A thesis excerpt whose second page starts at "The key causal variable", added as the brief says tests do. */
    private void addPagedThesis() {
        try (Project project = Project.open(dir.resolve("study"))) {
            int pageOne = THESIS_TEXT.indexOf("The key causal variable");
            project.sources().add(new NewSource(SourceMetadata.titled("Russia's policies towards the conflicts",
                    SourceType.THESIS), THESIS_TEXT, new PageMap(List.of(new PageMap.PageStart("xii", 0),
                    new PageMap.PageStart("1", pageOne))), null), "tester");
        }
    }

    @Test
    void codeAppliesACodeByItsPathAndQuotesThePassage() {
        Span span = TestProjects.spanOf(kuzioText, "Russian peacekeepers in the area");

        Cli coded = code(1, span, BASES, "--memo", "presence", "--coder", "boris");

        assertThat(coded.exit()).isZero();
        assertThat(coded.err()).isEmpty();
        assertThat(coded.out()).isEqualTo("Coded 2: source 1 [" + span.start() + ", " + span.end() + ") as " + BASES
                + " by boris: \u201cRussian peacekeepers in the area\u201d\n");
        assertThat(codingsOnDisk()).hasSize(2);
        assertThat(newestOnDisk()).satisfies(c -> {
            assertThat(c.span()).isEqualTo(span);
            assertThat(c.coder().name()).isEqualTo("boris");
            assertThat(c.memo()).isEqualTo("presence");
            assertThat(c.anchor().quote()).isEqualTo("Russian peacekeepers in the area");
        });
    }

    @Test
    void codeShowsALongPassageShortenedOnOneLine() {
        String passage = "The second issue is the presence of Russian peacekeepers in the area. "
                + "This should not be surprising";
        Span span = TestProjects.spanOf(kuzioText, passage);

        Cli coded = code(1, span, BASES);

        assertThat(coded.out()).endsWith(": \u201c" + passage.substring(0, 77) + "...\u201d\n");
        assertThat(newestOnDisk().anchor().quote()).isEqualTo(passage);
    }

    @Test
    void codingsListsEachCodingWithItsQuote() {
        Span span = TestProjects.spanOf(kuzioText, PEACEKEEPERS_PASSAGE);

        Cli listed = Cli.run("codings", project());

        assertThat(listed.exit()).isZero();
        assertThat(listed.outLines()).containsExactly(
                "1\tsource 1\t[" + span.start() + ", " + span.end() + ")\t" + PEACEKEEPING + "\tanna\t"
                        + TestProjects.T0 + "\tmemo: peacekeepers as an instrument, not a neutral force",
                "\t\u201c" + PEACEKEEPERS_PASSAGE + "\u201d",
                "1 coding");
    }

    @Test
    void codingsAsJsonGivesEveryDocumentedField() throws IOException {
        addPagedThesis();
        Span acrossPages = TestProjects.spanOf(THESIS_TEXT, "this region. The key causal");
        assertThat(code(2, acrossPages, "Power-political interests", "--coder", "boris").exit()).isZero();
        List<Coding> onDisk = codingsOnDisk();

        JsonNode json = new ObjectMapper().readTree(Cli.run("codings", project(), "--json").out());

        JsonNode codings = json.get("codings");
        assertThat(codings).hasSize(2);
        JsonNode kuzio = codings.get(0);
        assertThat(kuzio.fieldNames()).toIterable().contains("id", "source", "start", "end", "page", "code", "codeId",
                "coder", "created", "memo", "text", "before", "after");
        assertThat(kuzio.get("id").asLong()).isEqualTo(onDisk.get(0).id().value());
        assertThat(kuzio.get("source").get("id").asLong()).isEqualTo(1);
        assertThat(kuzio.get("source").get("title").asText())
                .isEqualTo("Why Russian peacekeepers are a threat to peace in the South Caucasus");
        assertThat(kuzio.get("source").get("citationKey").asText()).isEqualTo("kuzio2021");
        assertThat(kuzio.get("start").asInt()).isEqualTo(onDisk.get(0).start());
        assertThat(kuzio.get("end").asInt()).isEqualTo(onDisk.get(0).end());
        assertThat(kuzio.get("page").isNull()).as("an unpaged source has no page").isTrue();
        assertThat(kuzio.get("code").asText()).isEqualTo(PEACEKEEPING);
        assertThat(kuzio.get("codeId").asLong()).isEqualTo(onDisk.get(0).code().value());
        assertThat(kuzio.get("coder").asText()).isEqualTo("anna");
        assertThat(kuzio.get("created").asText()).isEqualTo(TestProjects.T0.toString());
        assertThat(kuzio.get("memo").asText()).isEqualTo("peacekeepers as an instrument, not a neutral force");
        assertThat(kuzio.get("text").asText()).isEqualTo(PEACEKEEPERS_PASSAGE);
        assertThat(kuzio.get("before").asText()).isEqualTo(onDisk.get(0).anchor().before()).hasSize(32);
        assertThat(kuzio.get("after").asText()).isEqualTo(onDisk.get(0).anchor().after()).hasSize(32);

        JsonNode thesis = codings.get(1);
        assertThat(thesis.get("source").get("id").asLong()).isEqualTo(2);
        assertThat(thesis.get("source").get("citationKey").isNull()).isTrue();
        assertThat(thesis.get("page").asText()).isEqualTo("xii\u20131");
        assertThat(thesis.get("code").asText()).isEqualTo("Power-political interests");
        assertThat(thesis.get("coder").asText()).isEqualTo("boris");
        assertThat(thesis.get("memo").asText()).isEmpty();
        assertThat(thesis.get("text").asText()).isEqualTo("this region. The key causal");
        int start = THESIS_TEXT.indexOf("this region. The key causal");
        assertThat(thesis.get("before").asText()).isEqualTo(THESIS_TEXT.substring(start - 32, start));
        assertThat(thesis.get("after").asText()).isEqualTo(" variable of Russia\u2019s behaviour ");
    }

    @Test
    void codingsSelectsByCodeWithOrWithoutSubCodesAndByCoder() {
        code(1, TestProjects.spanOf(kuzioText, "The second issue"), "Bilateral relations", "--coder", "boris");

        assertThat(Cli.run("codings", project(), "--code", "Power-political interests").outLines())
                .last().isEqualTo("1 coding");
        assertThat(Cli.run("codings", project(), "--code", "Power-political interests", "--exact").outLines())
                .containsExactly("0 codings");
        assertThat(Cli.run("codings", project(), "--code", "Power-political interests", "--code", "Bilateral relations")
                .outLines()).last().isEqualTo("2 codings");
        assertThat(Cli.run("codings", project(), "--coder", "boris").outLines())
                .first().asString().contains("\tBilateral relations\tboris\t");
    }

    @Test
    void undoReversesTheLatestActionAndSaysWhichDownToTheCodebookImport() {
        code(1, TestProjects.spanOf(kuzioText, "The second issue"), "Bilateral relations");

        Cli undone = Cli.run("undo", project());

        assertThat(undone.exit()).isZero();
        assertThat(undone.out()).isEqualTo("undid action 3: coded 16 characters with 'Bilateral relations' "
                + "(1 coding change)\n");
        assertThat(codingsOnDisk()).extracting(c -> c.anchor().quote()).containsExactly(PEACEKEEPERS_PASSAGE);

        assertThat(Cli.run("undo", project()).out()).isEqualTo("undid action 2: coded " + PEACEKEEPERS_PASSAGE.length()
                + " characters with '" + TestProjects.PEACEKEEPING + "' (1 coding change)\n");
        assertThat(codingsOnDisk()).isEmpty();

        Cli codebook = Cli.run("undo", project());
        assertThat(codebook.exit()).isZero();
        assertThat(codebook.out()).isEqualTo("undid action 1: imported a codebook: 21 added, 0 updated, 0 unchanged "
                + "(23 codebook changes)\n");
        assertThat(Cli.run("codebook", "list", project()).outLines()).isEmpty();

        Cli nothing = Cli.run("undo", project());
        assertThat(nothing.exit()).isEqualTo(1);
        assertThat(nothing.errLines()).containsExactly("scholion undo: there is nothing to undo");
    }

    @Test
    void redoReappliesWhatUndoReversedInTurnAndNothingAfterANewAction() {
        code(1, TestProjects.spanOf(kuzioText, "The second issue"), "Bilateral relations");
        Cli.run("undo", project());
        Cli.run("undo", project());
        assertThat(codingsOnDisk()).isEmpty();

        Cli redone = Cli.run("redo", project(), "--coder", "boris");
        assertThat(redone.exit()).isZero();
        assertThat(redone.out()).isEqualTo("redid action 2: coded " + PEACEKEEPERS_PASSAGE.length()
                + " characters with '" + TestProjects.PEACEKEEPING + "' (1 coding change)\n");
        assertThat(codingsOnDisk()).extracting(c -> c.anchor().quote()).containsExactly(PEACEKEEPERS_PASSAGE);

        code(1, TestProjects.spanOf(kuzioText, "The second issue"), "Security interests");
        Cli refused = Cli.run("redo", project());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.errLines()).containsExactly("scholion redo: there is nothing to redo");
        assertThat(codingsOnDisk()).extracting(c -> c.anchor().quote())
                .containsExactlyInAnyOrder(PEACEKEEPERS_PASSAGE, "The second issue");
    }
}
