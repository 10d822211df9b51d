package org.scholion.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.OutputStream;
import org.scholion.project.MergeReport;

/** The --json output of `scholion merge`: the merge report, its shape documented in docs/cli.md. */
public final class MergeJson {

    private MergeJson() {
    }

    public static void write(MergeReport report, OutputStream out) {
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("file", report.file());
            json.writeStringField("coder", report.coder());
            json.writeNumberField("merged", report.merged());
            json.writeNumberField("duplicates", report.duplicates());
            JsonDocument.strings(json, "matchedSources", report.matchedSources());
            json.writeArrayFieldStart("unmatchedSources");
            for (MergeReport.Unmatched source : report.unmatchedSources()) {
                json.writeStartObject();
                json.writeStringField("title", source.title());
                json.writeNumberField("codings", source.codings());
                json.writeStringField("reason", source.why());
                json.writeEndObject();
            }
            json.writeEndArray();
            JsonDocument.strings(json, "matchedCodes", report.matchedCodes());
            JsonDocument.strings(json, "createdCodes", report.createdCodes());
            if (report.counting() == null) {
                json.writeNullField("positionCounting");
            } else {
                json.writeStringField("positionCounting", report.counting());
            }
            JsonDocument.strings(json, "notes", report.notes());
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
        });
    }

}
