package org.scholion.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.project.TestProjects.PEACEKEEPING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoTarget;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;

/**
 * `memo`, `memos`, `memo-edit` and `memo-delete` on the study project (the Kuzio commentary is
 * source 1): what they print is what the project then holds, and `undo` takes each back.
 */
class CliMemoCommandsTest {

    private static final String KUZIO = "Why Russian peacekeepers are a threat to peace in the South Caucasus";

    @TempDir
    Path dir;

    @BeforeEach
    void studyProject() {
        TestProjects.studyProject(dir).close();
    }

    private String project() {
        return dir.resolve("study").toString();
    }

    private List<Memo> memosOnDisk() {
        try (Project project = Project.open(dir.resolve("study"))) {
            return project.memos().list();
        }
    }

    private long written(String... args) {
        Cli run = Cli.run(args);
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).as("prints the new memo's id alone").singleElement().matches(line -> line.matches("\\d+"));
        return Long.parseLong(run.out().strip());
    }

    @Test
    void memosAreWrittenOnTheProjectASourceAndACodeAndListedWithTheirTargets() {
        long question = written("memo", project(), "Why exclusive mediation?", "--coder", "anna");
        long reading = written("memo", project(), "--source", "1", "--title", "Reading", "Commentary, not analysis",
                "--coder", "anna");
        long frame = written("memo", project(), "--code", PEACEKEEPING, "Moscow keeps the OSCE out.\nSee Kuzio.",
                "--coder", "boris");

        List<Memo> stored = memosOnDisk();
        assertThat(stored).extracting(Memo::id).containsExactly(question, reading, frame);
        assertThat(stored.getFirst().target()).isEqualTo(MemoTarget.project());
        assertThat(stored.get(1)).extracting(Memo::title, Memo::text).containsExactly("Reading", "Commentary, not analysis");
        assertThat(stored.get(2).author().name()).isEqualTo("boris");

        Cli all = Cli.run("memos", project());
        assertThat(all.exit()).isZero();
        assertThat(all.outLines()).containsExactly(
                question + "\tproject\t-\tanna\t" + stored.getFirst().modified(),
                "\tWhy exclusive mediation?",
                reading + "\tsource 1 '" + KUZIO + "'\tReading\tanna\t" + stored.get(1).modified(),
                "\tCommentary, not analysis",
                frame + "\tcode '" + PEACEKEEPING + "'\t-\tboris\t" + stored.get(2).modified(),
                "\tMoscow keeps the OSCE out.",
                "\tSee Kuzio.",
                "3 memos");
        assertThat(Cli.run("memos", project(), "--code", PEACEKEEPING).outLines()).first().asString()
                .startsWith(frame + "\tcode '");
        assertThat(Cli.run("memos", project(), "--project").outLines()).last().isEqualTo("1 memo");
    }

    @Test
    void jsonListsEachMemoWithItsTargetAuthorAndTimes() throws Exception {
        long reading = written("memo", project(), "--source", "1", "--title", "Reading", "Commentary", "--coder", "anna");

        Cli run = Cli.run("memos", project(), "--source", "1", "--json");

        assertThat(run.exit()).isZero();
        JsonNode memo = new ObjectMapper().readTree(run.out()).get("memos").get(0);
        Memo stored = memosOnDisk().getFirst();
        assertThat(memo.get("id").asLong()).isEqualTo(reading);
        assertThat(memo.get("target").get("kind").asText()).isEqualTo("source");
        assertThat(memo.get("target").get("id").asLong()).isEqualTo(1);
        assertThat(memo.get("target").get("name").asText()).isEqualTo(KUZIO);
        assertThat(memo.get("title").asText()).isEqualTo("Reading");
        assertThat(memo.get("author").asText()).isEqualTo("anna");
        assertThat(memo.get("created").asText()).isEqualTo(stored.created().toString());
        assertThat(memo.get("modified").asText()).isEqualTo(stored.modified().toString());
        assertThat(memo.get("text").asText()).isEqualTo("Commentary");
        assertThat(new ObjectMapper().readTree(Cli.run("memos", project(), "--project", "--json").out()).get("memos"))
                .isEmpty();
    }

    @Test
    void editAndDeleteAreEachUndoneByUndo() {
        long id = written("memo", project(), "--code", PEACEKEEPING, "first thought");

        Cli edit = Cli.run("memo-edit", project(), Long.toString(id), "--title", "Why exclusive", "second thought");
        assertThat(edit.outLines()).containsExactly("edited memo " + id);
        assertThat(memosOnDisk()).singleElement().extracting(Memo::title, Memo::text)
                .containsExactly("Why exclusive", "second thought");
        assertThat(Cli.run("memo-edit", project(), Long.toString(id), "second thought").outLines())
                .containsExactly("memo " + id + " unchanged");
        Cli retitle = Cli.run("memo-edit", project(), Long.toString(id), "--title", "");
        assertThat(retitle.exit()).isZero();
        assertThat(memosOnDisk().getFirst().text()).as("the text stays when only the title is given").isEqualTo("second thought");

        Cli delete = Cli.run("memo-delete", project(), Long.toString(id));
        assertThat(delete.outLines()).containsExactly("deleted memo " + id);
        assertThat(memosOnDisk()).isEmpty();

        Cli undo = Cli.run("undo", project());
        assertThat(undo.outLines()).containsExactly("undid action 6: deleted a memo on code '" + PEACEKEEPING
                + "' (1 memo change)");
        assertThat(memosOnDisk()).singleElement().extracting(Memo::id, Memo::title, Memo::text)
                .containsExactly(id, "", "second thought");
        assertThat(Cli.run("undo", project()).outLines()).containsExactly("undid action 5: edited the memo on code '"
                + PEACEKEEPING + "' (1 memo change)");
        assertThat(memosOnDisk()).singleElement().extracting(Memo::title).isEqualTo("Why exclusive");
        Cli.run("undo", project());
        assertThat(memosOnDisk()).singleElement().extracting(Memo::title, Memo::text).containsExactly("", "first thought");
        Cli.run("undo", project());
        assertThat(memosOnDisk()).isEmpty();
        assertThat(Cli.run("redo", project()).outLines()).containsExactly("redid action 3: wrote a memo on code '"
                + PEACEKEEPING + "' (1 memo change)");
    }
}
