package org.scholion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.coding.CodingFilter;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.project.SearchSemantics;
import org.scholion.project.TestProjects;

/**
 * `demo` builds the sample project from the installation's corpus and codebook; on it, `autocode`
 * (dry run and real), `undo` and `reindex` do what they say and nothing else.
 */
class CliAutocodeDemoTest {

    private static final String QUERY = "\"power political\"";
    private static final String CODE = SampleCorpus.POWER_POLITICAL_INTERESTS;

    @TempDir
    static Path dir;
    static String project;
    static Cli demo;
    static String homeBefore;
    static Map<Long, Integer> matchesPerSource = new TreeMap<>();

    @BeforeAll
    static void buildTheDemo() {
        homeBefore = System.getProperty("scholion.home");
        System.setProperty("scholion.home", ".");
        project = dir.resolve("demo").toString();
        demo = Cli.run("demo", project);
        try (Project open = Project.open(Path.of(project))) {
            SearchSemantics.expected(open, SearchSemantics.POWER_POLITICAL)
                    .forEach(m -> matchesPerSource.merge(m.source().value(), 1, Integer::sum));
        }
    }

    @AfterAll
    static void restoreHome() {
        if (homeBefore == null) {
            System.clearProperty("scholion.home");
        } else {
            System.setProperty("scholion.home", homeBefore);
        }
    }

    private static int total() {
        return matchesPerSource.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static TestProjects.State state() {
        try (Project open = Project.open(Path.of(project))) {
            return TestProjects.State.of(open);
        }
    }

    private static JsonNode json(String... args) throws Exception {
        Cli run = Cli.run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void demoBuildsTheSampleProjectWithTheCodebookAndTheFiveSources() throws Exception {
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.err()).isEmpty();
        try (Project open = Project.open(Path.of(project))) {
            int codes = open.codebook().snapshot().size();
            assertThat(codes).isGreaterThan(20);
            assertThat(demo.outLines()).containsExactly("Created the sample project in " + open.info().folder()
                    + ": 5 imported, 0 already in the project, 0 failed, " + codes + " codes");
            assertThat(open.sources().list()).extracting(s -> s.metadata().citationKey()).containsExactlyInAnyOrder(
                    "thesisSouthCaucasus", "russiaForeignPolicyKarabakh2020", "assessingRussiaRole2012", "miholjcic2022",
                    "kuzio2021");
            assertThat(open.codings().list(CodingFilter.ALL)).isEmpty();
        }
    }

    @Test
    void aDryRunShowsTheSegmentsPerSourceAndChangesNothing() {
        TestProjects.State before = state();

        Cli dryRun = Cli.run("autocode", project, QUERY, "--code", CODE, "--dry-run");

        assertThat(dryRun.exit()).as(dryRun.err()).isZero();
        List<String> expected = new ArrayList<>();
        expected.add(total() + " segments in " + matchesPerSource.size() + " sources");
        matchesPerSource.forEach((source, count) -> expected.add("  source " + source + ": " + count));
        expected.add("Dry run: nothing coded.");
        assertThat(dryRun.outLines()).containsExactlyElementsOf(expected);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void autocodeCodesEveryMatchAsOneActionAndUndoTakesItAllBack() throws Exception {
        Cli coded = Cli.run("autocode", project, QUERY, "--code", CODE, "--coder", "boris");

        assertThat(coded.exit()).as(coded.err()).isZero();
        assertThat(coded.outLines()).last().isEqualTo("Coded " + total() + " segments as " + CODE
                + " (one action: 'scholion undo' reverses it).");
        JsonNode codings = json("codings", project, "--code", CODE, "--json").get("codings");
        assertThat(codings).hasSize(total()).allSatisfy(c -> {
            assertThat(c.get("coder").asText()).isEqualTo("boris");
            assertThat(c.get("text").asText()).matches(SearchSemantics.POWER_POLITICAL);
        });
        JsonNode found = json("search", project, "code:\"" + CODE + "\"", "--json");
        JsonNode phrase = json("search", project, QUERY, "--json");
        assertThat(found.get("totalPassages")).isEqualTo(phrase.get("totalPassages"));

        Cli undo = Cli.run("undo", project, "--coder", "boris");

        assertThat(undo.exit()).isZero();
        assertThat(undo.outLines()).singleElement().asString().endsWith("(" + total() + " coding changes)");
        assertThat(json("codings", project, "--json").get("codings")).isEmpty();
        assertThat(json("search", project, "code:\"" + CODE + "\"", "--json").get("totalPassages").asInt()).isZero();
    }

    /** A search's hits without their scores: those may change when the index is rebuilt. */
    private static JsonNode withoutScores(JsonNode results) {
        JsonNode copy = results.deepCopy();
        copy.get("hits").forEach(hit -> ((ObjectNode) hit).remove("score"));
        return copy;
    }

    @Test
    void reindexRebuildsTheIndexWithTheSameResults() throws Exception {
        JsonNode before = json("search", project, "NATO OR peacekeeping", "--json", "--limit", "1000");

        Cli reindex = Cli.run("reindex", project);

        assertThat(reindex.exit()).isZero();
        assertThat(reindex.outLines()).containsExactly("Indexed 5 sources.");
        JsonNode after = json("search", project, "NATO OR peacekeeping", "--json", "--limit", "1000");
        assertThat(withoutScores(after)).isEqualTo(withoutScores(before));
        assertThat(after.get("totalPassages").asInt()).as("more than the 146 of peacekeeping alone").isGreaterThan(146);
    }
}
