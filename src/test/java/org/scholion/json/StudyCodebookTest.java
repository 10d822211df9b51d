package org.scholion.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholion.project.TestProjects.STUDY_CODEBOOK;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.codebook.CodeSpec;
import org.scholion.codebook.CodebookSpec;
import org.scholion.project.CodebookImportReport;
import org.scholion.project.Project;
import org.scholion.project.TestProjects;

/**
 * The study's own codebook: it survives Scholion unchanged, byte for byte, whether only read and
 * written or stored in a project and exported again; and it is a usable codebook for the study,
 * three dimensions with full guidance whose anchor examples really are quotations from the corpus.
 */
class StudyCodebookTest {

    private static final Pattern QUOTATION = Pattern.compile("\u201c(.+?)\u201d");

    @Test
    void readingAndWritingGivesTheSameBytes() throws IOException {
        byte[] original = Files.readAllBytes(STUDY_CODEBOOK);

        byte[] written = CodebookJson.toBytes(CodebookJson.read(STUDY_CODEBOOK));

        assertThat(written).isEqualTo(original);
    }

    @Test
    void importingAndExportingThroughAProjectGivesTheSameBytes(@TempDir Path dir) throws IOException {
        byte[] original = Files.readAllBytes(STUDY_CODEBOOK);
        try (Project project = TestProjects.emptyProject(dir)) {
            CodebookImportReport report = project.codebook().importSpec(CodebookJson.read(STUDY_CODEBOOK), "anna");
            assertThat(report.added()).hasSize(21);
        }

        // reopened, so the export can only come from what the database holds
        try (Project reopened = Project.open(dir.resolve("study"))) {
            Path exported = dir.resolve("exported.json");
            try (var out = Files.newOutputStream(exported)) {
                CodebookJson.write(reopened.codebook().exportSpec(), out);
            }
            assertThat(Files.readAllBytes(exported)).isEqualTo(original);
        }
    }

    @Test
    void hasThreeDimensionsOfThreeToEightSubCodesEach() {
        CodebookSpec study = CodebookJson.read(STUDY_CODEBOOK);

        List<CodeSpec> dimensions = study.codes().stream().filter(c -> c.parentKey() == null).toList();
        assertThat(dimensions).extracting(CodeSpec::name)
                .containsExactly("Security interests", "Power-political interests", "Bilateral relations");
        int subCodeCount = 0;
        for (CodeSpec dimension : dimensions) {
            List<CodeSpec> subCodes = study.codes().stream().filter(c -> dimension.key().equals(c.parentKey())).toList();
            assertThat(subCodes).as("sub-codes of %s", dimension.name()).hasSizeBetween(3, 8);
            subCodeCount += subCodes.size();
        }
        assertThat(study.codes()).as("every code is a dimension or one of its sub-codes: two levels")
                .hasSize(dimensions.size() + subCodeCount);
    }

    @Test
    void everyCodeTellsCodersWhatItMeansWhenToUseItAndWhenNot() {
        for (CodeSpec code : CodebookJson.read(STUDY_CODEBOOK).codes()) {
            assertThat(code.guidance().definition()).as("definition of %s", code.key()).isNotBlank();
            assertThat(code.guidance().whenToUse()).as("whenToUse of %s", code.key()).isNotBlank();
            assertThat(code.guidance().whenNotToUse()).as("whenNotToUse of %s", code.key()).isNotBlank();
            assertThat(code.guidance().example()).as("example of %s", code.key()).isNotBlank();
        }
    }

    @Test
    void everyAnchorExampleQuotesTheCorpus() throws IOException {
        Map<String, String> corpus = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(TestProjects.CORPUS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                corpus.put(file.getFileName().toString(), asRunningText(Files.readString(file)));
            }
        }
        assertThat(corpus).containsKey("thesis-russia-conflicts-south-caucasus.txt");

        for (CodeSpec code : CodebookJson.read(STUDY_CODEBOOK).codes()) {
            Matcher quotation = QUOTATION.matcher(code.guidance().example());
            assertThat(quotation.find()).as("example of %s has a quotation in \u201c\u201d", code.key()).isTrue();
            String quoted = asRunningText(quotation.group(1));
            assertThat(corpus.values()).as("the quotation of %s, \u201c%s\u201d, in corpus/", code.key(), quoted)
                    .anyMatch(text -> text.contains(quoted));
        }
    }

    @Test
    void runningTextJoinsHyphenatedLineEndsAndCollapsesLineBreaks() {
        assertThat(asRunningText("Russia's peace-\nkeeping mission\r\n\n  in Karabakh")).isEqualTo(
                "Russia's peacekeeping mission in Karabakh");
        assertThat(asRunningText("spill-over  stays")).as("a hyphen inside a line stays").isEqualTo("spill-over  stays");
    }

    /**
     * Text extracted from PDF keeps its hard line breaks and splits words at line ends with a
     * hyphen; a quotation in a codebook is written as running text. This joins the two halves of a
     * word split at a line end and turns every line break (with the spaces around it) into one space.
     */
    static String asRunningText(String text) {
        return text.replaceAll("(\\p{L})-[ \\t]*\\R[ \\t]*(\\p{L})", "$1$2")
                .replaceAll("[ \\t]*(\\R[ \\t]*)+", " ");
    }
}
