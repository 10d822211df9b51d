package org.scholion.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.scholion.analysis.AgreementReport;
import org.scholion.analysis.AgreementResult;
import org.scholion.analysis.CodeAgreement;
import org.scholion.analysis.Disagreement;
import org.scholion.source.SourceId;

/**
 * {@code scholion agreement --json}: per code and overall, each statistic with the units and coders
 * behind it (an undefined statistic has {@code "value": null} and its reason), the notes, and the
 * disagreements with code-point spans.
 */
public final class AgreementJson {

    private AgreementJson() {
    }

    public static void write(AgreementReport report, Map<SourceId, String> sourceTitles, Map<Long, String> codeLabels,
                             OutputStream out) {
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("unit", report.request().unit().word());
            json.writeArrayFieldStart("coders");
            for (String coder : report.request().coders()) {
                json.writeString(coder);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("codes");
            for (CodeAgreement line : report.perCode()) {
                line(json, line, report.request().coders());
            }
            json.writeEndArray();
            json.writeFieldName("overall");
            line(json, report.overall(), report.request().coders());
            json.writeArrayFieldStart("notes");
            for (String note : report.notes()) {
                json.writeString(note);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("disagreements");
            for (Disagreement d : report.disagreements()) {
                json.writeStartObject();
                json.writeNumberField("source", d.source().value());
                json.writeStringField("sourceTitle", sourceTitles.get(d.source()));
                json.writeStringField("code", codeLabels.get(d.code().value()));
                json.writeNumberField("start", d.span().start());
                json.writeNumberField("end", d.span().end());
                JsonDocument.strings(json, "marked", d.marked());
                JsonDocument.strings(json, "omitted", d.omitted());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void line(JsonGenerator json, CodeAgreement line, java.util.List<String> coders) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", line.label());
        json.writeObjectFieldStart("marked");
        for (int c = 0; c < line.marked().size(); c++) {
            json.writeNumberField(coders.get(c), line.marked().get(c));
        }
        json.writeEndObject();
        json.writeArrayFieldStart("statistics");
        for (AgreementResult result : line.statistics()) {
            json.writeStartObject();
            json.writeStringField("statistic", result.statistic());
            if (result.isDefined()) {
                json.writeNumberField("value", result.value().getAsDouble());
            } else {
                json.writeNullField("value");
                json.writeStringField("undefined", result.undefinedReason());
            }
            json.writeNumberField("units", result.units());
            json.writeNumberField("coders", result.coders());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

}
