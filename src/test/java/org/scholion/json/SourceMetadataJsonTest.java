package org.scholion.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholion.source.MetadataPatch;
import org.scholion.source.PartialDate;
import org.scholion.source.SourceType;
import org.scholion.source.TextOrigin;

class SourceMetadataJsonTest {

    @TempDir
    Path dir;

    @Test
    void theSampleCorpusMetadataDescribesEveryCorpusFile() throws IOException {
        Map<String, MetadataPatch> patches = SourceMetadataJson.read(Path.of("corpus/sources.json"));

        try (var files = Files.list(Path.of("corpus"))) {
            List<String> texts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
            assertThat(patches.keySet()).containsExactlyInAnyOrderElementsOf(texts);
        }
        MetadataPatch kuzio = patches.get("news-kuzio-russian-peacekeepers-2021.txt");
        assertThat(kuzio.type()).isEqualTo(SourceType.NEWS);
        assertThat(kuzio.authors()).containsExactly("Taras Kuzio");
        assertThat(kuzio.date()).isEqualTo(PartialDate.parse("2021-11-25"));
        assertThat(kuzio.citationKey()).isEqualTo("kuzio2021");
        assertThat(kuzio.origin()).isEqualTo(TextOrigin.WEB);
        assertThat(patches.get("thesis-russia-conflicts-south-caucasus.txt").origin()).isEqualTo(TextOrigin.PDF);
        assertThat(patches.values()).allSatisfy(p -> assertThat(p.citationKey()).isNotBlank());
    }

    @Test
    void aBadValueIsNamedWithTheFileAndThePlace() throws IOException {
        Path file = dir.resolve("meta.json");
        Files.writeString(file, """
                {"scholionSources": 1, "sources": [
                  {"file": "a.txt", "type": "article"},
                  {"file": "b.txt", "type": "blog"}
                ]}
                """);

        assertThatThrownBy(() -> SourceMetadataJson.read(file))
                .hasMessage(file + ": sources[1]: unknown source type 'blog' (expected one of thesis, article, news, interview, other)");
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanSilentlyIgnored() throws IOException {
        Path file = dir.resolve("meta.json");
        Files.writeString(file, "{\"scholionSources\": 1, \"sources\": [{\"file\": \"a.txt\", \"autor\": \"X\"}]}");

        assertThatThrownBy(() -> SourceMetadataJson.read(file)).hasMessageStartingWith(file + ": sources[0].autor: unknown field");
    }

    @Test
    void brokenJsonGivesLineAndColumn() throws IOException {
        Path file = dir.resolve("meta.json");
        Files.writeString(file, "{\"scholionSources\": 1,\n \"sources\": [ }");

        assertThatThrownBy(() -> SourceMetadataJson.read(file)).hasMessageStartingWith(file + ":2:").hasMessageContaining("not valid JSON");
    }
}
