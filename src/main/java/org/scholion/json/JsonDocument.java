package org.scholion.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One pretty-printed UTF-8 JSON document on a stream the caller keeps open, ending in a newline:
 * the frame every command's {@code --json} output shares.
 */
final class JsonDocument {

    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonDocument() {
    }

    static void write(OutputStream out, Body body) {
        try {
            JsonGenerator json = CodebookJson.FACTORY.createGenerator(out, JsonEncoding.UTF8);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(CodebookJson.prettyPrinter());
            body.write(json);
            json.writeRaw('\n');
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A field holding an array of strings. */
    static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
