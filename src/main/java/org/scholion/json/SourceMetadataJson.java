package org.scholion.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scholion.source.MetadataPatch;
import org.scholion.source.PartialDate;
import org.scholion.source.SourceType;
import org.scholion.source.TextOrigin;

/**
 * The source-metadata file (docs/metadata-format.md): what a researcher knows about each file she
 * imports, by file name. Errors name the file and the place ({@code sources[2].type}).
 */
public final class SourceMetadataJson {

    private static final Set<String> FIELDS = Set.of(
            "file", "title", "type", "authors", "date", "language", "citationKey", "publication", "origin", "note");

    private static final ObjectMapper MAPPER = new ObjectMapper(CodebookJson.FACTORY);

    private SourceMetadataJson() {
    }

    public static Map<String, MetadataPatch> read(Path file) {
        String name = file.toString();
        JsonNode root;
        try {
            if (Files.size(file) > CodebookJson.MAX_FILE_BYTES) {
                throw new IllegalArgumentException(name + ": the file is too large for a metadata file");
            }
            try (JsonParser parser = CodebookJson.FACTORY.createParser(Files.readAllBytes(file))) {
                root = MAPPER.readTree(parser);
            }
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(name + ":" + (at == null ? 1 : at.getLineNr()) + ":"
                    + (at == null ? 1 : at.getColumnNr()) + ": not valid JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": cannot read the file: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.has("scholionSources")) {
            throw new IllegalArgumentException(name + ": not a Scholion metadata file (no 'scholionSources' field)");
        }
        if (root.get("scholionSources").asInt() != 1) {
            throw new IllegalArgumentException(name + ": scholionSources: version " + root.get("scholionSources")
                    + " is not supported (this Scholion reads version 1)");
        }
        JsonNode sources = root.get("sources");
        if (sources == null || !sources.isArray()) {
            throw new IllegalArgumentException(name + ": sources: expected a list of sources");
        }
        Map<String, MetadataPatch> patches = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            String where = name + ": sources[" + i + "]";
            JsonNode entry = sources.get(i);
            if (!entry.isObject()) {
                throw new IllegalArgumentException(where + ": expected an object");
            }
            for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!FIELDS.contains(field)) {
                    throw new IllegalArgumentException(where + "." + field + ": unknown field (expected one of "
                            + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
                }
            }
            String fileName = text(entry, "file", where);
            if (fileName == null) {
                throw new IllegalArgumentException(where + ": the entry has no 'file'");
            }
            try {
                patches.put(fileName, new MetadataPatch(text(entry, "title", where),
                        map(text(entry, "type", where), SourceType::fromWord), authors(entry, where),
                        map(text(entry, "date", where), PartialDate::parse), text(entry, "language", where),
                        text(entry, "citationKey", where), text(entry, "publication", where),
                        map(text(entry, "origin", where), TextOrigin::fromWord)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return patches;
    }

    private static String text(JsonNode entry, String field, String where) {
        JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isInt() && field.equals("date")) {
            return value.asText();
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(where + "." + field + ": expected a string but found " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return value.asText().isBlank() ? null : value.asText().strip();
    }

    private static List<String> authors(JsonNode entry, String where) {
        JsonNode value = entry.get("authors");
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return List.of(value.asText().strip());
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(where + ".authors: expected a list of names");
        }
        List<String> authors = new ArrayList<>();
        value.forEach(a -> authors.add(a.asText().strip()));
        return authors;
    }

    private static <T> T map(String value, java.util.function.Function<String, T> parse) {
        return value == null ? null : parse.apply(value);
    }

    private static String firstLine(String message) {
        return message == null ? "malformed" : message.lines().findFirst().orElse("malformed");
    }
}
