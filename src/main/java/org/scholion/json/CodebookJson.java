package org.scholion.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.scholion.codebook.CodeSpec;
import org.scholion.codebook.CodebookProblem;
import org.scholion.codebook.CodebookSpec;

/**
 * The Scholion codebook file (docs/codebook-format.md): read with exact error locations, written
 * in one canonical form, so a file Scholion wrote reads and writes back byte for byte.
 */
public final class CodebookJson {

    /** The format version this Scholion reads and writes. */
    public static final int VERSION = 1;

    /** No codebook is anywhere near this; a larger file is not a codebook. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(20).build())
            .build();

    private CodebookJson() {
    }

    public static CodebookSpec read(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new CodebookFormatException(name, 1, 1, null, "the file has " + size
                        + " bytes; a codebook has at most " + MAX_FILE_BYTES);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in);
            }
        } catch (NoSuchFileException e) {
            throw new CodebookFormatException(name, 1, 1, null, "there is no such file");
        } catch (IOException e) {
            throw new CodebookFormatException(name, 1, 1, null, "cannot read the file: " + e.getMessage());
        }
    }

    public static CodebookSpec read(String fileName, InputStream in) {
        byte[] content;
        try {
            // Held whole, so that every error position can be given in characters, not bytes.
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new CodebookFormatException(fileName, 1, 1, null, "cannot read the file: " + e.getMessage());
        }
        try (JsonParser parser = FACTORY.createParser(content)) {
            CodebookReader reader = new CodebookReader(fileName, content, parser);
            CodebookSpec spec = reader.readDocument();
            checkRules(spec, reader);
            return spec;
        } catch (JsonEOFException e) {
            throw at(fileName, content, e, TRUNCATED);
        } catch (StreamReadException e) {
            String message = firstLine(e.getOriginalMessage());
            // Jackson reports some ends of input (between two fields, say) as plain parse errors.
            throw at(fileName, content, e, message.startsWith("Unexpected end-of-input") ? TRUNCATED
                    : "not valid JSON: " + message);
        } catch (IOException e) {
            throw new CodebookFormatException(fileName, 1, 1, null, "cannot read the file: " + e.getMessage());
        }
    }

    private static final String TRUNCATED = "the file ends in the middle of the codebook (is it truncated?)";

    private static void checkRules(CodebookSpec spec, CodebookReader reader) {
        List<CodebookProblem> problems = spec.problems();
        if (problems.isEmpty()) {
            return;
        }
        CodebookProblem first = problems.getFirst();
        int others = problems.size() - 1;
        String more = others == 0 ? "" : " (and " + others + " more problem" + (others == 1 ? ")" : "s)");
        throw reader.error(first.codeIndex(), first.field(), first.message() + more);
    }

    private static CodebookFormatException at(String file, byte[] content, StreamReadException e, String problem) {
        FilePosition where = FilePosition.of(content, e.getLocation());
        String field = e.getProcessor() == null ? null : fieldPath(e.getProcessor().getParsingContext());
        return new CodebookFormatException(file, where.line(), where.column(), field, problem);
    }

    /**
     * The field Jackson was reading when it failed, as {@code codes[3].color}, from its own parsing
     * context: for a duplicate field that is the duplicate's name. Null outside any field.
     */
    private static String fieldPath(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                path.insert(0, "[" + c.getCurrentIndex() + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                path.insert(0, (c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The canonical form: UTF-8, two-space indent, fields in a fixed order, LF, a final newline. */
    public static void write(CodebookSpec spec, OutputStream out) {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeNumberField("scholionCodebook", VERSION);
            json.writeStringField("name", spec.name());
            json.writeStringField("description", spec.description());
            json.writeArrayFieldStart("codes");
            for (CodeSpec code : spec.codes()) {
                json.writeStartObject();
                json.writeStringField("key", code.key());
                if (code.parentKey() != null) {
                    json.writeStringField("parent", code.parentKey());
                }
                json.writeStringField("name", code.name());
                json.writeStringField("color", code.color().hex());
                writeIfPresent(json, "definition", code.guidance().definition());
                writeIfPresent(json, "whenToUse", code.guidance().whenToUse());
                writeIfPresent(json, "whenNotToUse", code.guidance().whenNotToUse());
                writeIfPresent(json, "example", code.guidance().example());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] toBytes(CodebookSpec spec) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(spec, out);
        return out.toByteArray();
    }

    private static void writeIfPresent(JsonGenerator json, String field, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.writeStringField(field, value);
        }
    }

    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
