package org.scholion.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.export.ExcerptOrder;
import org.scholion.export.ExcerptSelection;
import org.scholion.export.ExportContent;
import org.scholion.export.ExportOptions;
import org.scholion.project.ExportProjects;

class ExcerptJsonTest {

    @TempDir
    static Path dir;
    static ExportProjects fixture;
    static ExportContent content;

    @BeforeAll
    static void export() {
        fixture = ExportProjects.create(dir);
        content = fixture.project().exports().content(new ExcerptSelection(null, true, null, null, null, null, null, null,
                ExcerptOrder.SOURCE, 3));
    }

    @AfterAll
    static void close() {
        fixture.project().close();
    }

    private static byte[] json(ExportContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcerptJson().write(content, ExportOptions.DEFAULT, out);
        return out.toByteArray();
    }

    @Test
    void readingTheExportBackGivesEqualContent() throws IOException {
        ExportContent read = ExcerptJson.read(new ByteArrayInputStream(json(content)));
        assertThat(read).isEqualTo(content);
        assertThat(read.excerpts()).hasSize(5);
        assertThat(read.order()).isEqualTo(ExcerptOrder.SOURCE);
    }

    @Test
    void aJsonReaderSeesEveryExcerptExactWithItsCitationAndPages() throws IOException {
        byte[] bytes = json(content);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).as("UTF-8 as is, not \\u escapes")
                .contains("Олена", "🕊️", "“Росія");
        JsonNode root = new ObjectMapper().readTree(bytes);
        assertThat(root.path("scholionExport").asInt()).isEqualTo(1);
        JsonNode excerpts = root.path("excerpts");
        assertThat(excerpts.size()).isEqualTo(5);
        for (JsonNode e : excerpts) {
            var coding = fixture.codings().stream().filter(c -> c.id().value() == e.path("coding").asLong()).findFirst().orElseThrow();
            assertThat(e.path("text").asText()).isEqualTo(fixture.stored(coding));
            assertThat(e.path("start").asInt()).isEqualTo(coding.span().start());
            assertThat(e.path("end").asInt()).isEqualTo(coding.span().end());
            assertThat(e.path("source").path("id").asLong()).isEqualTo(coding.source().value());
        }
        JsonNode across = java.util.stream.StreamSupport.stream(excerpts.spliterator(), false)
                .filter(e -> e.path("coding").asLong() == fixture.acrossPages().id().value()).findFirst().orElseThrow();
        assertThat(across.path("code").path("path").asText()).isEqualTo(ExportProjects.GREAT_POWER);
        assertThat(across.path("pages").asText()).isEqualTo("12\u201313");
        assertThat(across.path("citation").path("inline").asText()).isEqualTo("(Петренко 2023, pp. 12\u201313)");
        assertThat(across.path("citation").path("pandoc").asText()).isEqualTo("[@petrenko2023, pp. 12\u201313]");
        assertThat(across.path("memo").asText()).isEqualTo(ExportProjects.UKRAINIAN_MEMO);
        assertThat(across.path("context").path("before").asText()).isEqualTo("Заява:");
        assertThat(root.path("sources").size()).isEqualTo(4);
        assertThat(root.path("codebook").size()).isEqualTo(content.codebook().size());
    }

    @Test
    void theCodebookAloneAndANonExportAreTold() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcerptJson().writeCodebook(fixture.project().exports().codebookContent(), out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertThat(root.path("codebook").size()).isEqualTo(content.codebook().size());
        assertThat(root.has("excerpts")).isFalse();
        assertThatThrownBy(() -> ExcerptJson.read(new ByteArrayInputStream("{\"codes\":[]}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("not a Scholion export");
    }
}
