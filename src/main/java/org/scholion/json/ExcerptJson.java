package org.scholion.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.scholion.coding.CodingId;
import org.scholion.export.Citation;
import org.scholion.export.CitedSource;
import org.scholion.export.CodebookEntry;
import org.scholion.export.Excerpt;
import org.scholion.export.ExcerptOrder;
import org.scholion.export.ExcerptWriter;
import org.scholion.export.ExportContent;
import org.scholion.export.ExportOptions;
import org.scholion.export.ExportedMemo;
import org.scholion.export.MemoKind;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;
import org.scholion.source.Span;

/**
 * The JSON export (docs/export.md): everything of an {@link ExportContent}, losslessly, so that
 * {@link #read} gives back equal content. Excerpts always carry their memo and context words
 * (the options only shape documents); citations carry both their parts and the formatted
 * inline and Pandoc forms, for scripts that just want to print them.
 */
public final class ExcerptJson implements ExcerptWriter {

    /** The version of the format, written as "scholionExport"; raised only for incompatible changes. */
    public static final int VERSION = 1;

    /** Emoji are written as the UTF-8 they are, not as escaped surrogate pairs, so the file reads as the quotes do. */
    static final JsonFactory FACTORY = CodebookJson.FACTORY.rebuild()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    @Override
    public void write(ExportContent content, ExportOptions options, OutputStream out) throws IOException {
        JsonGenerator json = start(out);
        json.writeStringField("project", content.projectName());
        json.writeStringField("order", content.order().name().toLowerCase(java.util.Locale.ROOT));
        json.writeArrayFieldStart("excerpts");
        for (Excerpt e : content.excerpts()) {
            writeExcerpt(json, e);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("sources");
        for (CitedSource s : content.sources()) {
            json.writeStartObject();
            json.writeStringField("key", s.key());
            json.writeArrayFieldStart("authors");
            for (String author : s.authors()) {
                json.writeString(author);
            }
            json.writeEndArray();
            json.writeStringField("title", s.title());
            json.writeStringField("type", s.type().word());
            json.writeStringField("date", s.date());
            writeNumber(json, "year", s.year());
            json.writeStringField("publication", s.publication());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeCodebook(json, content.codebook());
        json.writeArrayFieldStart("memos");
        for (ExportedMemo m : content.memos()) {
            json.writeStartObject();
            json.writeStringField("kind", m.kind().word());
            json.writeStringField("about", m.about());
            json.writeStringField("title", m.title());
            json.writeStringField("text", m.text());
            json.writeStringField("author", m.author());
            json.writeStringField("modified", m.modified() == null ? null : m.modified().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        finish(json);
    }

    @Override
    public void writeCodebook(ExportContent content, OutputStream out) throws IOException {
        JsonGenerator json = start(out);
        json.writeStringField("project", content.projectName());
        writeCodebook(json, content.codebook());
        finish(json);
    }

    private static JsonGenerator start(OutputStream out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(CodebookJson.prettyPrinter());
        json.writeStartObject();
        json.writeNumberField("scholionExport", VERSION);
        return json;
    }

    private static void finish(JsonGenerator json) throws IOException {
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }

    private static void writeExcerpt(JsonGenerator json, Excerpt e) throws IOException {
        json.writeStartObject();
        json.writeNumberField("coding", e.coding().value());
        json.writeObjectFieldStart("code");
        json.writeStringField("path", e.codePath());
        json.writeStringField("color", e.codeColor());
        json.writeEndObject();
        json.writeObjectFieldStart("source");
        json.writeNumberField("id", e.source().value());
        json.writeStringField("title", e.sourceTitle());
        json.writeStringField("type", e.sourceType().word());
        writeNumber(json, "year", e.year());
        json.writeEndObject();
        json.writeObjectFieldStart("citation");
        json.writeStringField("key", e.citation().key());
        json.writeStringField("authors", e.citation().authors());
        writeNumber(json, "year", e.citation().year());
        json.writeStringField("inline", e.citation().inline(e.pages()));
        json.writeStringField("pandoc", e.citation().pandoc(e.pages()));
        json.writeEndObject();
        json.writeNumberField("start", e.span().start());
        json.writeNumberField("end", e.span().end());
        json.writeStringField("pages", e.pages());
        json.writeStringField("text", e.text());
        json.writeStringField("coder", e.coder());
        json.writeStringField("created", e.created().toString());
        json.writeStringField("memo", e.memo());
        json.writeObjectFieldStart("context");
        json.writeStringField("before", e.before());
        json.writeStringField("after", e.after());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeCodebook(JsonGenerator json, List<CodebookEntry> codebook) throws IOException {
        json.writeArrayFieldStart("codebook");
        for (CodebookEntry c : codebook) {
            json.writeStartObject();
            json.writeStringField("path", c.path());
            json.writeStringField("name", c.name());
            json.writeNumberField("depth", c.depth());
            json.writeStringField("color", c.color());
            json.writeStringField("definition", c.definition());
            json.writeStringField("whenToUse", c.whenToUse());
            json.writeStringField("whenNotToUse", c.whenNotToUse());
            json.writeStringField("example", c.example());
            json.writeNumberField("segments", c.segments());
            json.writeNumberField("sources", c.sources());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeNumber(JsonGenerator json, String name, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    /** Reads an export written by {@link #write} back into the content it was written from. */
    public static ExportContent read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper(FACTORY).readTree(in);
        if (root == null || root.path("scholionExport").asInt() != VERSION) {
            throw new IOException("not a Scholion export (version " + VERSION + ")");
        }
        List<Excerpt> excerpts = new ArrayList<>();
        for (JsonNode e : root.path("excerpts")) {
            JsonNode source = e.path("source");
            JsonNode citation = e.path("citation");
            excerpts.add(new Excerpt(new CodingId(e.path("coding").asLong()), text(e.path("code").path("path")),
                    text(e.path("code").path("color")), new SourceId(source.path("id").asLong()),
                    text(source.path("title")), SourceType.fromWord(text(source.path("type"))), number(source.path("year")),
                    new Citation(text(citation.path("key")), text(citation.path("authors")), number(citation.path("year"))),
                    new Span(e.path("start").asInt(), e.path("end").asInt()), text(e.path("text")), text(e.path("pages")),
                    text(e.path("coder")), Instant.parse(text(e.path("created"))), text(e.path("memo")),
                    text(e.path("context").path("before")), text(e.path("context").path("after"))));
        }
        List<CitedSource> sources = new ArrayList<>();
        for (JsonNode s : root.path("sources")) {
            List<String> authors = new ArrayList<>();
            s.path("authors").forEach(a -> authors.add(a.asText()));
            sources.add(new CitedSource(text(s.path("key")), authors, text(s.path("title")),
                    SourceType.fromWord(text(s.path("type"))), text(s.path("date")), number(s.path("year")),
                    text(s.path("publication"))));
        }
        List<CodebookEntry> codebook = new ArrayList<>();
        for (JsonNode c : root.path("codebook")) {
            codebook.add(new CodebookEntry(text(c.path("path")), text(c.path("name")), c.path("depth").asInt(),
                    text(c.path("color")), text(c.path("definition")), text(c.path("whenToUse")),
                    text(c.path("whenNotToUse")), text(c.path("example")), c.path("segments").asInt(),
                    c.path("sources").asInt()));
        }
        List<ExportedMemo> memos = new ArrayList<>();
        for (JsonNode m : root.path("memos")) {
            String modified = text(m.path("modified"));
            memos.add(new ExportedMemo(memoKind(text(m.path("kind"))), text(m.path("about")), text(m.path("title")),
                    text(m.path("text")), text(m.path("author")), modified == null ? null : Instant.parse(modified)));
        }
        ExcerptOrder order = "source".equals(text(root.path("order"))) ? ExcerptOrder.SOURCE : ExcerptOrder.CODE_THEN_SOURCE;
        return new ExportContent(text(root.path("project")), excerpts, codebook, sources, order, memos);
    }

    private static MemoKind memoKind(String word) throws IOException {
        for (MemoKind kind : MemoKind.values()) {
            if (kind.word().equals(word)) {
                return kind;
            }
        }
        throw new IOException("unknown memo kind \"" + word + "\" in a Scholion export");
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    private static Integer number(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asInt();
    }
}
