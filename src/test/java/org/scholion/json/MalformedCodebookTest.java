package org.scholion.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a codebook file can be broken is refused with its own one-line error naming the file,
 * the line and column (as an editor counts them) and the field at fault. The expected positions
 * are found in the fixture text itself, so an edited fixture cannot leave a stale number behind.
 */
class MalformedCodebookTest {

    static final Path MALFORMED = Path.of("src", "test", "resources", "codebooks", "malformed");

    private static final String UNKNOWN_CODE_FIELD =
            "unknown field (a code has key, parent, name, color, definition, whenToUse, whenNotToUse and example)";

    static Stream<Arguments> faults() {
        return Stream.of(
                fault("truncated.json", Where.endOfFile(), "codes[1].example",
                        "the file ends in the middle of the codebook (is it truncated?)"),
                fault("name-is-a-number.json", Where.at("\"name\": 5", "5"), "name",
                        "expected a string but found a number"),
                fault("codes-is-an-object.json", Where.at("\"codes\": {", "{"), "codes",
                        "expected a list of codes ('[') but found an object"),
                // the line holds “ ” – é before the fault: three-byte characters must count as one column
                fault("unknown-colour.json", Where.at("\"reddish\"", "\"reddish\""), "codes[0].color",
                        "unknown colour 'reddish' (expected #rrggbb, #rgb or a CSS colour name such as teal)"),
                fault("duplicate-name-under-parent.json", Where.nth(2, "\"name\": \"Border security\"", "\"Border"),
                        "codes[3].name", "duplicate name 'Border security' under 'security'"),
                fault("duplicate-name-ignoring-case.json", Where.at("\"border SECURITY\"", "\"border"),
                        "codes[2].name", "duplicate name 'border SECURITY' under 'security'"),
                fault("parent-cycle.json", Where.at("\"parent\": \"b\"", "\"b\""), "codes[1].parent",
                        "codes form a cycle: a -> b -> a (and 1 more problem)"),
                fault("unknown-parent.json", Where.at("\"powr\"", "\"powr\""), "codes[2].parent",
                        "parent 'powr' is not the key of any code"),
                fault("duplicate-key.json", Where.nth(2, "\"key\": \"security.borders\"", "\"security.borders\""),
                        "codes[3].key", "key 'security.borders' is used by an earlier code"),
                fault("unknown-field.json", Where.at("\"whenTouse\"", "\"whenTouse\""), "codes[1].whenTouse",
                        UNKNOWN_CODE_FIELD),
                fault("missing-version.json", Where.at("{\n  \"name\"", "{"), null,
                        "the field 'scholionCodebook' is missing: is this a Scholion codebook?"),
                fault("unsupported-version.json", Where.at("\"scholionCodebook\": 2", "2"), "scholionCodebook",
                        "format version 2 is not supported (this Scholion reads version 1)"),
                // Jackson notices a duplicate once it has read the name: the position is just after it
                fault("duplicate-json-field.json", Where.nth(2, "\"definition\":", ":"), "codes[1].definition",
                        "not valid JSON: Duplicate field 'definition'"),
                fault("not-json.json", Where.at("key,parent", "key"), null,
                        "not valid JSON: Unrecognized token 'key': was expecting (JSON String, Number, Array, "
                                + "Object or token 'null', 'true' or 'false')"),
                fault("empty.json", Where.endOfFile(), null,
                        "the file is empty (a codebook file is a JSON object, starting with '{')"));
    }

    private static Arguments fault(String file, Where where, String field, String problem) {
        return Arguments.of(file, where, field, problem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void isRefusedWithFileLineColumnAndField(String fixture, Where where, String field, String problem) throws IOException {
        Path file = MALFORMED.resolve(fixture);
        String text = Files.readString(file);
        int[] expected = lineAndColumn(text, where.indexIn(text));

        CodebookFormatException error = catchThrowableOfType(CodebookFormatException.class, () -> CodebookJson.read(file));

        assertThat(error).as("%s is refused", fixture).isNotNull();
        assertThat(error.file()).isEqualTo(file.toString());
        assertThat(new int[] {error.line(), error.column()}).as("line and column").containsExactly(expected);
        assertThat(error.field()).isEqualTo(field);
        assertThat(error.problem()).isEqualTo(problem);
        assertThat(error.getMessage()).isEqualTo(file + ":" + expected[0] + ":" + expected[1] + ": "
                + (field == null ? "" : field + ": ") + problem).doesNotContain("\n");
    }

    @Test
    void positionsIgnoreAByteOrderMarkAndCountCrLfAsOneLineBreak(@TempDir Path dir) throws IOException {
        String text = Files.readString(MALFORMED.resolve("unknown-colour.json"));
        int[] expected = lineAndColumn(text, Where.at("\"reddish\"", "\"reddish\"").indexIn(text));
        Path windows = dir.resolve("windows.json");
        Files.writeString(windows, "\uFEFF" + text.replace("\n", "\r\n"), StandardCharsets.UTF_8);

        CodebookFormatException error = catchThrowableOfType(CodebookFormatException.class, () -> CodebookJson.read(windows));

        assertThat(new int[] {error.line(), error.column()}).containsExactly(expected);
    }

    @Test
    void aFileThatIsNotThereIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("codebok.json");

        assertThatThrownBy(() -> CodebookJson.read(missing))
                .isInstanceOf(CodebookFormatException.class)
                .hasMessage(missing + ":1:1: there is no such file");
    }

    @Test
    void contentAfterTheCodebookIsRefusedWhereItStarts() {
        String text = "{\"scholionCodebook\": 1, \"codes\": []}\n{\"scholionCodebook\": 1, \"codes\": []}\n";

        assertThatThrownBy(() -> CodebookJson.read("twice.json", new java.io.ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8))))
                .hasMessage("twice.json:2:1: unexpected content after the end of the codebook");
    }

    @Test
    void aCodeWithoutKeyOrNameIsRefusedAtTheCode() {
        String noKey = "{\"scholionCodebook\": 1, \"codes\": [\n  {\"name\": \"Border security\"}\n]}";
        String noName = "{\"scholionCodebook\": 1, \"codes\": [\n  {\"key\": \"security\"}\n]}";
        String badKey = "{\"scholionCodebook\": 1, \"codes\": [\n  {\"key\": \"Border Security\", \"name\": \"B\"}\n]}";

        assertThatThrownBy(() -> read(noKey)).hasMessage("f.json:2:3: codes[0]: the code has no 'key'");
        assertThatThrownBy(() -> read(noName)).hasMessage("f.json:2:3: codes[0]: the code has no 'name'");
        assertThatThrownBy(() -> read(badKey)).hasMessage(
                "f.json:2:11: codes[0].key: key 'Border Security' must be lower-case letters, digits, '.', '-' or '_'");
    }

    private static void read(String text) {
        CodebookJson.read("f.json", new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Line and column (1-based, the column in characters) of a char index, as an editor shows them. */
    static int[] lineAndColumn(String text, int index) {
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        int line = (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        return new int[] {line, text.codePointCount(lineStart, index) + 1};
    }

    /** Where in a fixture's text the fault stands. */
    interface Where {
        int indexIn(String text);

        /** {@code inside} within the only occurrence of {@code snippet}. */
        static Where at(String snippet, String inside) {
            return text -> {
                int first = text.indexOf(snippet);
                assertThat(first).as("'%s' in the fixture", snippet).isNotNegative();
                assertThat(text.indexOf(snippet, first + 1)).as("'%s' only once in the fixture", snippet).isNegative();
                return first + snippet.indexOf(inside);
            };
        }

        /** {@code inside} within the n-th occurrence of {@code snippet}. */
        static Where nth(int n, String snippet, String inside) {
            return text -> {
                int at = -1;
                for (int i = 0; i < n; i++) {
                    at = text.indexOf(snippet, at + 1);
                    assertThat(at).as("occurrence %d of '%s' in the fixture", i + 1, snippet).isNotNegative();
                }
                return at + snippet.indexOf(inside);
            };
        }

        static Where endOfFile() {
            return String::length;
        }
    }
}
