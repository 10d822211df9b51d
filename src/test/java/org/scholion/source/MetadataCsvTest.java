package org.scholion.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataCsvTest {

    @Test
    void readsQuotedCellsAuthorListsAndAnyColumnOrder() {
        String csv = "\uFEFFtitle,file,authors,date,type\r\n"
                + "\"Why peacekeepers, \"\"neutral\"\" ones, fail\",kuzio.txt,Taras Kuzio; Anna Ivanova,2021-11-25,news\r\n"
                + "Россия и Кавказ,ru.txt,,2008,article\r\n";

        Map<String, MetadataPatch> patches = MetadataCsv.parse("meta.csv", csv);

        MetadataPatch kuzio = patches.get("kuzio.txt");
        assertThat(kuzio.title()).isEqualTo("Why peacekeepers, \"neutral\" ones, fail");
        assertThat(kuzio.authors()).containsExactly("Taras Kuzio", "Anna Ivanova");
        assertThat(kuzio.date()).isEqualTo(PartialDate.parse("2021-11-25"));
        assertThat(kuzio.type()).isEqualTo(SourceType.NEWS);
        MetadataPatch russian = patches.get("ru.txt");
        assertThat(russian.title()).isEqualTo("Россия и Кавказ");
        assertThat(russian.authors()).as("an empty cell overrides nothing").isNull();
    }

    @Test
    void errorsNameTheFileAndTheLine() {
        assertThatThrownBy(() -> MetadataCsv.parse("meta.csv", "file,date\na.txt,2021\nb.txt,21-3-2020\n"))
                .hasMessageStartingWith("meta.csv:3: '21-3-2020' is not a date");
        assertThatThrownBy(() -> MetadataCsv.parse("meta.csv", "file,year\na.txt,2021\n"))
                .hasMessageStartingWith("meta.csv:1: unknown column 'year'");
        assertThatThrownBy(() -> MetadataCsv.parse("meta.csv", "file,title\na.txt,\"open\n"))
                .hasMessage("meta.csv:3: a quoted cell is not closed");
    }

    @Test
    void aPatchOverridesOnlyWhatItSets() {
        SourceMetadata fromFile = new SourceMetadata("Untitled", SourceType.OTHER, java.util.List.of("Tika Author"),
                null, "en", null, null);
        MetadataPatch cli = new MetadataPatch("Kuzio 2021", null, null, null, null, "kuzio2021", null, null);
        MetadataPatch file = new MetadataPatch("From the metadata file", SourceType.NEWS, null, null, null, null, null, null);

        SourceMetadata result = cli.over(file).applyTo(fromFile);

        assertThat(result).isEqualTo(new SourceMetadata("Kuzio 2021", SourceType.NEWS, java.util.List.of("Tika Author"),
                null, "en", "kuzio2021", null));
    }
}
