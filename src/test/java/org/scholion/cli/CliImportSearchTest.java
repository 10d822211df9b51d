package org.scholion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.project.Project;
import org.scholion.project.SampleCorpus;
import org.scholion.project.SearchSemantics;
import org.scholion.project.TestProjects;
import org.scholion.source.Source;
import org.scholion.source.TextOffsets;

/**
 * `import` with a metadata file (JSON, CSV), then `sources`, `search` and `kwic` with their JSON
 * output, on the sample corpus imported once through the command line.
 */
class CliImportSearchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String project;
    static Cli imported;
    static final Map<Long, TextOffsets> texts = new HashMap<>();
    static int peacekeepingMatches;

    @BeforeAll
    static void importTheCorpus() {
        project = dir.resolve("sample").toString();
        assertThat(Cli.run("new", project).exit()).isZero();
        imported = Cli.run("import", project, TestProjects.CORPUS.toString(), "--metadata", SampleCorpus.METADATA.toString());
        try (Project open = Project.open(Path.of(project))) {
            open.sources().list().forEach(s -> texts.put(s.id().value(), TextOffsets.of(open.sources().text(s.id()))));
            peacekeepingMatches = SearchSemantics.expected(open, SearchSemantics.PEACEKEEPING).size();
        }
    }

    private static JsonNode json(Cli run) throws Exception {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return JSON.readTree(run.out());
    }

    private static String slice(long source, int start, int end) {
        return texts.get(source).slice(start, end);
    }

    @Test
    void importWithJsonMetadataGivesEachSourceItsTitleTypeAuthorsDateAndKey() throws Exception {
        assertThat(imported.exit()).isZero();
        assertThat(imported.err()).isEmpty();
        assertThat(imported.outLines()).hasSize(6).last().isEqualTo("5 imported, 0 already in the project, 0 failed");
        assertThat(imported.out()).doesNotContain("sources.json");

        JsonNode sources = json(Cli.run("sources", project, "--json")).get("sources");
        JsonNode metadata = JSON.readTree(SampleCorpus.METADATA.toFile()).get("sources");
        assertThat(sources).hasSize(5);
        for (JsonNode entry : metadata) {
            JsonNode source = null;
            for (JsonNode candidate : sources) {
                if (candidate.get("file").asText().equals(entry.get("file").asText())) {
                    source = candidate;
                }
            }
            assertThat(source).as(entry.get("file").asText()).isNotNull();
            assertThat(source.get("title").asText()).isEqualTo(entry.get("title").asText());
            assertThat(source.get("type").asText()).isEqualTo(entry.get("type").asText());
            assertThat(source.get("authors")).isEqualTo(entry.get("authors"));
            assertThat(source.get("date").isNull() ? null : source.get("date").asText())
                    .isEqualTo(entry.has("date") ? entry.get("date").asText() : null);
            assertThat(source.get("citationKey").asText()).isEqualTo(entry.get("citationKey").asText());
            assertThat(source.get("language").asText()).isEqualTo("en");
            assertThat(source.get("length").asInt()).isEqualTo(texts.get(source.get("id").asLong()).codePointLength());
            assertThat(source.get("pages").asInt()).isZero();
            assertThat(source.get("codings").asInt()).isZero();
            assertThat(source.get("sha256").asText()).matches("[0-9a-f]{64}");
        }
    }

    @Test
    void importWithCsvMetadataReadsEachColumn(@TempDir Path other) throws Exception {
        Path csv = Files.writeString(other.resolve("meta.csv"), """
                file,title,type,authors,date,citationKey,publication,origin
                news-kuzio-russian-peacekeepers-2021.txt,Why Russian peacekeepers are a threat,news,"Kuzio, Taras",2021-11-25,kuzio2021,New Eastern Europe,web
                article-miholjcic-russian-peacekeeping.txt,Role of Russia's Peacekeeping Missions,article,Nina Miholjcic;Second Author,2022,,Caucasus Strategic Perspectives,pdf
                """);
        String target = other.resolve("csv").toString();
        Cli.run("new", target);

        Cli run = Cli.run("import", target, TestProjects.KUZIO_TEXT.toString(),
                TestProjects.CORPUS.resolve(SampleCorpus.MIHOLJCIC).toString(), "--metadata", csv.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode sources = json(Cli.run("sources", target, "--json")).get("sources");
        assertThat(sources).hasSize(2);
        JsonNode kuzio = sources.get(0);
        assertThat(kuzio.get("title").asText()).isEqualTo("Why Russian peacekeepers are a threat");
        assertThat(kuzio.get("type").asText()).isEqualTo("news");
        assertThat(kuzio.get("authors").get(0).asText()).isEqualTo("Kuzio, Taras");
        assertThat(kuzio.get("date").asText()).isEqualTo("2021-11-25");
        assertThat(kuzio.get("citationKey").asText()).isEqualTo("kuzio2021");
        assertThat(kuzio.get("publication").asText()).isEqualTo("New Eastern Europe");
        JsonNode miholjcic = sources.get(1);
        assertThat(miholjcic.get("authors")).extracting(JsonNode::asText).containsExactly("Nina Miholjcic", "Second Author");
        assertThat(miholjcic.get("year").asInt()).isEqualTo(2022);
        assertThat(miholjcic.get("citationKey").asText()).as("made from surname and year").isEqualTo("miholjcic2022");
        try (Project open = Project.open(Path.of(target))) {
            String text = open.sources().text(open.sources().list().get(1).id());
            assertThat(text).as("cleaned as a PDF text").contains("Russia’s peacekeeping deployment");
            assertThat(open.sources().text(open.sources().list().get(0).id())).doesNotContain("Poniższa Polityka");
        }
    }

    @Test
    void searchAsJsonGivesEveryDocumentedFieldAndExactMatchSpans() throws Exception {
        JsonNode all = json(Cli.run("search", project, "peacekeeping", "--json", "--limit", "1000"));

        assertThat(all.fieldNames()).toIterable().containsExactly("query", "totalPassages", "totalMatches", "hits");
        assertThat(all.get("query").asText()).isEqualTo("peacekeeping");
        assertThat(all.get("totalMatches").asInt()).isEqualTo(peacekeepingMatches);
        assertThat(all.get("hits")).hasSize(all.get("totalPassages").asInt());
        int matches = 0;
        for (JsonNode hit : all.get("hits")) {
            assertThat(hit.fieldNames()).toIterable()
                    .containsExactly("source", "title", "start", "end", "page", "score", "matches");
            assertThat(hit.get("title").asText()).isNotBlank();
            assertThat(hit.get("page").isNull()).isTrue();
            assertThat(hit.get("score").asDouble()).isPositive();
            for (JsonNode match : hit.get("matches")) {
                assertThat(match.get("start").asInt()).isBetween(hit.get("start").asInt(), hit.get("end").asInt());
                assertThat(slice(hit.get("source").asLong(), match.get("start").asInt(), match.get("end").asInt()))
                        .matches(SearchSemantics.PEACEKEEPING);
                matches++;
            }
        }
        assertThat(matches).isEqualTo(peacekeepingMatches);

        JsonNode first = json(Cli.run("search", project, "peacekeeping", "--json"));
        assertThat(first.get("hits")).hasSize(20);
        assertThat(first.get("totalMatches")).isEqualTo(all.get("totalMatches"));
        Cli text = Cli.run("search", project, "peacekeeping");
        assertThat(text.outLines()).last().isEqualTo(peacekeepingMatches + " matches in "
                + all.get("totalPassages").asInt() + " paragraphs (first 20 shown)");
    }

    private static List<JsonNode> kwic(String sort) throws Exception {
        JsonNode json = json(Cli.run("kwic", project, "peacekeeping", "--json", "--sort", sort));
        assertThat(json.get("query").asText()).isEqualTo("peacekeeping");
        List<JsonNode> lines = new ArrayList<>();
        json.get("lines").forEach(lines::add);
        return lines;
    }

    @Test
    void kwicAsJsonHasALinePerMatchInTheOrderAsked() throws Exception {
        List<JsonNode> bySource = kwic("source");
        assertThat(bySource).hasSize(peacekeepingMatches);
        for (JsonNode line : bySource) {
            assertThat(line.fieldNames()).toIterable()
                    .containsExactly("source", "start", "end", "page", "left", "keyword", "right");
            assertThat(line.get("keyword").asText()).isEqualTo(SearchSemantics.flat(
                    slice(line.get("source").asLong(), line.get("start").asInt(), line.get("end").asInt())));
            assertThat(line.get("left").asText()).hasSizeLessThanOrEqualTo(40);
        }
        for (int i = 1; i < bySource.size(); i++) {
            JsonNode a = bySource.get(i - 1);
            JsonNode b = bySource.get(i);
            assertThat(a.get("source").asLong() < b.get("source").asLong() || a.get("source").asLong() == b.get("source").asLong()
                    && a.get("start").asInt() < b.get("start").asInt()).as("reading order at line %d", i).isTrue();
        }
        List<JsonNode> byPosition = kwic("position");
        for (int i = 1; i < byPosition.size(); i++) {
            assertThat(byPosition.get(i - 1).get("start").asInt()).isLessThanOrEqualTo(byPosition.get(i).get("start").asInt());
        }
        List<JsonNode> byLeft = kwic("LEFT");
        List<JsonNode> byRight = kwic("right");
        assertThat(byLeft).containsExactlyInAnyOrderElementsOf(bySource).isNotEqualTo(bySource);
        assertThat(byRight).containsExactlyInAnyOrderElementsOf(bySource).isNotEqualTo(bySource);
        assertThat(byPosition).containsExactlyInAnyOrderElementsOf(bySource);
        String nearestLeft = lastWord(byLeft.getFirst().get("left").asText());
        String nearestLeftAtEnd = lastWord(byLeft.getLast().get("left").asText());
        assertThat(nearestLeft.compareToIgnoreCase(nearestLeftAtEnd)).isNegative();
    }

    private static String lastWord(String context) {
        String[] words = context.split("[^\\p{L}\\p{N}]+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    @Test
    void aBadQueryIsOneLineWithItsColumn() {
        Cli run = Cli.run("search", project, "NATO AND");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines())
                .containsExactly("scholion search: column 9: the query ends, expected a word, a \"phrase\" or '('");

        Cli unknownField = Cli.run("kwic", project, "Russia colour:red", "--json");
        assertThat(unknownField.exit()).isEqualTo(1);
        assertThat(unknownField.out()).isEmpty();
        assertThat(unknownField.errLines()).containsExactly(
                "scholion kwic: column 8: unknown field 'colour' (fields: text: type: year: language: source: code:)");
    }

    @Test
    void anUnknownSortIsBadUsageSaidInOneLine() {
        Cli run = Cli.run("kwic", project, "NATO", "--sort", "sideways");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "scholion kwic: Invalid value for option '--sort': 'sideways' is not one of source, position, left, right",
                "Try 'scholion kwic --help'.");
    }
}
