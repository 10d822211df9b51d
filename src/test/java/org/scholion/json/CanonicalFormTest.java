package org.scholion.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeGuidance;
import org.scholion.codebook.CodeSpec;
import org.scholion.codebook.CodebookSpec;

/**
 * A hand-written codebook (any field order, colour names, missing colours) is read, and Scholion
 * writes one canonical form of it, so that exported codebooks diff cleanly and read back unchanged.
 */
class CanonicalFormTest {

    private static final Path HAND_WRITTEN = Path.of("src", "test", "resources", "codebooks", "hand-written.json");

    @Test
    void aHandWrittenCodebookIsWrittenInCanonicalForm() {
        CodebookSpec spec = CodebookJson.read(HAND_WRITTEN);

        String written = new String(CodebookJson.toBytes(spec), StandardCharsets.UTF_8);

        // fields in a fixed order, colours as #rrggbb, no parent at the top level, empty guidance
        // left out, a palette colour for the code without one, non-ASCII as itself, a final newline
        assertThat(written).isEqualTo("""
                {
                  "scholionCodebook": 1,
                  "name": "Hand-written",
                  "description": "",
                  "codes": [
                    {
                      "key": "security",
                      "name": "Security interests",
                      "color": "#008080",
                      "example": "\u201cBeing a Caucasian state itself, Russia has had security interests in this region.\u201d"
                    },
                    {
                      "key": "security.borders",
                      "parent": "security",
                      "name": "Border security",
                      "color": "#99ccff"
                    },
                    {
                      "key": "power",
                      "name": "Power-political interests",
                      "color": "#2ca02c"
                    }
                  ]
                }
                """);
    }

    @Test
    void theCanonicalFormReadsBackToTheSameBytes() {
        byte[] canonical = CodebookJson.toBytes(CodebookJson.read(HAND_WRITTEN));

        byte[] again = CodebookJson.toBytes(CodebookJson.read("canonical.json", new ByteArrayInputStream(canonical)));

        assertThat(again).isEqualTo(canonical);
    }

    @Test
    void textThatNeedsEscapingSurvivesWritingAndReading() {
        CodeGuidance guidance = new CodeGuidance(
                "First paragraph.\n\nSecond paragraph with a \"quoted\" term,\ta tab and a backslash \\.",
                "Use for 'privileged interests' \u2013 Medvedev, 2008.",
                "Not for Georgia \uD83C\uDDEC\uD83C\uDDEA or \u0420\u043e\u0441\u0441\u0438\u044f.",
                "\u201cRussia has had security interests in this region.\u201d (Thesis, ch. III)");
        CodebookSpec spec = new CodebookSpec("Escapes", "Line one\nline two", List.of(
                new CodeSpec("security", null, "Security / safety", CodeColor.parse("#1f77b4"), guidance),
                new CodeSpec("security.c", "security", "Sub\\code", CodeColor.parse("navy"), null)));

        CodebookSpec read = CodebookJson.read("escapes.json", new ByteArrayInputStream(CodebookJson.toBytes(spec)));

        assertThat(read).isEqualTo(spec);
    }

    @Test
    void anEmptyCodebookIsStillAFileThatReads() {
        byte[] empty = CodebookJson.toBytes(new CodebookSpec("Empty", "", List.of()));

        assertThat(new String(empty, StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "scholionCodebook": 1,
                  "name": "Empty",
                  "description": "",
                  "codes": []
                }
                """);
        assertThat(CodebookJson.read("empty.json", new ByteArrayInputStream(empty)).codes()).isEmpty();
    }
}
