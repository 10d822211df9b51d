package org.scholion.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.scholion.analysis.CoOccurrence;
import org.scholion.analysis.CodingPair;
import org.scholion.analysis.Collocate;
import org.scholion.analysis.Collocates;
import org.scholion.analysis.CountTable;
import org.scholion.analysis.WordCount;
import org.scholion.analysis.WordFrequencies;

/**
 * The --json output of the report commands (stats, cooccurrence, words), documented in
 * docs/cli.md; like {@link CliJson}, fields are only ever added.
 */
public final class ReportJson {

    private ReportJson() {
    }

    /** {@code {"tables": [table, ...]}}. */
    public static void tables(List<CountTable> tables, OutputStream out) {
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("tables");
            for (CountTable table : tables) {
                table(table, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** The table, and for each non-zero cell on or above the diagonal the ids of the coding pairs behind it. */
    public static void coOccurrence(CoOccurrence co, OutputStream out) {
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("scope", co.scope().word());
            json.writeFieldName("table");
            table(co.table(), json);
            json.writeArrayFieldStart("pairs");
            CountTable table = co.table();
            for (int r = 0; r < table.rows().size(); r++) {
                for (int c = r; c < table.columns().size(); c++) {
                    if (table.cell(r, c) == 0) {
                        continue;
                    }
                    json.writeStartObject();
                    json.writeStringField("code", table.rows().get(r));
                    json.writeStringField("otherCode", table.columns().get(c));
                    json.writeNumberField("count", table.cell(r, c));
                    json.writeArrayFieldStart("codings");
                    for (CodingPair pair : co.pairs(r, c)) {
                        json.writeStartArray();
                        json.writeNumber(pair.first().id().value());
                        json.writeNumber(pair.second().id().value());
                        json.writeEndArray();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    public static void words(WordFrequencies words, OutputStream out) {
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("code", words.code());
            json.writeNumberField("passages", words.passages());
            json.writeNumberField("tokens", words.tokens());
            json.writeArrayFieldStart("words");
            for (WordCount w : words.words()) {
                json.writeStartObject();
                json.writeStringField("word", w.word());
                json.writeStringField("stem", w.key());
                json.writeNumberField("occurrences", w.occurrences());
                json.writeNumberField("passages", w.passages());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    public static void collocates(Collocates found, OutputStream out) {
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("code", found.code());
            json.writeStringField("word", found.word());
            json.writeNumberField("window", found.window());
            json.writeNumberField("occurrences", found.occurrences());
            json.writeArrayFieldStart("collocates");
            for (Collocate c : found.collocates()) {
                json.writeStartObject();
                json.writeStringField("word", c.word());
                json.writeStringField("stem", c.key());
                json.writeNumberField("together", c.together());
                json.writeNumberField("occurrences", c.frequency());
                json.writeNumberField("logDice", Math.round(c.logDice() * 1000) / 1000.0);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void table(CountTable table, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("title", table.title());
        json.writeStringField("rowHeading", table.rowHeading());
        json.writeStringField("columnHeading", table.columnHeading());
        json.writeStringField("measure", table.measure());
        json.writeBooleanField("summable", table.summable());
        json.writeArrayFieldStart("columns");
        for (String column : table.columns()) {
            json.writeString(column);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rows");
        for (int r = 0; r < table.rows().size(); r++) {
            json.writeStartObject();
            json.writeStringField("label", table.rows().get(r));
            json.writeArrayFieldStart("cells");
            for (int c = 0; c < table.columns().size(); c++) {
                json.writeNumber(table.cell(r, c));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

}
