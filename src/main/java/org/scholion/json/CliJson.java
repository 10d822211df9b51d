package org.scholion.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.scholion.coding.Coding;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoTarget;
import org.scholion.index.KwicLine;
import org.scholion.index.PassageHit;
import org.scholion.index.SearchResults;
import org.scholion.project.CodingRow;
import org.scholion.project.MemoRow;
import org.scholion.project.ProjectSummary;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.Span;

/**
 * The command line's --json output. Scripts and checks read it, so its shape is stable and
 * documented in docs/cli.md: fields are only ever added, never renamed or removed.
 */
public final class CliJson {

    private CliJson() {
    }

    public static void codings(List<CodingRow> rows, OutputStream out) {
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("codings");
            for (CodingRow row : rows) {
                Coding c = row.coding();
                json.writeStartObject();
                json.writeNumberField("id", c.id().value());
                json.writeObjectFieldStart("source");
                json.writeNumberField("id", c.source().value());
                json.writeStringField("title", row.source().title());
                json.writeStringField("citationKey", row.source().metadata().citationKey());
                json.writeEndObject();
                json.writeNumberField("start", c.start());
                json.writeNumberField("end", c.end());
                json.writeStringField("page", row.pages());
                json.writeStringField("code", row.codePath().toString());
                json.writeNumberField("codeId", c.code().value());
                json.writeStringField("coder", c.coder().name());
                json.writeStringField("created", c.created().toString());
                json.writeStringField("memo", c.memo());
                json.writeStringField("text", c.anchor().quote());
                json.writeStringField("before", c.anchor().before());
                json.writeStringField("after", c.anchor().after());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    public static void sources(List<Source> sources, Map<SourceId, Integer> codings, OutputStream out) {
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("sources");
            for (Source s : sources) {
                json.writeStartObject();
                json.writeNumberField("id", s.id().value());
                json.writeStringField("title", s.title());
                json.writeStringField("type", s.metadata().type().word());
                json.writeArrayFieldStart("authors");
                for (String author : s.metadata().authors()) {
                    json.writeString(author);
                }
                json.writeEndArray();
                json.writeStringField("date", s.metadata().date() == null ? null : s.metadata().date().toString());
                if (s.metadata().date() == null) {
                    json.writeNullField("year");
                } else {
                    json.writeNumberField("year", s.metadata().date().year());
                }
                json.writeStringField("language", s.metadata().language());
                json.writeStringField("citationKey", s.metadata().citationKey());
                json.writeStringField("publication", s.metadata().publication());
                json.writeNumberField("length", s.textLength());
                json.writeNumberField("pages", s.pageCount());
                json.writeNumberField("codings", codings.getOrDefault(s.id(), 0));
                json.writeStringField("file", s.original() == null ? null : s.original().fileName());
                json.writeStringField("sha256", s.original() == null ? null : s.original().sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    public static void search(String query, SearchResults results, Map<SourceId, Source> sources, OutputStream out) {
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("query", query);
            json.writeNumberField("totalPassages", results.totalPassages());
            json.writeNumberField("totalMatches", results.totalMatches());
            json.writeArrayFieldStart("hits");
            for (PassageHit hit : results.hits()) {
                json.writeStartObject();
                json.writeNumberField("source", hit.source().value());
                json.writeStringField("title", sources.get(hit.source()) == null ? null : sources.get(hit.source()).title());
                json.writeNumberField("start", hit.passage().start());
                json.writeNumberField("end", hit.passage().end());
                json.writeStringField("page", hit.page());
                json.writeNumberField("score", hit.score());
                json.writeArrayFieldStart("matches");
                for (Span match : hit.matches()) {
                    json.writeStartObject();
                    json.writeNumberField("start", match.start());
                    json.writeNumberField("end", match.end());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    public static void kwic(String query, List<KwicLine> lines, OutputStream out) {
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("query", query);
            json.writeArrayFieldStart("lines");
            for (KwicLine line : lines) {
                json.writeStartObject();
                json.writeNumberField("source", line.source().value());
                json.writeNumberField("start", line.match().start());
                json.writeNumberField("end", line.match().end());
                json.writeStringField("page", line.page());
                json.writeStringField("left", line.left());
                json.writeStringField("keyword", line.keyword());
                json.writeStringField("right", line.right());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    public static void memos(List<MemoRow> rows, OutputStream out) {
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("memos");
            for (MemoRow row : rows) {
                Memo memo = row.memo();
                json.writeStartObject();
                json.writeNumberField("id", memo.id());
                json.writeObjectFieldStart("target");
                switch (memo.target()) {
                    case MemoTarget.OnProject p -> {
                        json.writeStringField("kind", "project");
                        json.writeNullField("id");
                    }
                    case MemoTarget.OnSource s -> {
                        json.writeStringField("kind", "source");
                        json.writeNumberField("id", s.source().value());
                    }
                    case MemoTarget.OnCode c -> {
                        json.writeStringField("kind", "code");
                        json.writeNumberField("id", c.code().value());
                    }
                }
                json.writeStringField("name", row.targetName());
                json.writeEndObject();
                json.writeStringField("title", memo.title());
                json.writeStringField("author", memo.author() == null ? null : memo.author().name());
                json.writeStringField("created", memo.created().toString());
                json.writeStringField("modified", memo.modified().toString());
                json.writeStringField("text", memo.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    public static void summary(ProjectSummary summary, OutputStream out) {
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("name", summary.info().name());
            json.writeStringField("description", summary.info().description());
            json.writeStringField("folder", summary.info().folder().toString());
            json.writeStringField("created", summary.info().created().toString());
            json.writeNumberField("schemaVersion", summary.info().schemaVersion());
            json.writeNumberField("sources", summary.sources());
            json.writeNumberField("codes", summary.codes());
            json.writeNumberField("codings", summary.codings());
            json.writeNumberField("coders", summary.coders());
            json.writeNumberField("actions", summary.actions());
            json.writeEndObject();
        });
    }

}
