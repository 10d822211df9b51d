package org.scholion.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.scholion.export.CitedSource;
import org.scholion.source.SourceType;

/**
 * The cited sources as CSL-JSON, the bibliography format of citeproc, Pandoc's --citeproc and
 * Zotero: an array of items whose "id" is the citation key the Markdown cites ("[@kuzio2021]").
 * Authors stored as "Kuzio, Taras" or "Taras Kuzio" are split into family and given names; a
 * one-word author (an organisation, "Reuters") is written as a literal name.
 */
public final class CslJson {

    private CslJson() {
    }

    public static void write(List<CitedSource> sources, OutputStream out) throws IOException {
        JsonGenerator json = ExcerptJson.FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(CodebookJson.prettyPrinter());
        json.writeStartArray();
        for (CitedSource source : sources) {
            json.writeStartObject();
            json.writeStringField("id", source.key());
            json.writeStringField("type", type(source));
            json.writeStringField("title", source.title());
            if (!source.authors().isEmpty()) {
                json.writeArrayFieldStart("author");
                for (String author : source.authors()) {
                    writeName(json, author);
                }
                json.writeEndArray();
            }
            if (source.publication() != null && !source.publication().isBlank()) {
                json.writeStringField(source.type() == SourceType.THESIS ? "publisher" : "container-title",
                        source.publication());
            }
            if (source.date() != null) {
                json.writeObjectFieldStart("issued");
                json.writeArrayFieldStart("date-parts");
                json.writeStartArray();
                for (String part : source.date().split("-")) {
                    json.writeNumber(Integer.parseInt(part));
                }
                json.writeEndArray();
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeRaw('\n');
        json.close();
    }

    private static String type(CitedSource source) {
        return switch (source.type()) {
            case THESIS -> "thesis";
            case ARTICLE -> "article-journal";
            case NEWS -> "article-newspaper";
            case INTERVIEW -> "interview";
            case OTHER -> "document";
        };
    }

    private static void writeName(JsonGenerator json, String author) throws IOException {
        String name = author.strip();
        json.writeStartObject();
        int comma = name.indexOf(',');
        int space = name.lastIndexOf(' ');
        if (comma > 0) {
            json.writeStringField("family", name.substring(0, comma).strip());
            json.writeStringField("given", name.substring(comma + 1).strip());
        } else if (space > 0) {
            json.writeStringField("family", name.substring(space + 1));
            json.writeStringField("given", name.substring(0, space).strip());
        } else {
            json.writeStringField("literal", name);
        }
        json.writeEndObject();
    }
}
