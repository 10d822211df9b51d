package org.scholion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.project.CodedSample;
import org.scholion.project.Project;

/** `scholion agreement` on the corpus coded by ana, ben and cleo. */
class CliAgreementTest {

    @TempDir
    Path dir;

    private String project() {
        try (Project project = CodedSample.coded(dir)) {
            return project.info().folder().toString();
        }
    }

    @Test
    void printsATableWithEveryStatisticAndThePlacesOfDisagreement() {
        Cli cli = Cli.run("agreement", project(), "--coders", "ana,ben", "--code", CodedSample.NATO, "--disagreements", "3");

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.outLines().getFirst()).isEqualTo("Agreement between ana, ben, sentences as units");
        assertThat(cli.out()).contains("agreement", "Cohen k", "Fleiss k", "alpha", "all codes");
        assertThat(cli.outLines()).anySatisfy(line -> assertThat(line).startsWith(CodedSample.NATO).matches(".*\\d\\.\\d{3}$"));
        assertThat(cli.out()).containsPattern("\\d+ places where the coders differ \\(the first 3\\):");
        assertThat(cli.outLines()).filteredOn(line -> line.contains(": ben marked, ana did not")).hasSize(3);
        assertThat(cli.out()).doesNotContain("NaN");
    }

    @Test
    void jsonHasTheNumbersBehindEachStatistic() throws Exception {
        Cli cli = Cli.run("agreement", project(), "--coders", "ana,ben,cleo", "--unit", "paragraph", "--json");

        assertThat(cli.exit()).as(cli.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("unit").asText()).isEqualTo("paragraph");
        assertThat(json.get("codes")).isNotEmpty();
        JsonNode nato = null;
        for (JsonNode line : json.get("codes")) {
            if (line.get("code").asText().equals(CodedSample.NATO)) {
                nato = line;
            }
        }
        assertThat(nato).isNotNull();
        assertThat(nato.get("marked").get("cleo").asLong()).isPositive();
        for (JsonNode statistic : nato.get("statistics")) {
            assertThat(statistic.get("coders").asInt()).isEqualTo(3);
            assertThat(statistic.get("units").asInt()).isPositive();
            assertThat(statistic.get("value").isNumber() || statistic.get("undefined").isTextual()).isTrue();
        }
        assertThat(json.get("disagreements").get(0).get("sourceTitle").asText()).isNotBlank();
    }

    @Test
    void theTableGoesToACsvFileForAnAppendix() throws Exception {
        java.nio.file.Path file = dir.resolve("agreement.csv");
        String project = project();
        Cli cli = Cli.run("agreement", project, "--coders", "ana,ben", "--unit", "paragraph", "--csv", file.toString());
        assertThat(cli.exit()).as(cli.err()).isZero();

        String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        java.util.List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT
                .parse(new java.io.StringReader(text.substring(1))).getRecords();
        assertThat(rows.getFirst().toList()).containsExactly("Code", "Units (paragraph)", "Marked by ana", "Marked by ben",
                "percent agreement", "Cohen's kappa", "Fleiss' kappa", "Krippendorff's alpha (nominal)", "Undefined because");
        assertThat(rows.getLast().get(0)).isEqualTo("all codes");
        org.apache.commons.csv.CSVRecord nato = rows.stream().filter(r -> r.get(0).equals(CodedSample.NATO)).findFirst().orElseThrow();
        assertThat(cli.outLines()).anySatisfy(line -> assertThat(line).startsWith(CodedSample.NATO).endsWith(nato.get(7)));
        // an empty statistic has its reason in the last column; a negative value stays a number
        rows.stream().skip(1).forEach(r -> assertThat(r.get(5).isEmpty()).isEqualTo(r.get(8).contains("Cohen's kappa")));
        org.apache.commons.csv.CSVRecord turkey = rows.stream().filter(r -> r.get(0).equals(CodedSample.TURKEY)).findFirst().orElseThrow();
        assertThat(turkey.get(2)).isEqualTo("0");
        assertThat(Double.parseDouble(turkey.get(7))).isNegative();

        Cli again = Cli.run("agreement", project, "--coders", "ana,ben", "--csv", file.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.errLines()).singleElement().asString().contains("exists; use --force");
    }

    @Test
    void badRequestsGetOneLine() {
        String project = project();
        Cli one = Cli.run("agreement", project, "--coders", "ana");
        assertThat(one.exit()).isNotZero();
        assertThat(one.errLines()).singleElement().asString().contains("two or more coders");

        Cli unknown = Cli.run("agreement", project, "--coders", "ana,dora");
        assertThat(unknown.errLines()).singleElement().asString().contains("no coder named 'dora'");

        Cli unit = Cli.run("agreement", project, "--coders", "ana,ben", "--unit", "word");
        assertThat(unit.exit()).isNotZero();
        assertThat(unit.err()).contains("--unit").contains("word");
    }
}
