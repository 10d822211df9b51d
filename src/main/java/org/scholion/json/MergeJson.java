package org.scholion.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.scholion.project.MergeReport;

/** The --json output of `scholion merge`: the merge report, its shape documented in docs/cli.md. */
public final class MergeJson {

    private MergeJson() {
    }

    public static void write(MergeReport report, OutputStream out) {
        try {
            JsonGenerator json = CodebookJson.FACTORY.createGenerator(out, JsonEncoding.UTF8);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(CodebookJson.prettyPrinter());
            json.writeStartObject();
            json.writeStringField("file", report.file());
            json.writeStringField("coder", report.coder());
            json.writeNumberField("merged", report.merged());
            json.writeNumberField("duplicates", report.duplicates());
            strings(json, "matchedSources", report.matchedSources());
            json.writeArrayFieldStart("unmatchedSources");
            for (MergeReport.Unmatched source : report.unmatchedSources()) {
                json.writeStartObject();
                json.writeStringField("title", source.title());
                json.writeNumberField("codings", source.codings());
                json.writeStringField("reason", source.why());
                json.writeEndObject();
            }
            json.writeEndArray();
            strings(json, "matchedCodes", report.matchedCodes());
            strings(json, "createdCodes", report.createdCodes());
            if (report.counting() == null) {
                json.writeNullField("positionCounting");
            } else {
                json.writeStringField("positionCounting", report.counting());
            }
            strings(json, "notes", report.notes());
            json.writeObjectFieldStart("otherCoders");
            for (var coder : report.otherCoders().entrySet()) {
                json.writeNumberField(coder.getKey(), coder.getValue());
            }
            json.writeEndObject();
            if (report.onlyBy() == null) {
                json.writeNullField("onlyBy");
            } else {
                json.writeStringField("onlyBy", report.onlyBy());
            }
            json.writeEndObject();
            json.writeRaw('\n');
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
