package org.scholion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.project.CodedSample;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;

/** `stats`, `cooccurrence` and `words` on the coded sample: what they print is what the project holds. */
class CliReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String project;
    static List<Coding> nato;
    static Set<Long> codingIds;

    @BeforeAll
    static void codedSample() {
        try (Project coded = CodedSample.coded(dir)) {
            project = coded.info().folder().toString();
            CodeId code = TestProjects.code(coded, CodedSample.NATO).id();
            nato = coded.codings().list(new CodingFilter(Set.of(code), Set.of(), null));
            codingIds = coded.codings().list(CodingFilter.ALL).stream().map(c -> c.id().value()).collect(Collectors.toSet());
        }
    }

    @Test
    void statsPrintsSegmentsAndSourcesPerCodeAligned() {
        Cli cli = Cli.run("stats", project);

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.outLines().getFirst()).isEqualTo("Segments and sources per code");
        assertThat(cli.outLines().get(1)).matches("Code +Segments  Sources");
        Set<String> segments = new HashSet<>();
        nato.forEach(c -> segments.add(c.source() + ":" + c.span() + ":" + c.coder().name()));
        long sources = nato.stream().map(Coding::source).distinct().count();
        assertThat(cli.outLines()).anyMatch(line -> line.matches(
                java.util.regex.Pattern.quote(CodedSample.NATO) + " +" + segments.size() + " +" + sources));
        assertThat(cli.outLines().stream().skip(1).map(String::length).distinct()).as("aligned").hasSize(1);
    }

    @Test
    void statsByYearAsJsonAddsUpToTheCodings() throws Exception {
        Cli cli = Cli.run("stats", project, "--by", "year", "--measure", "segments", "--json");

        assertThat(cli.exit()).as(cli.err()).isZero();
        JsonNode table = JSON.readTree(cli.out()).get("tables").get(0);
        assertThat(table.get("title").asText()).isEqualTo("Coded segments per code by year");
        assertThat(table.get("summable").asBoolean()).isTrue();
        long total = 0;
        for (JsonNode row : table.get("rows")) {
            for (JsonNode cell : row.get("cells")) {
                total += cell.asLong();
            }
        }
        assertThat(total).as("the sample has no span coded twice by one coder with one code").isEqualTo(codingIds.size());
        assertThat(table.get("columns").get(0).asText()).matches("\\d{4}");
    }

    @Test
    void statsByCoderWithSubCodesHasTheCodersAndNoTotals() {
        Cli cli = Cli.run("stats", project, "--by", "coder", "--sub-codes", "--measure", "segments");

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.outLines().get(1)).matches("Code +ana +ben +cleo");
        assertThat(cli.out()).doesNotContain("Total");
        assertThat(cli.outLines()).anyMatch(line -> line.startsWith("Power-political interests ") && !line.matches(".* 0 +0 +0$"));
    }

    @Test
    void codedCharactersBySourceHaveNumberedColumnsALegendAndTotals() {
        Cli cli = Cli.run("stats", project, "--by", "source", "--measure", "characters");

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.outLines().getFirst()).isEqualTo("Coded characters per code by source");
        assertThat(cli.outLines().get(1)).matches("Code +\\[1] +\\[2] +\\[3] +\\[4] +\\[5] +Total");
        assertThat(cli.outLines()).anyMatch(line -> line.startsWith("Total "));
        assertThat(cli.outLines()).anyMatch(line -> line.startsWith("[5] Russia's policies towards the conflicts"));
    }

    @Test
    void cooccurrenceJsonListsTheCodingsBehindEachCell() throws Exception {
        Cli cli = Cli.run("cooccurrence", project, "--scope", "paragraph", "--coder", "ana", "--json");

        assertThat(cli.exit()).as(cli.err()).isZero();
        JsonNode root = JSON.readTree(cli.out());
        assertThat(root.get("scope").asText()).isEqualTo("paragraph");
        assertThat(root.get("pairs")).isNotEmpty();
        for (JsonNode cell : root.get("pairs")) {
            assertThat(cell.get("codings")).hasSize(cell.get("count").asInt());
            for (JsonNode pair : cell.get("codings")) {
                assertThat(codingIds).contains(pair.get(0).asLong(), pair.get(1).asLong());
            }
        }
    }

    @Test
    void cooccurrenceTextShowsTheMatrixAndThePairs() {
        Cli cli = Cli.run("cooccurrence", project);

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.outLines().getFirst()).isEqualTo("Co-occurrence of codes on overlapping segments (coding pairs)");
        assertThat(cli.out()).contains("Pairs  Code");
    }

    @Test
    void wordsListsTheCodesCommonestWordsWithoutStopWords() {
        Cli cli = Cli.run("words", project, "--code", CodedSample.NATO, "--limit", "5");

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.outLines()).hasSize(7);
        assertThat(cli.outLines().get(1)).matches("Word +Occurrences +Passages");
        assertThat(cli.out()).contains("nato").doesNotContain(" the ");

        Cli collocates = Cli.run("words", project, "--code", CodedSample.NATO, "--collocates", "NATO", "--window", "3");
        assertThat(collocates.exit()).as(collocates.err()).isZero();
        assertThat(collocates.outLines().getFirst()).startsWith("Words within 3 of 'NATO' (");
    }

    @Test
    void mistakesAreOneLine() {
        Cli by = Cli.run("stats", project, "--by", "decade");
        assertThat(by.exit()).isEqualTo(ScholionCli.USAGE);
        assertThat(by.errLines().getFirst()).contains("'decade' is not one of overall, source, type, year, coder");

        Cli code = Cli.run("words", project, "--code", "Nowhere");
        assertThat(code.exit()).isEqualTo(ScholionCli.FAILURE);
        assertThat(code.errLines()).hasSize(1);
        assertThat(code.errLines().getFirst()).startsWith("scholion words: no code 'Nowhere'");

        Cli stop = Cli.run("words", project, "--code", CodedSample.NATO, "--collocates", "the");
        assertThat(stop.exit()).isEqualTo(ScholionCli.FAILURE);
        assertThat(stop.errLines()).containsExactly("scholion words: 'the' is a stop word or no word: nothing has collocates of it");
    }

    @Test
    void aCodeWithoutCodingsHasNoWordsAndNoCollocates() {
        String border = "Security interests/Border security";
        Cli words = Cli.run("words", project, "--code", border);
        assertThat(words.exit()).as(words.err()).isZero();
        assertThat(words.outLines()).containsExactly("Words in " + border + " (0 words in 0 passages)", "Word  Occurrences  Passages");

        Cli collocates = Cli.run("words", project, "--code", border, "--collocates", "border");
        assertThat(collocates.exit()).as(collocates.err()).isZero();
        assertThat(collocates.outLines().getFirst()).isEqualTo("Words within 5 of 'border' (0 occurrences) in " + border);

        Cli window = Cli.run("words", project, "--code", border, "--collocates", "border", "--window", "0");
        assertThat(window.exit()).isEqualTo(ScholionCli.FAILURE);
        assertThat(window.errLines()).containsExactly("scholion words: the window must be at least one word, not 0");
    }

    @Test
    void anEmptyProjectHasNothingToReport() {
        String empty = dir.resolve("empty").toString();
        assertThat(Cli.run("new", empty).exit()).isZero();

        Cli stats = Cli.run("stats", empty, "--by", "year");
        assertThat(stats.exit()).as(stats.err()).isZero();
        assertThat(stats.outLines()).contains("Code");
        Cli co = Cli.run("cooccurrence", empty);
        assertThat(co.exit()).as(co.err()).isZero();
        assertThat(co.out()).contains("no codes co-occur");
    }
}
