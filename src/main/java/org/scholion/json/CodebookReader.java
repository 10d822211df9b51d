package org.scholion.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.codebook.CodeSpec;
import org.scholion.codebook.CodebookSpec;

/**
 * Reads one codebook file token by token, remembering where each code and field stood, so that
 * every error, including the rules checked after reading, points at a line and column.
 */
final class CodebookReader {

    /** Used for codes written without a colour, in turn. */
    private static final List<String> PALETTE = List.of(
            "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf");

    private final String file;
    private final byte[] content;
    private final JsonParser parser;
    private final List<Map<String, JsonLocation>> codeLocations = new ArrayList<>();
    private String field;

    CodebookReader(String file, byte[] content, JsonParser parser) {
        this.file = file;
        this.content = content;
        this.parser = parser;
    }

    /** An error about one field of one code, found after reading: placed where that field stands. */
    CodebookFormatException error(int codeIndex, String codeField, String problem) {
        Map<String, JsonLocation> fields = codeLocations.get(codeIndex);
        field = "codes[" + codeIndex + "]." + codeField;
        return error(fields.getOrDefault(codeField, fields.get("")), problem);
    }

    CodebookSpec readDocument() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw error("the file is empty (a codebook file is a JSON object, starting with '{')");
        }
        if (first != JsonToken.START_OBJECT) {
            throw error("a codebook file is a JSON object, starting with '{'");
        }
        JsonLocation start = parser.currentTokenLocation();
        Integer version = null;
        String name = "";
        String description = "";
        List<CodeSpec> codes = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            field = parser.currentName();
            JsonLocation nameAt = parser.currentTokenLocation();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "scholionCodebook" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        throw error("expected the format version, a whole number, but found " + describe(value));
                    }
                    version = parser.getIntValue();
                    if (version != CodebookJson.VERSION) {
                        throw error("format version " + version + " is not supported (this Scholion reads version "
                                + CodebookJson.VERSION + ")");
                    }
                }
                case "name" -> name = string(value);
                case "description" -> description = string(value);
                case "codes" -> codes = readCodes(value);
                default -> throw error(nameAt, "unknown field (expected scholionCodebook, name, description or codes)");
            }
        }
        field = null;
        if (version == null) {
            throw error(start, "the field 'scholionCodebook' is missing: is this a Scholion codebook?");
        }
        if (codes == null) {
            throw error(start, "the field 'codes' is missing");
        }
        if (parser.nextToken() != null) {
            throw error("unexpected content after the end of the codebook");
        }
        return new CodebookSpec(name, description, codes);
    }

    private List<CodeSpec> readCodes(JsonToken token) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            throw error("expected a list of codes ('[') but found " + describe(token));
        }
        List<CodeSpec> codes = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            codes.add(readCode(codes.size()));
        }
        field = "codes";
        return codes;
    }

    private CodeSpec readCode(int index) throws IOException {
        String prefix = "codes[" + index + "]";
        field = prefix;
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw error("expected a code ('{') but found " + describe(parser.currentToken()));
        }
        Map<String, JsonLocation> locations = new HashMap<>();
        locations.put("", parser.currentTokenLocation());
        codeLocations.add(locations);
        Map<String, String> values = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            field = prefix + "." + name;
            JsonLocation nameAt = parser.currentTokenLocation();
            JsonToken value = parser.nextToken();
            locations.put(name, parser.currentTokenLocation());
            switch (name) {
                case "parent" -> values.put(name, value == JsonToken.VALUE_NULL ? null : string(value));
                case "key", "name", "color", "definition", "whenToUse", "whenNotToUse", "example" ->
                        values.put(name, string(value));
                default -> throw error(nameAt, "unknown field (a code has key, parent, name, color, definition, "
                        + "whenToUse, whenNotToUse and example)");
            }
        }
        field = prefix;
        String key = values.get("key");
        if (key == null) {
            throw error(locations.get(""), "the code has no 'key'");
        }
        if (!key.matches("[a-z0-9][a-z0-9._-]*")) {
            field = prefix + ".key";
            throw error(locations.get("key"), "key '" + key + "' must be lower-case letters, digits, '.', '-' or '_'");
        }
        if (values.get("name") == null) {
            throw error(locations.get(""), "the code has no 'name'");
        }
        String colour = values.getOrDefault("color", PALETTE.get(index % PALETTE.size()));
        CodeColor color = CodeColor.tryParse(colour).orElseThrow(() -> {
            field = prefix + ".color";
            return error(locations.get("color"), "unknown colour '" + colour
                    + "' (expected #rrggbb, #rgb or a CSS colour name such as teal)");
        });
        return new CodeSpec(key, values.get("parent"), values.get("name"), color, new CodeGuidance(
                values.get("definition"), values.get("whenToUse"), values.get("whenNotToUse"), values.get("example")));
    }

    private String string(JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw error("expected a string but found " + describe(token));
        }
        return parser.getText();
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }

    private CodebookFormatException error(String problem) {
        return error(parser.currentTokenLocation(), problem);
    }

    private CodebookFormatException error(JsonLocation location, String problem) {
        FilePosition at = FilePosition.of(content, location);
        return new CodebookFormatException(file, at.line(), at.column(), field, problem);
    }
}
